// Compact postings keyed by a 32-bit hash (words, word 4-grams, index terms, name trigrams): one
// sorted Float64Array of key × 2^idBits + id. A hash collision only adds candidates, so callers
// always verify a candidate with the exact test; a posting list never misses an item.

/** FNV-1a over UTF-16 code units. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hash32(`s` without its letter at `skip`), without building that string. */
export function hashSkipping(s: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

import { PIECE, sortInSteps } from "./sort-steps.ts";

const DIR_BITS = 16;

export class HashPostings {
  private readonly mult: number;
  private readonly shift: number;
  private packed: Float64Array = new Float64Array(0);
  /** Where each bucket (the top DIR_BITS of the reduced key) starts in `packed`: a lookup
   *  binary-searches one small bucket instead of the whole array. */
  private dir: Uint32Array = new Uint32Array(1);
  private dirShift = 0;

  /** `fill` emits (hash, id) pairs for ids in [0, n); duplicates are kept once. */
  constructor(n: number, fill?: (emit: (hash: number, id: number) => void) => void) {
    const idBits = Math.max(1, Math.ceil(Math.log2(n + 1)));
    if (idBits > 40) throw new Error("HashPostings: too many items");
    this.mult = 2 ** idBits;
    this.shift = 32 - Math.min(32, 53 - idBits);
    if (!fill) return;
    const steps = this.filling((emit) => {
      fill(emit);
      return true;
    });
    while (!steps.next().done);
  }

  /** The same postings built as pieces of work (a warm-up's slices): `each(i, emit)` emits item
   *  i's hashes, for i in [0, n). */
  static *inSteps(
    n: number,
    each: (i: number, emit: (hash: number, id: number) => void) => void,
    pairs = 1024,
    spare?: Float64Array,
  ): Generator<void, HashPostings> {
    const postings = new HashPostings(n);
    let i = 0;
    yield* postings.filling(
      (emit) => {
        const to = Math.min(n, i + 512);
        for (; i < to; i++) each(i, emit);
        return i >= n;
      },
      pairs,
      spare,
    );
    return postings;
  }

  /** Fills the postings: `more(emit)` emits some pairs and says whether it emitted the last.
   *  `pairs`: how many it will emit, when the caller knows (the buffer is made once, not grown);
   *  `spare`: a buffer the sort may use (several postings built in turn share one). */
  private *filling(
    more: (emit: (hash: number, id: number) => void) => boolean,
    pairs = 1024,
    spare?: Float64Array,
  ): Generator<void> {
    const keyBits = 32 - this.shift;
    let data = new Float64Array(Math.max(1, pairs));
    let len = 0;
    const emit = (hash: number, id: number) => {
      if (len === data.length) {
        const next = new Float64Array(data.length * 2);
        next.set(data);
        data = next;
      }
      data[len++] = this.reduce(hash) * this.mult + id;
    };
    while (!more(emit)) yield;
    const sorted = yield* sortInSteps(data.subarray(0, len), spare);
    let w = 0;
    for (let r = 0; r < len; r++) {
      if (r % PIECE === PIECE - 1) yield;
      if (w === 0 || sorted[r] !== sorted[w - 1]) sorted[w++] = sorted[r]!;
    }
    // A copy only when duplicates freed a good share: each new typed array at a big heap makes
    // the collector mark it all (answers/quote-index.ts).
    this.packed = w * 4 < len * 3 ? sorted.slice(0, w) : sorted.subarray(0, w);
    const dirBits = Math.min(DIR_BITS, keyBits, Math.max(1, Math.ceil(Math.log2(w + 1))));
    this.dirShift = keyBits - dirBits;
    this.dir = new Uint32Array(2 ** dirBits + 1);
    let at = 0;
    for (let b = 0; b < 2 ** dirBits; b++) {
      if (b % 4096 === 4095) yield;
      this.dir[b] = at;
      while (at < w && Math.floor(this.packed[at]! / this.mult) >>> this.dirShift === b) at++;
    }
    this.dir[2 ** dirBits] = w;
  }

  private reduce(hash: number): number {
    return this.shift === 0 ? hash >>> 0 : (hash >>> 0) >>> this.shift;
  }

  /** First position in the key's bucket holding a value ≥ v (the bucket's end if none). */
  private lowerBound(key: number, v: number): number {
    const b = key >>> this.dirShift;
    let lo = this.dir[b]!;
    let hi = this.dir[b + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.packed[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The ids posted under a hash, ascending. */
  get(hash: number): Uint32Array {
    const key = this.reduce(hash);
    const base = key * this.mult;
    const from = this.lowerBound(key, base);
    const to = this.lowerBound(key, base + this.mult);
    const out = new Uint32Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.packed[i]! - base;
    return out;
  }

  /** Calls `fn` with each id posted under a hash, ascending (no allocation). */
  forEach(hash: number, fn: (id: number) => void): void {
    const key = this.reduce(hash);
    const base = key * this.mult;
    const to = this.lowerBound(key, base + this.mult);
    for (let i = this.lowerBound(key, base); i < to; i++) fn(this.packed[i]! - base);
  }

  /** How many ids are posted under a hash. */
  count(hash: number): number {
    const key = this.reduce(hash);
    const base = key * this.mult;
    return this.lowerBound(key, base + this.mult) - this.lowerBound(key, base);
  }

  /** Whether `id` is posted under `hash`. */
  has(hash: number, id: number): boolean {
    const key = this.reduce(hash);
    const v = key * this.mult + id;
    const at = this.lowerBound(key, v);
    return at < this.packed.length && this.packed[at] === v;
  }

  get size(): number {
    return this.packed.length;
  }
}
