// The name lookups' typo class finds words one edit from a typed word through their one-letter
// deletions (near-words.ts); it must find exactly what MiniSearch's radix tree found before.

import fc from "fast-check";
import SearchableMap from "minisearch/SearchableMap";
import { expect, it } from "vitest";
import { runAll } from "../../src/answers/indexes.ts";
import { NearWords } from "../../src/answers/near-words.ts";

const wordArb = fc.string({
  unit: fc.constantFrom("a", "b", "e", "n", "r", "é"),
  minLength: 1,
  maxLength: 7,
});

it("finds the words at one edit, as MiniSearch's fuzzy lookup does", () => {
  fc.assert(
    fc.property(fc.uniqueArray(wordArb, { maxLength: 60 }), wordArb, (words, typed) => {
      const sorted = [...words].sort();
      const near = runAll(NearWords.inSteps(sorted.length, (k) => sorted[k]!));
      const tree = new SearchableMap<true>();
      for (const w of sorted) tree.set(w, true);
      const want = [...tree.fuzzyGet(typed, 1)].filter(([, [, d]]) => d === 1).map(([w]) => w);
      expect(near.near(typed).sort()).toEqual(want.sort());
    }),
  );
});

it("finds a misspelt surname among many names, and not the word itself", () => {
  const words = ["okafor", "okafur", "okonkwo", "okaforr", "kafor", "mokafor", "abara"].sort();
  const near = runAll(NearWords.inSteps(words.length, (k) => words[k]!));
  expect(near.near("okafor").sort()).toEqual(["kafor", "mokafor", "okaforr", "okafur"]);
  expect(near.near("zzzz")).toEqual([]);
});
