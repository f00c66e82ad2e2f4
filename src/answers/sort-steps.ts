// Sorting as pieces of work, for the warm-up's slices (answers/warm.ts): a sort of millions of
// postings or of every actor is one native call of a second or more, which would hold the event
// loop. Blocks of PIECE items are sorted at once, then merged pairwise a piece at a time.

/** Items handled between two yields (a few milliseconds of work). */
export const PIECE = 1 << 15;

/** Merges the sorted runs src[lo..mid) and src[mid..hi) into dst[lo..hi), yielding every `piece`. */
function* merge<T>(
  src: ArrayLike<T> & { [i: number]: T },
  dst: { [i: number]: T },
  lo: number,
  mid: number,
  hi: number,
  before: (x: T, y: T) => boolean,
  piece: number,
): Generator<void> {
  let i = lo;
  let j = mid;
  let k = lo;
  let budget = piece;
  while (i < mid || j < hi) {
    dst[k++] = j >= hi || (i < mid && !before(src[j]!, src[i]!)) ? src[i++]! : src[j++]!;
    if (--budget === 0) {
      budget = piece;
      yield;
    }
  }
}

/** Sorts numbers ascending (like Float64Array#sort); the sorted array: `a` or a second buffer.
 *  With a `spare` at least as long as `a`, that is the second buffer, and the numbers end in `a`. */
export function* sortInSteps(a: Float64Array, spare?: Float64Array): Generator<void, Float64Array> {
  for (let i = 0; i < a.length; i += PIECE) {
    a.subarray(i, Math.min(a.length, i + PIECE)).sort();
    yield;
  }
  const second = spare && spare.length >= a.length ? spare.subarray(0, a.length) : null;
  const sorted = yield* mergePasses<number, Float64Array>(a, second ?? new Float64Array(a.length), lt, PIECE);
  if (second === null || sorted === a) return sorted;
  for (let i = 0; i < a.length; i += 16 * PIECE) {
    a.set(sorted.subarray(i, Math.min(a.length, i + 16 * PIECE)), i);
    yield;
  }
  return a;
}

const lt = (x: number, y: number) => x < y;

/** A stable sort of `items` by `compare` (like Array#sort); a new array. `piece`: items per
 *  piece of work (a comparison may be slow: localeCompare). */
export function* sortArrayInSteps<T>(
  items: readonly T[],
  compare: (x: T, y: T) => number,
  piece = 2048,
): Generator<void, T[]> {
  const src = items.slice();
  for (let i = 0; i < src.length; i += piece) {
    const block = src.slice(i, i + piece).sort(compare);
    for (let k = 0; k < block.length; k++) src[i + k] = block[k]!;
    yield;
  }
  return yield* mergePasses<T, T[]>(src, new Array<T>(src.length), (x, y) => compare(x, y) < 0, piece);
}

/** Bottom-up merge of sorted runs of `width` items, doubling the width until one run is left;
 *  the sorted items end in `src` or `dst`, whichever is returned. */
function* mergePasses<T, A extends { length: number; [i: number]: T }>(
  src: A,
  dst: A,
  before: (x: T, y: T) => boolean,
  width: number,
): Generator<void, A> {
  const n = src.length;
  for (let w = width; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w)
      yield* merge(src, dst, lo, Math.min(lo + w, n), Math.min(lo + 2 * w, n), before, width);
    [src, dst] = [dst, src];
  }
  return src;
}
