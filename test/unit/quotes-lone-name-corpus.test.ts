// In a corpus, a one-word name in a quotation's cue is the person this article calls so, never a
// namesake only other articles mention: "said his wife, Sheila" is not the singer Sheila Ferguson.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import type { Article } from "../../src/types.ts";
import { corpusModel } from "../helpers/actors.ts";

describe("one-word names across a corpus", () => {
  const { m: model, doc } = corpusModel({
    "a.txt":
      'Tour news\n\nSinger Sheila Ferguson opened her tour in Leeds. "It feels like home," Sheila said.\n',
    "b.txt":
      'Novelist dies\n\nThe novelist Arthur Hale has died aged 84. "He had a wonderful life," said his wife, Sheila.\n',
  });
  const speakerIn = (a: Article, words: string) =>
    extractQuotes(a, model).find((q) => a.text.slice(q.start, q.end).includes(words))?.speakerName ?? null;

  it("does not hand an article's Sheila to another article's Sheila Ferguson", () => {
    expect(speakerIn(doc("a.txt"), "feels like home")).toBe("Sheila Ferguson");
    expect(speakerIn(doc("b.txt"), "wonderful life")).not.toBe("Sheila Ferguson");
  });
});
