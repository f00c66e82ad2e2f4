// Precomputed lookups over the coverage's quotations, built once per coverage on first use (its
// AnswerIndexes, answers/indexes.ts): /whosaid and /quotes read a few posting lists instead of scanning
// every quotation per question. Every lookup returns a superset of the quotations the exact
// tests (quoteScore, sameQuotation) accept, so answers are the same as a full scan's.

import type { Coverage } from "../coverage.ts";
import { tokens } from "../search/tokenize.ts";
import type { Quote } from "../types.ts";
import { sameTextKey } from "./cite.ts";
import { HashPostings, hash32 } from "./hash-postings.ts";
import { type IndexSlot, indexesOf } from "./indexes.ts";
import { ListStore } from "./list-store.ts";

/** Words two quotations must share in one unbroken run to be the same quotation. */
export const SAME_QUOTE_RUN = 8;
/** Every same-quotation pair shares a run of this many words (containment needs 4+ words). */
const GRAM = 4;

/** A quotation's normalised text (sameTextKey; remembered there). In the index: `keyAt(i)`. */
export function keyOf(q: Quote): string {
  return sameTextKey(q.text);
}

function runs(key: string, n: number): Set<string> {
  const w = key.split(" ");
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/** Same quotation: one holds the other (4+ words), or they share an 8-word run. */
export function sameQuotation(a: Quote, b: Quote): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.split(" ").length >= 4 && ` ${long} `.includes(` ${short} `)) return true;
  if (short.split(" ").length < SAME_QUOTE_RUN) return false;
  const ra = runs(ka, SAME_QUOTE_RUN);
  for (const r of runs(kb, SAME_QUOTE_RUN)) if (ra.has(r)) return true;
  return false;
}

/** hash32 of each word; a run's hash mixes its words' hashes (a collision only adds candidates). */
const wordHashes = (words: readonly string[]): Uint32Array => Uint32Array.from(words, hash32);

/** The word hashes (or run hashes) of quotation i. */
type Hashes = (i: number) => Uint32Array;

function runHashes(wh: Uint32Array, n: number, into?: Scratch): Uint32Array {
  const length = Math.max(0, wh.length - n + 1);
  const out = into ? into.take(length) : new Uint32Array(length);
  for (let i = 0; i < out.length; i++) {
    let h = 0x811c9dc5 ^ n;
    for (let k = i; k < i + n; k++) h = Math.imul(h ^ wh[k]!, 0x01000193) ^ (h >>> 15);
    out[i] = h >>> 0;
  }
  return out;
}

/** A buffer reused for one kind of per-quotation hashes: the index build made ~700k small
 *  typed arrays at a million passages, each one memory outside the heap, and each allocation past
 *  the collector's limit pushed it to finish marking a 2 GB heap at once (stops of 1.5-3 s). */
class Scratch {
  private buffer = new Uint32Array(256);
  /** A view of `length` numbers, valid until the next take. */
  take(length: number): Uint32Array {
    if (length > this.buffer.length) this.buffer = new Uint32Array(Math.max(length, this.buffer.length * 2));
    return this.buffer.subarray(0, length);
  }
}

const gramHashes = (words: readonly string[], n = GRAM): Uint32Array => runHashes(wordHashes(words), n);

export class QuoteIndex {
  readonly quotes: readonly Quote[];
  /** A quotation's position in `quotes`. */
  readonly position = new Map<Quote, number>();
  // The postings are set by `build` (so not readonly); `quoteIndex()` hands out finished indexes.
  /** Words of each key (sameTextKey) → quotations. */
  words!: HashPostings;
  /** Every 4-word run of each key → quotations. */
  grams!: HashPostings;
  /** Every 8-word run of each key → quotations. */
  runs8!: HashPostings;
  /** The first 4-word run of each key (keys of 4+ words) → quotations. */
  firstGrams!: HashPostings;
  /** Index terms (tokens().term) of each quotation → quotations. */
  terms!: HashPostings;
  /** The same-quotation graph, built once: the neighbours of a key's first copy f are
   *  lists.get(f), plus the key's other copies. */
  private lists!: ListStore;
  /** Copies of one key, joined by `neighbours` (never listed pair by pair). */
  private groups!: KeyGroups;
  /** The build, while it is not finished (see `step`). */
  private pending: Generator<void> | null;

