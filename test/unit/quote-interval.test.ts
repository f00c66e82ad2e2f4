import { describe, expect, it } from "vitest";
import { articleInterval } from "../../src/eval/quote-interval.ts";

/** n articles of `rows` attributed rows each, `wrong` of them missed in every article. */
const even = (n: number, rows: number, wrong: number) =>
  Array.from({ length: n }, () => ({ right: rows - wrong, total: rows }));

describe("articleInterval (speaker accuracy, articles resampled)", () => {
  it("is a single point when every article scores the same", () => {
    expect(articleInterval(even(30, 10, 1))).toEqual({ low: 90, high: 90 });
  });

  it("is wide when the misses sit in a few articles, for the same overall accuracy", () => {
    // 30 articles of 10 rows, 30 misses in all: spread one per article, or three articles lost whole.
    const clustered = [...even(27, 10, 0), ...even(3, 10, 10)];
    const spread = articleInterval(even(30, 10, 1));
    const lumpy = articleInterval(clustered);
    expect(lumpy.low).toBeLessThan(85);
    expect(lumpy.high).toBeGreaterThan(95);
    expect(lumpy.high - lumpy.low).toBeGreaterThan(spread.high - spread.low + 10);
  });

  it("holds the overall accuracy and prints the same figures on every run", () => {
    const tallies = [...even(20, 8, 1), ...even(5, 12, 4), { right: 3, total: 3 }];
    const a = articleInterval(tallies);
    const right = tallies.reduce((s, t) => s + t.right, 0);
    const total = tallies.reduce((s, t) => s + t.total, 0);
    expect(a.low).toBeLessThanOrEqual((100 * right) / total);
    expect(a.high).toBeGreaterThanOrEqual((100 * right) / total);
    expect(articleInterval(tallies)).toEqual(a);
  });

  it("ignores articles with no attributed row and gives 0-0 for none at all", () => {
    expect(articleInterval([...even(10, 5, 0), { right: 0, total: 0 }])).toEqual({ low: 100, high: 100 });
    expect(articleInterval([])).toEqual({ low: 0, high: 0 });
  });
});
