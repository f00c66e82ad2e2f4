// The warm-up's sorts and postings work as pieces (a yield between two): the result must be the
// one a single native call gives, and a large input must take several pieces. Pieces are
// counted, never timed.

import { describe, expect, it } from "vitest";
import { HashPostings } from "../../src/answers/hash-postings.ts";
import { runAll } from "../../src/answers/indexes.ts";
import { PIECE, sortArrayInSteps, sortInSteps } from "../../src/answers/sort-steps.ts";

/** Runs pieces to the end; the result and how many pieces it took. */
function pieces<T>(steps: Generator<void, T>): { value: T; pieces: number } {
  let n = 1;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pieces: n };
    n++;
  }
}

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function numbers(n: number, seed: number): number[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % 100_000;
  });
}

describe("sorting in pieces", () => {
  it("sorts numbers as Float64Array#sort does, in several pieces when the input is large", () => {
    const input = numbers(5 * PIECE + 17, 3);
    const { value, pieces: n } = pieces(sortInSteps(Float64Array.from(input)));
    expect([...value]).toEqual([...Float64Array.from(input).sort()]);
    expect(n).toBeGreaterThan(5);
  });

  it("sorts in place with a spare buffer shared by several sorts, whatever the number of passes", () => {
    const spare = new Float64Array(9 * PIECE);
    // 3, 5 and 9 pieces: an odd and an even number of merge passes.
    for (const size of [3 * PIECE - 5, 5 * PIECE + 17, 9 * PIECE]) {
      const a = Float64Array.from(numbers(size, size));
      const { value } = pieces(sortInSteps(a, spare));
      expect(value).toBe(a);
      expect([...value]).toEqual([...Float64Array.from(numbers(size, size)).sort()]);
    }
  });

  it("sorts stably by a comparison, as Array#sort does", () => {
    const items = numbers(9000, 5).map((v, i) => ({ key: v % 50, i }));
    const { value, pieces: n } = pieces(sortArrayInSteps(items, (a, b) => a.key - b.key, 512));
    expect(value).toEqual([...items].sort((a, b) => a.key - b.key));
    expect(n).toBeGreaterThan(9000 / 512);
  });

  it("builds the same postings in pieces as at once", () => {
    const words = numbers(3000, 9).map((v) => [v % 700, (v * 7) % 700]);
    const each = (i: number, emit: (h: number, id: number) => void) => {
      for (const w of words[i]!) emit(w, i);
    };
    const atOnce = new HashPostings(words.length, (emit) => {
      for (let i = 0; i < words.length; i++) each(i, emit);
    });
    const { value: stepped, pieces: n } = pieces(HashPostings.inSteps(words.length, each));
    expect(n).toBeGreaterThan(3);
    for (let h = 0; h < 700; h++) expect([...stepped.get(h)], `hash ${h}`).toEqual([...atOnce.get(h)]);
    expect(stepped.size).toBe(atOnce.size);
    expect(runAll(HashPostings.inSteps(0, each)).size).toBe(0);
  });
});