  /** Builds the index now, or (deferred) a slice at a time through `step`, so a warm-up at
   *  start-up never holds the event loop for long; any lookup before the end finishes it. */
  /** How many quotations the list had when the index was made. */
  readonly size: number;

  constructor(quotes: readonly Quote[], options: { deferred?: boolean } = {}) {
    this.quotes = quotes;
    this.size = quotes.length;
    this.pending = this.build();
    if (!options.deferred) this.finish();
  }

  /** Finishes the build (at once). */
  finish(): this {
    while (this.pending && !this.pending.next().done);
    this.pending = null;
    return this;
  }

  /** Builds for about `ms` milliseconds; true once the index is complete. */
  step(ms = 20): boolean {
    const until = performance.now() + ms;
    // At least one piece of work per call, however small the slice.
    do {
      if (this.pending?.next().done) this.pending = null;
    } while (this.pending && performance.now() < until);
    return this.pending === null;
  }

  private *build(): Generator<void> {
    const { keys, hashesOf } = yield* this.hashKeys();
    const grams = new Scratch();
    const runs = new Scratch();
    // Each view is read before the next quotation's is taken.
    const gramsOf = (i: number) => runHashes(hashesOf(i), GRAM, grams);
    const runsOf = (i: number) => runHashes(hashesOf(i), SAME_QUOTE_RUN, runs);
    yield* this.post(hashesOf, gramsOf, runsOf);
    yield* this.linkSame(keys, gramsOf, runsOf);
  }

  /** Every key's word hashes in one flat array (words of quotation i: wordAt[i]..wordAt[i+1]),
   *  hashed while scanning the key: no per-word strings at this scale. */
  private *hashKeys(): Generator<void, { keys: string[]; hashesOf: Hashes }> {
    const quotes = this.quotes;
    const n = quotes.length;
    const keys: string[] = new Array(n);
    const wordAt = new Uint32Array(n + 1);
    let flat = new Uint32Array(1024);
    let len = 0;
    for (let i = 0; i < n; i++) {
      if (i % 512 === 511) yield;
      this.position.set(quotes[i]!, i);
      const key = keyOf(quotes[i]!);
      keys[i] = key;
      wordAt[i] = len;
      let h = 0x811c9dc5;
      for (let c = 0; c <= key.length; c++) {
        const code = c < key.length ? key.charCodeAt(c) : 32;
        if (code !== 32) {
          h = Math.imul(h ^ code, 0x01000193);
          continue;
        }
        if (len === flat.length) {
          const next = new Uint32Array(flat.length * 2);
          next.set(flat);
          flat = next;
        }
        flat[len++] = h >>> 0;
        h = 0x811c9dc5;
      }
    }
    wordAt[n] = len;
    return { keys, hashesOf: (i: number) => flat.subarray(wordAt[i]!, wordAt[i + 1]!) };
  }

