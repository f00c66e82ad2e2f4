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

/** Sorts numbers ascending (like Float64Array#sort); the sorted array: `a` or a second buffer. */
export function* sortInSteps(a: Float64Array): Generator<void, Float64Array> {
  for (let i = 0; i < a.length; i += PIECE) {
    a.subarray(i, Math.min(a.length, i + PIECE)).sort();
    yield;
  }
  let src: Float64Array = a;
  let dst: Float64Array = new Float64Array(a.length);
  for (let width = PIECE; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width)
      yield* merge(
        src,
        dst,
        lo,
        Math.min(lo + width, a.length),
        Math.min(lo + 2 * width, a.length),
        lt,
        PIECE,
      );
    [src, dst] = [dst, src];
  }
  return src;
}

const lt = (x: number, y: number) => x < y;

/** A stable sort of `items` by `compare` (like Array#sort); a new array. `piece`: items per
 *  piece of work (a comparison may be slow: localeCompare). */
export function* sortArrayInSteps<T>(
  items: readonly T[],
  compare: (x: T, y: T) => number,
  piece = 2048,
): Generator<void, T[]> {
  let src = items.slice();
  for (let i = 0; i < src.length; i += piece) {
    const block = src.slice(i, i + piece).sort(compare);
    for (let k = 0; k < block.length; k++) src[i + k] = block[k]!;
    yield;
  }
  let dst = new Array<T>(src.length);
  const before = (x: T, y: T) => compare(x, y) < 0;
  for (let width = piece; width < src.length; width *= 2) {
    for (let lo = 0; lo < src.length; lo += 2 * width)
      yield* merge(
        src,
        dst,
        lo,
        Math.min(lo + width, src.length),
        Math.min(lo + 2 * width, src.length),
        before,
        piece,
      );
    [src, dst] = [dst, src];
  }
  return src;
}
