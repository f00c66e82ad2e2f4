// Positions in one article for coreference: the sentence a position falls in, and whether it is
// inside a quotation.

/** The index of the sentence (sorted by start) that `pos` falls in. */
export function sentIndex(sents: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Quoted words speak of others ("I told him"): nothing inside quotation marks is resolved.
 *  Asked in text order, a scan that moves forward (it starts over when asked further back). */
export function quoteTest(quoted: ReadonlyArray<readonly [number, number]>): (pos: number) => boolean {
  let qi = 0;
  return (pos) => {
    if (qi > 0 && quoted[qi - 1]![0] > pos) qi = 0;
    while (qi < quoted.length && quoted[qi]![1] < pos) qi++;
    return qi < quoted.length && quoted[qi]![0] < pos;
  };
}
