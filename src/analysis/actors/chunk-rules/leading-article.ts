import type { ChunkRule } from "./rule.ts";

/** Headline-style "The Sun", "A Clockwork…" inside a sentence: the article is not the name. */
export const leadingArticle: ChunkRule = {
  name: "leading-article",
  doc: "drop a leading 'The' / 'A'",
  try: (r) => {
    while (r.c.length > 0 && (r.c[0]!.text === "The" || r.c[0]!.text === "A")) r.c = r.c.slice(1);
    return null;
  },
};
