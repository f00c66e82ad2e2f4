// The reported-speech cue scan matches its words as a trie: exactly the words given, whole words
// only, shared prefixes and words that are prefixes of others included.
import { describe, expect, it } from "vitest";
import { wordTrie } from "../../src/analysis/quotes/word-trie.ts";

describe("wordTrie", () => {
  it("matches every word given and no other, a word that is another's prefix too", () => {
    const words = ["warn", "warned", "warning", "war", "said", "say", "a-b", "c.d"];
    const re = new RegExp(`^(?:${wordTrie(words)})$`);
    for (const w of words) expect(re.test(w)).toBe(true);
    for (const w of ["wa", "warne", "sai", "says", "ab", "cxd", ""]) expect(re.test(w)).toBe(false);
  });

  it("finds the whole words in a text between word boundaries", () => {
    const re = new RegExp(`\\b(?:${wordTrie(["warn", "warned", "said"])})\\b`, "g");
    expect("Calloway warned, and said so; a warning unsaid.".match(re)).toEqual(["warned", "said"]);
  });
});
