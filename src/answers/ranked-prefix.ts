// A prefix index whose answers come most prominent first, at a cost that does not grow with the
// number of keys a prefix covers: autocomplete asks for 25 owners per keystroke, and at a million
// passages a typed "m" or "the" starts hundreds of thousands of names. The keys (names, or the
// words of names) are sorted, so the keys starting with a prefix are one range found by binary
// search; each key lists its owners by rank (0: the most prominent); a segment tree over the keys
// gives the key with the best first owner in any range, so the best owners of a range come out one
// by one through a small heap (O(log n) each), without visiting the rest of the range.

import { runAll } from "./indexes.ts";
import { sortArrayInSteps } from "./sort-steps.ts";

/** An index's keys and owners (see the fields below), before its tree. */
interface RankedParts {
  keys: string[];
  start: Int32Array;
  owners: Int32Array;
}

/** Owners ranked between two yields while the index is built in steps. */
const OWNERS_PER_STEP = 16_384;

/** How `Array#sort` orders strings by default (UTF-16 code units), as a comparison. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class RankedPrefixIndex {
  /** The distinct keys, sorted by UTF-16 code units (as `<` compares strings). */
  private readonly keys: string[];
  /** Owners of key k: `owners[start[k] .. start[k + 1])`, by rank (best first), no repeats. */
  private readonly start: Int32Array;
  private readonly owners: Int32Array;
  /** Argmin segment tree over the keys, by the rank of each key's first owner (-1: no key). */
  private readonly tree: Int32Array;
  private readonly size: number;

  /** `entries`: key → its owners (any order, repeats allowed); `rankOf[owner]`: 0 is the best. */
  constructor(
    entries: Map<string, number[]> | RankedParts,
    private readonly rankOf: Int32Array,
  ) {
    const parts = entries instanceof Map ? runAll(RankedPrefixIndex.partsInSteps(entries, rankOf)) : entries;
    ({ keys: this.keys, start: this.start, owners: this.owners } = parts);
    this.size = 1 << Math.ceil(Math.log2(Math.max(1, this.keys.length)));
    this.tree = new Int32Array(2 * this.size).fill(-1);
    for (let k = 0; k < this.keys.length; k++) this.tree[this.size + k] = k;
    for (let i = this.size - 1; i >= 1; i--)
      this.tree[i] = this.better(this.tree[2 * i]!, this.tree[2 * i + 1]!);
  }

  /** The same index built as pieces of work (a warm-up's slices): the keys sorted in steps, their
   *  owners ranked a few thousand keys at a time. */
  static *inSteps(entries: Map<string, number[]>, rankOf: Int32Array): Generator<void, RankedPrefixIndex> {
    const parts = yield* RankedPrefixIndex.partsInSteps(entries, rankOf);
    return new RankedPrefixIndex(parts, rankOf);
  }

  private static *partsInSteps(
    entries: Map<string, number[]>,
    rankOf: Int32Array,
  ): Generator<void, RankedParts> {
    const keys = yield* sortArrayInSteps([...entries.keys()], byCodeUnits);
    const start = new Int32Array(keys.length + 1);
    let total = 0;
    for (const list of entries.values()) total += list.length;
    const owners = new Int32Array(total);
    let at = 0;
    // Work between yields counts owners, not keys: a word shared by 100,000 names (an event
    // label's "ferry") is one key whose owners are sorted in steps of their own.
    let work = 0;
    const byRank = (a: number, b: number) => rankOf[a]! - rankOf[b]!;
    for (let k = 0; k < keys.length; k++) {
      start[k] = at;
      const all = entries.get(keys[k]!)!;
      const distinct = all.length === 1 ? all : [...new Set(all)];
      const list =
        distinct.length <= OWNERS_PER_STEP
          ? distinct.sort(byRank)
          : yield* sortArrayInSteps(distinct, byRank);
      owners.set(list, at);
      at += list.length;
      work += 8 + list.length;
      if (work >= OWNERS_PER_STEP) {
        work = 0;
        yield;
      }
    }
    start[keys.length] = at;
    return { keys, start, owners: owners.subarray(0, at) };
  }

  /** The keys starting with `prefix`: [lo, hi). */
  range(prefix: string): [number, number] {
    return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
  }

  /** How many distinct keys there are. */
  get count(): number {
    return this.keys.length;
  }

  /** Key k, in the keys' sorted order. */
  keyAt(k: number): string {
    return this.keys[k]!;
  }

  /** The key itself: [k, k + 1), or an empty range when it is not indexed. */
  exact(key: string): [number, number] {
    const k = this.lowerBound(key);
    return this.keys[k] === key ? [k, k + 1] : [k, k];
  }

  /** How many (key, owner) pairs the keys [lo, hi) hold: the work of reading them all. */
  postings(lo: number, hi: number): number {
    return this.start[hi]! - this.start[lo]!;
  }

  /** The owners of the keys in the ranges [lo, hi), best rank first; an owner of several keys comes
   *  once per key. */
  *ranked(ranges: ReadonlyArray<readonly [number, number]>): Generator<number> {
    // Heap items: a range of keys with its best key `m` (cursor -1), or key m's owners from `cursor`.
    type Item = { rank: number; lo: number; hi: number; m: number; cursor: number };
    const heap: Item[] = [];
    const pushRange = (l: number, h: number) => {
      if (l >= h) return;
      const m = this.argmin(l, h);
      push(heap, { rank: this.rankOf[this.owners[this.start[m]!]!]!, lo: l, hi: h, m, cursor: -1 });
    };
    for (const [lo, hi] of ranges) pushRange(lo, hi);
    while (heap.length > 0) {
      const it = pop(heap);
      const at = it.cursor < 0 ? this.start[it.m]! : it.cursor;
      yield this.owners[at]!;
      if (at + 1 < this.start[it.m + 1]!)
        push(heap, { rank: this.rankOf[this.owners[at + 1]!]!, lo: 0, hi: 0, m: it.m, cursor: at + 1 });
      if (it.cursor < 0) {
        pushRange(it.lo, it.m);
        pushRange(it.m + 1, it.hi);
      }
    }
  }

  private lowerBound(s: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private better(a: number, b: number): number {
    if (a < 0) return b;
    if (b < 0) return a;
    const ra = this.rankOf[this.owners[this.start[a]!]!]!;
    const rb = this.rankOf[this.owners[this.start[b]!]!]!;
    return rb < ra ? b : a;
  }

  /** The key in [lo, hi) whose first owner ranks best. */
  private argmin(lo: number, hi: number): number {
    let best = -1;
    for (let l = lo + this.size, r = hi + this.size; l < r; l >>= 1, r >>= 1) {
      if (l & 1) best = this.better(best, this.tree[l++]!);
      if (r & 1) best = this.better(best, this.tree[--r]!);
    }
    return best;
  }
}

type Ranked = { rank: number };

function push<T extends Ranked>(heap: T[], item: T): void {
  heap.push(item);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[p]!.rank <= item.rank) break;
    heap[i] = heap[p]!;
    i = p;
  }
  heap[i] = item;
}

function pop<T extends Ranked>(heap: T[]): T {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const c = l + 1 < heap.length && heap[l + 1]!.rank < heap[l]!.rank ? l + 1 : l;
      if (heap[c]!.rank >= last.rank) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
  }
  return top;
}
