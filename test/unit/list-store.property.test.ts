// The same-quotation graph keeps a list per quotation in fixed chunks: every list comes back as
// it was stored, whatever its length against the chunk's (small chunks stand in for 4 MB ones).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ListStore } from "../../src/answers/list-store.ts";

describe("lists kept in chunks", () => {
  it("gives back each item's list as stored, empty for items without one", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat({ max: 1e9 }), { maxLength: 40 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 16 }),
        (lists, chunk) => {
          const store = new ListStore(lists.length + 1, chunk);
          for (const [i, l] of lists.entries()) store.set(i, l);
          for (const [i, l] of lists.entries()) expect([...store.get(i)]).toEqual(l);
          expect(store.get(lists.length)).toHaveLength(0);
        },
      ),
    );
  });
});