  /** The postings: words, 4-word runs, 8-word runs, first 4-word runs, and search terms. */
  private *post(hashesOf: Hashes, gramsOf: Hashes, runsOf: Hashes): Generator<void> {
    const quotes = this.quotes;
    const n = quotes.length;
    // How many runs of `run` words the keys hold: the postings' exact sizes.
    const runCount = (run: number) => {
      let total = 0;
      for (let i = 0; i < n; i++) total += Math.max(0, hashesOf(i).length - run + 1);
      return total;
    };
    const words = runCount(1);
    // One spare buffer for every sort (words are the most pairs but for search terms, rarely more).
    const spare = new Float64Array(words);
    const post = (each: (i: number, emit: (hash: number, id: number) => void) => void, pairs: number) =>
      HashPostings.inSteps(n, each, pairs, spare);
    this.words = yield* post((i, emit) => {
      for (const h of hashesOf(i)) emit(h, i);
    }, words);
    this.grams = yield* post((i, emit) => {
      for (const h of gramsOf(i)) emit(h, i);
    }, runCount(GRAM));
    this.runs8 = yield* post((i, emit) => {
      for (const h of runsOf(i)) emit(h, i);
    }, runCount(SAME_QUOTE_RUN));
    this.firstGrams = yield* post((i, emit) => {
      const words = hashesOf(i);
      if (words.length >= GRAM) emit(gramsOf(i)[0]!, i);
    }, n);
    this.terms = yield* post((i, emit) => {
      for (const t of tokens(quotes[i]!.text)) emit(hash32(t.term), i);
    }, words);
  }

  // Same quotation = the shorter (4+ words) inside the longer, or a shared 8-word run. A
  // quotation inside this one starts with one of its 4-word runs; one holding this one has
  // all its 4-word runs, the rarest included; a shared run is in the 8-word postings. Each
  // candidate is confirmed on the text, so hash collisions never join two quotations.
  // Copies of one key (a wire story's quotation printed by thousands of outlets) are one group:
  // searched once, for its first copy, and joined to each other by `neighbours`, not as
  // copies² pairs (9,000 copies were 81M checks, calls of 1-2 s at a million passages).
  private *linkSame(keys: string[], gramsOf: Hashes, runsOf: Hashes): Generator<void> {
    const n = keys.length;
    const groups = yield* groupsOf(keys);
    this.groups = groups;
    const lists = new ListStore(n);
    this.lists = lists;
    const found = new Set<number>();
    let work = 0;
    // `found` holds the first copy of each key found: a key's other copies are never tested.
    const visit = (j: number, i: number, test: () => boolean) => {
      work++;
      const f = groups.first[j]!;
      if (f !== i && !found.has(f) && test()) found.add(f);
    };
    for (let i = 0; i < n; i++) {
      // Work between yields follows the postings read, not the quotations: one key can have
      // thousands of candidates.
      if (++work >= LINK_PIECE) {
        work = 0;
        yield;
      }
      if (groups.first[i] !== i) continue; // a later copy: its first copy's list serves it
      const padded = ` ${keys[i]} `;
      let rarest = -1;
      let rarestCount = Number.POSITIVE_INFINITY;
      for (const h of gramsOf(i)) {
        this.firstGrams.forEach(h, (j) =>
          visit(j, i, () => keys[j]!.length <= keys[i]!.length && padded.includes(` ${keys[j]} `)),
        );
        const c = this.grams.count(h);
        if (c < rarestCount) {
          rarestCount = c;
          rarest = h;
        }
      }
      if (rarest !== -1)
        this.grams.forEach(rarest, (j) => visit(j, i, () => ` ${keys[j]} `.includes(padded)));
      const runs = runsOf(i);
      for (let s = 0; s < runs.length; s++) {
        let run: string | null = null;
        this.runs8.forEach(runs[s]!, (j) =>
          visit(j, i, () => {
            run ??= ` ${keys[i]!.split(" ")
              .slice(s, s + SAME_QUOTE_RUN)
              .join(" ")} `;
            return ` ${keys[j]} `.includes(run);
          }),
        );
      }
      if (found.size > 0) {
        const all: number[] = [];
        for (const f of found) {
          const copies = groups.copiesOf(f);
          if (copies.length === 0) all.push(f);
          else for (const k of copies) all.push(k);
        }
        work += all.length;
        lists.set(
          i,
          all.sort((a, b) => a - b),
        );
        found.clear();
      }
    }
  }

  /** Quotation i's key (keyOf), made when asked: the index does not hold the keys (a string
   *  a quotation, ~35 bytes a passage at a million passages). */
  keyAt(i: number): string {
    return keyOf(this.quotes[i]!);
  }

