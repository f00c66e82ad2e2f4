// The day an event's parts agree on, kept as parts join. Working it out from every part at each
// join (bestDated) was quadratic in an event's parts: at a million passages an event carried by
// every outlet has thousands of them, and the merge across articles ran for tens of minutes.

import type { DateBasis, DocCluster } from "./types.ts";

/** Better bases first: a day read in the event's own sentence before one from its context. */
const BASIS_RANK: Record<DateBasis, number> = {
  sentence: 0,
  coreference: 1,
  relative: 2,
  context: 3,
  announced: 4,
};

interface First {
  part: DocCluster;
  at: number;
  rank: number;
  date: string;
}

/** Parts' days as they join: the best part is what `bestDated` gives for the same parts in the
 *  same order, at a cost per join of the distinct (basis, day) pairs seen, not of the parts. */
export class DateTally {
  private readonly support = new Map<string, number>();
  /** Per basis and day, the first part with them. */
  private readonly firsts = new Map<string, First>();
  private parts = 0;

  add(part: DocCluster): void {
    const at = this.parts++;
    if (!part.date) return;
    this.support.set(part.date, (this.support.get(part.date) ?? 0) + 1);
    const key = `${part.basis}|${part.date}`;
    if (!this.firsts.has(key))
      this.firsts.set(key, { part, at, rank: BASIS_RANK[part.basis!], date: part.date });
  }

  /** The first part of the best basis, then of the most supported day. */
  best(): DocCluster | null {
    let best: First | null = null;
    for (const f of this.firsts.values()) {
      const before = best
        ? f.rank - best.rank || this.support.get(best.date)! - this.support.get(f.date)! || f.at - best.at
        : -1;
      if (before < 0) best = f;
    }
    return best?.part ?? null;
  }
}

/** The parts' days tallied. */
export function tallyOf(parts: readonly DocCluster[]): DateTally {
  const tally = new DateTally();
  for (const p of parts) tally.add(p);
  return tally;
}

/** The first part of the best basis, then of the most supported day (what a stable sort puts first). */
export function bestDated(parts: readonly DocCluster[]): DocCluster | null {
  return tallyOf(parts).best();
}
