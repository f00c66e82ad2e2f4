import { describe, expect, it } from "vitest";
import { textsAsSlices } from "../../src/cache/text-slices.ts";
import type { Article } from "../../src/types.ts";

const TEXT = 'The mayor said: "We will reopen the harbour road by May." Critics disagreed.';
const articles = new Map([["harbour", { text: TEXT } as Article]]);
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe("quotations read back from the snapshot", () => {
  it("keep their words, and words that are not the article's at their offsets stay as stored", () => {
    const own = {
      docId: "harbour",
      ...at("We will reopen the harbour road by May."),
      text: "We will reopen the harbour road by May.",
    };
    const edited = { docId: "harbour", ...at("Critics disagreed."), text: "critics disagreed" };
    const elsewhere = { docId: "gone", start: 0, end: 3, text: "The" };
    const list = [own, edited, elsewhere];
    for (const _ of textsAsSlices(list, articles));
    expect(list.map((q) => q.text)).toEqual([
      "We will reopen the harbour road by May.",
      "critics disagreed",
      "The",
    ]);
  });
});