  /** Positions of every other quotation that is the same quotation as quotes[i], ascending. */
  neighbours(i: number): Uint32Array {
    if (this.pending) this.finish();
    const first = this.groups.first[i]!;
    const own = this.lists.get(first);
    const copies = this.groups.copiesOf(i);
    if (copies.length === 0) return own;
    // The first copy's list and the other copies of this key, merged (both ascending, disjoint).
    const out = new Uint32Array(own.length + copies.length - 1);
    let a = 0;
    let b = 0;
    let w = 0;
    while (a < own.length || b < copies.length) {
      if (b < copies.length && copies[b] === i) b++;
      else if (b >= copies.length || (a < own.length && own[a]! < copies[b]!)) out[w++] = own[a++]!;
      else out[w++] = copies[b++]!;
    }
    return out;
  }
}

/** Postings read between two yields of the same-quotation search. */
const LINK_PIECE = 4096;

/** Quotations with the same key: each one's first copy, and every copy of a key, ascending
 *  (none for a key only one quotation has). */
interface KeyGroups {
  first: Uint32Array;
  copiesOf(i: number): Uint32Array;
}

function* groupsOf(keys: readonly string[]): Generator<void, KeyGroups> {
  const n = keys.length;
  const first = new Uint32Array(n);
  const seen = new Map<string, number>();
  const count = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (i % 2048 === 2047) yield;
    const f = seen.get(keys[i]!) ?? i;
    if (f === i) seen.set(keys[i]!, i);
    first[i] = f;
    count[f]!++;
  }
  // Copies laid out group after group (groups of one left out): at[f]..at[f] + count[f].
  const at = new Int32Array(n).fill(-1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (count[i]! > 1) {
      at[i] = total;
      total += count[i]!;
    }
  }
  const copies = new Uint32Array(total);
  const filled = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const f = first[i]!;
    if (at[f]! >= 0) copies[at[f]! + filled[f]!++] = i;
  }
  const none = new Uint32Array(0);
  return {
    first,
    copiesOf: (i) => {
      const f = first[i]!;
      return at[f]! < 0 ? none : copies.subarray(at[f]!, at[f]! + count[f]!);
    },
  };
}

/** A coverage's quotation index, one per coverage (answers/indexes.ts). It is created deferred:
 *  the warm-up builds it a slice at a time, and any lookup before the end finishes it. Rebuilt
 *  if the quotation list is replaced or grew. */
const QUOTE_INDEX: IndexSlot<QuoteIndex> = {
  name: "quotes",
  build: (coverage) => new QuoteIndex(coverage.quotes, { deferred: true }),
  fits: (index, coverage) => index.quotes === coverage.quotes && index.size === coverage.quotes.length,
};

/** The (finished) quotation index a coverage is served with. */
export function quoteIndex(coverage: Coverage): QuoteIndex {
  return indexesOf(coverage).get(QUOTE_INDEX).finish();
}

/** Builds a coverage's quotation index a slice at a time (warm-up); true once it is complete. */
export function warmQuoteIndex(coverage: Coverage, ms = 20): boolean {
  return indexesOf(coverage).get(QUOTE_INDEX).step(ms);
}

/** Ascending positions of the quotations whose key holds `qk`'s words in a row (a superset). */
export function containing(index: QuoteIndex, qk: string): Uint32Array {
  const w = qk.split(" ");
  if (w.length >= GRAM) return index.grams.get(gramHashes(w.slice(0, GRAM))[0]!);
  let best: Uint32Array | null = null;
  for (const word of w) {
    const h = hash32(word);
    if (best === null || index.words.count(h) < best.length) best = index.words.get(h);
  }
  return best ?? new Uint32Array(0);
}

/** Ascending positions of quotations of 4+ words whose key may lie inside `qk` (a superset). */
export function containedIn(index: QuoteIndex, qk: string): number[] {
  const out = new Set<number>();
  for (const h of gramHashes(qk.split(" "))) for (const j of index.firstGrams.get(h)) out.add(j);
  return [...out].sort((a, b) => a - b);
}
