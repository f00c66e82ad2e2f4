// /event's 3 and /timeline's 40 are picked from thousands of matches by firstK: it must give
// exactly what sorting them all and taking the first k gives, ties included.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstK } from "../../src/answers/first-k.ts";

interface Item {
  day: number;
  score: number;
  at: number;
}

// Day ascending, then score descending, then position: a total order, as the timeline's.
const order = (a: Item, b: Item) => a.day - b.day || b.score - a.score || a.at - b.at;

describe("firstK", () => {
  it("equals sort then slice for any list and any k", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 5 }), score: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 60 }),
        (raw, k) => {
          const items = raw.map((r, at) => ({ ...r, at }));
          expect(firstK(items, k, order)).toEqual([...items].sort(order).slice(0, k));
        },
      ),
    );
  });

  it("leaves the list it reads untouched", () => {
    const items = [3, 1, 2, 5, 4].map((day, at) => ({ day, score: 0, at }));
    const copy = items.map((x) => ({ ...x }));
    expect(firstK(items, 2, order).map((x) => x.day)).toEqual([1, 2]);
    expect(items).toEqual(copy);
  });
});
