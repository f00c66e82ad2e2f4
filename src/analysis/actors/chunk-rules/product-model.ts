import type { ChunkRule } from "./rule.ts";

/** "Boeing 737-800", "Airbus A380": a model number after a short run makes it a product. */
export const productModel: ChunkRule = {
  name: "product-model",
  doc: "a model number after a one- or two-word run: a product, not an actor",
  try: ({ st, chunk }) => {
    const tail = chunk[chunk.length - 1]!;
    return chunk.length <= 2 && /^ [A-Z]?\d{3}(?:-\d+)?\b/.test(st.text.slice(tail.end, tail.end + 10))
      ? true
      : null;
  },
};
