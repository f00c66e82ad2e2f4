// An event's day as its parts join (DateTally) must be the day read from all its parts at once:
// the first part of the best basis, then of the most supported day.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DateTally } from "../../src/analysis/events/date-tally.ts";
import type { DateBasis, DocCluster } from "../../src/analysis/events/types.ts";

const RANK: Record<DateBasis, number> = {
  sentence: 0,
  coreference: 1,
  relative: 2,
  context: 3,
  announced: 4,
};

/** Every part read at once, as a stable sort by (basis, support) would put first. */
function scan(parts: readonly DocCluster[]): DocCluster | null {
  const support = new Map<string, number>();
  for (const p of parts) if (p.date) support.set(p.date, (support.get(p.date) ?? 0) + 1);
  const dated = parts.filter((p) => p.date);
  const sorted = [...dated].sort(
    (a, b) => RANK[a.basis!] - RANK[b.basis!] || support.get(b.date!)! - support.get(a.date!)!,
  );
  return sorted[0] ?? null;
}

const part = fc.record({
  date: fc.option(fc.constantFrom("2031-03-01", "2031-03-02", "2031-03-03"), { nil: null }),
  basis: fc.constantFrom<DateBasis>("sentence", "coreference", "relative", "context", "announced"),
});

describe("an event's day as its parts join", () => {
  it("is, after every join, the day read from all the parts so far", () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 40 }), (raw) => {
        const parts = raw.map((r, i) => ({ ...r, docId: `d${i}` }) as unknown as DocCluster);
        const tally = new DateTally();
        parts.forEach((p, i) => {
          tally.add(p);
          expect(tally.best()).toBe(scan(parts.slice(0, i + 1)));
        });
      }),
    );
  });
});
