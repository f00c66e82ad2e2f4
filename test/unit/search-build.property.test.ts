// The index build reads each word's term id once per word (Terms.wordId) and counts a passage's
// terms in typed arrays: its parts must be those of counting terms(text) per passage with a Map.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildParts } from "../../src/search/build.ts";
import { startsNumber, terms } from "../../src/search/tokenize.ts";

/** Term list, per-passage (term, tf) pairs in first-seen order and lengths, the plain way. */
function reference(texts: readonly string[], docLength: "tokens" | "unique") {
  const ids = new Map<string, number>();
  const docs = texts.map((text) => {
    const ts = terms(text);
    const local = new Map<number, number>();
    for (const t of ts) {
      if (!ids.has(t)) ids.set(t, ids.size);
      const id = ids.get(t)!;
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    return { pairs: [...local], length: docLength === "unique" ? local.size : ts.length };
  });
  return { terms: [...ids.keys()], docs };
}

/** The built parts read back per passage. */
function readBack(texts: readonly string[], docLength: "tokens" | "unique") {
  const p = buildParts(
    texts.map((text) => ({ text })),
    { docLength } as Parameters<typeof buildParts>[1],
    null,
  );
  const docs = texts.map((_, i) => ({ pairs: [] as [number, number][], length: p.lengths[i]! }));
  for (let t = 0; t < p.terms.length; t++)
    for (let k = p.offsets[t]!; k < p.offsets[t + 1]!; k++) docs[p.docs[k]!]!.pairs.push([t, p.tfs[k]!]);
  return { terms: p.terms, docs };
}

const WORDS = [
  "the",
  "US",
  "U.S.",
  "USA",
  "us",
  "U.N.",
  "Ramón",
  "minister's",
  "o'clock",
  "don’t",
  "talks",
  "talking",
  "$569",
  "15,000",
  "30%",
  "£2.5",
  "€40",
  "1.5.",
  "a",
  "I",
  "Minister",
  "Ministers",
];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 }));
const text = fc.array(word, { maxLength: 30 }).map((ws) => ws.join(" "));

describe("index build", () => {
  it("has the terms, pairs and lengths of counting each passage's terms", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.constantFrom("tokens", "unique"), (texts, dl) => {
        const want = reference(texts, dl as "tokens" | "unique");
        const got = readBack(texts, dl as "tokens" | "unique");
        expect(got.terms).toEqual(want.terms);
        // postings list a passage's terms by term id; the pairs' first-seen order is the build's own
        for (const [i, d] of want.docs.entries()) {
          expect(got.docs[i]!.length).toBe(d.length);
          expect(got.docs[i]!.pairs).toEqual([...d.pairs].sort((a, b) => a[0] - b[0]));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("a number token's first character", () => {
  it("is what the former pattern /[$£€\\d]/ accepted", () => {
    const old = /[$£€\d]/;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(36, 48, 57, 0xa3, 0x20ac, 0x660)),
        (c) => {
          expect(startsNumber(c)).toBe(old.test(String.fromCharCode(c)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
