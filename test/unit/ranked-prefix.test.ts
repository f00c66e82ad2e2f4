import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RankedPrefixIndex } from "../../src/answers/ranked-prefix.ts";

/** An index over keys written here; `rankOf[owner]` = the owner's rank (0: the most prominent). */
function build(pairs: ReadonlyArray<readonly [string, number]>, owners: number) {
  const entries = new Map<string, number[]>();
  for (const [key, owner] of pairs) entries.set(key, [...(entries.get(key) ?? []), owner]);
  // Ranks in a shuffled order so that owner numbers and ranks differ.
  const rankOf = new Int32Array(owners);
  for (let o = 0; o < owners; o++) rankOf[o] = (o * 7 + 3) % owners;
  return { index: new RankedPrefixIndex(entries, rankOf), rankOf };
}

describe("ranked prefix index", () => {
  it("gives the owners of the keys a prefix starts, the best ranked first", () => {
    const { index, rankOf } = build(
      [
        ["brennecke", 0],
        ["brent", 1],
        ["brent", 2],
        ["oakhurst", 3],
        ["bre", 4],
        ["bra", 5],
      ],
      6,
    );
    const got = [...index.ranked([index.range("bre")])];
    expect(new Set(got)).toEqual(new Set([0, 1, 2, 4]));
    expect(got.map((o) => rankOf[o])).toEqual([...got.map((o) => rankOf[o]!)].sort((a, b) => a - b));
    expect([...index.ranked([index.range("z")])]).toEqual([]);
    expect([...index.ranked([index.exact("brent")])].sort()).toEqual([1, 2]);
    expect([...index.ranked([index.exact("bren")])]).toEqual([]);
    expect(index.postings(...index.range("br"))).toBe(5);
  });

  it("ranks like sorting every matching owner, for any keys and prefixes", () => {
    const key = fc.stringMatching(/^[abc]{1,5}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.nat(29)), { minLength: 1, maxLength: 60 }),
        fc.array(fc.stringMatching(/^[abc]{0,3}$/), { minLength: 1, maxLength: 3 }),
        (pairs, prefixes) => {
          const { index, rankOf } = build(pairs, 30);
          const got = [...index.ranked(prefixes.map((p) => index.range(p)))];
          // Each (key, owner) pair once per range that holds it, in rank order.
          const want = prefixes
            .flatMap((p) => [
              ...new Set(pairs.filter(([k]) => k.startsWith(p)).map(([k, o]) => `${k}\u0000${o}`)),
            ])
            .map((s) => Number(s.split("\u0000")[1]))
            .sort((a, b) => rankOf[a]! - rankOf[b]!);
          expect(got.map((o) => rankOf[o])).toEqual(want.map((o) => rankOf[o]));
        },
      ),
      { numRuns: 200 },
    );
  });
});
