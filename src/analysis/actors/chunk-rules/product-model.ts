import type { ChunkRule } from "./rule.ts";

/** " 737", " A380", " 737-800" after the run; not a cricket score ("Durham 350-8"). */
const MODEL_AFTER = /^ [A-Z]?\d{3}(?:-\d{2,})?\b(?!-\d)/;

/** "Boeing 737-800", "Airbus A380": a model number after a short run makes it a product. */
export const productModel: ChunkRule = {
  name: "product-model",
  doc: "a model number after a one- or two-word run: a product, not an actor",
  try: ({ st, chunk }) => {
    const tail = chunk[chunk.length - 1]!;
    return chunk.length <= 2 && MODEL_AFTER.test(st.text.slice(tail.end, tail.end + 10)) ? true : null;
  },
};
