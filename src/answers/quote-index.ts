// Precomputed lookups over the coverage's quotations, built once per quotation list on first use
// (a WeakMap on the array): /whosaid and /quotes read a few posting lists instead of scanning
// every quotation per question. Every lookup returns a superset of the quotations the exact
// tests (quoteScore, sameQuotation) accept, so answers are the same as a full scan's.

import { tokens } from "../search/tokenize.ts";
import type { Quote } from "../types.ts";
import { sameTextKey } from "./cite.ts";
import { HashPostings, hash32 } from "./hash-postings.ts";

/** Words two quotations must share in one unbroken run to be the same quotation. */
export const SAME_QUOTE_RUN = 8;
/** Every same-quotation pair shares a run of this many words (containment needs 4+ words). */
const GRAM = 4;

const keyCache = new WeakMap<Quote, string>();
export function keyOf(q: Quote): string {
  let k = keyCache.get(q);
  if (k === undefined) {
    k = sameTextKey(q.text);
    keyCache.set(q, k);
  }
  return k;
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

const gramHashes = (words: readonly string[], n = GRAM): number[] => {
  const out: number[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(hash32(words.slice(i, i + n).join(" ")));
  return out;
};

export class QuoteIndex {
  readonly quotes: readonly Quote[];
  /** A quotation's position in `quotes`. */
  readonly position = new Map<Quote, number>();
  /** Words of each key (sameTextKey) → quotations. */
  readonly words: HashPostings;
  /** Every 4-word run of each key → quotations. */
  readonly grams: HashPostings;
  /** Every 8-word run of each key → quotations. */
  readonly runs8: HashPostings;
  /** The first 4-word run of each key (keys of 4+ words) → quotations. */
  readonly firstGrams: HashPostings;
  /** Index terms (tokens().term) of each quotation → quotations. */
  readonly terms: HashPostings;
  private readonly neighbourMemo = new Map<number, Uint32Array>();

  constructor(quotes: readonly Quote[]) {
    this.quotes = quotes;
    const n = quotes.length;
    const wordsOf: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      this.position.set(quotes[i]!, i);
      wordsOf[i] = keyOf(quotes[i]!).split(" ");
    }
    this.words = new HashPostings(n, (emit) => {
      for (let i = 0; i < n; i++) for (const w of wordsOf[i]!) emit(hash32(w), i);
    });
    this.grams = new HashPostings(n, (emit) => {
      for (let i = 0; i < n; i++) for (const h of gramHashes(wordsOf[i]!)) emit(h, i);
    });
    this.runs8 = new HashPostings(n, (emit) => {
      for (let i = 0; i < n; i++) for (const h of gramHashes(wordsOf[i]!, SAME_QUOTE_RUN)) emit(h, i);
    });
    this.firstGrams = new HashPostings(n, (emit) => {
      for (let i = 0; i < n; i++) {
        const w = wordsOf[i]!;
        if (w.length >= GRAM) emit(hash32(w.slice(0, GRAM).join(" ")), i);
      }
    });
    this.terms = new HashPostings(n, (emit) => {
      for (let i = 0; i < n; i++) for (const t of tokens(quotes[i]!.text)) emit(hash32(t.term), i);
    });
  }

  /** Positions of every other quotation that is the same quotation as quotes[i], ascending. */
  neighbours(i: number): Uint32Array {
    const hit = this.neighbourMemo.get(i);
    if (hit) return hit;
    const q = this.quotes[i]!;
    const words = keyOf(q).split(" ");
    const seen = new Set<number>();
    const add = (ids: Uint32Array) => {
      for (const j of ids) if (j !== i) seen.add(j);
    };
    // Same quotation = the shorter (4+ words) inside the longer, or a shared 8-word run:
    // another quotation inside this one starts with one of its 4-word runs; one holding this
    // one has all its 4-word runs, the rarest included; a shared run is in the 8-word postings.
    const grams = gramHashes(words);
    let rarest: number | null = null;
    for (const h of grams) {
      add(this.firstGrams.get(h));
      if (rarest === null || this.grams.count(h) < this.grams.count(rarest)) rarest = h;
    }
    if (rarest !== null) add(this.grams.get(rarest));
    for (const h of gramHashes(words, SAME_QUOTE_RUN)) add(this.runs8.get(h));
    const out = Uint32Array.from(
      [...seen].sort((a, b) => a - b).filter((j) => sameQuotation(q, this.quotes[j]!)),
    );
    this.neighbourMemo.set(i, out);
    return out;
  }
}

const cache = new WeakMap<readonly Quote[], QuoteIndex>();

/** The index of a quotation list (built on first use; rebuilt if the list grew or shrank). */
export function quoteIndex(quotes: readonly Quote[]): QuoteIndex {
  const hit = cache.get(quotes);
  if (hit && hit.quotes.length === quotes.length) return hit;
  const index = new QuoteIndex(quotes);
  cache.set(quotes, index);
  return index;
}

/** Ascending positions of the quotations whose key holds `qk`'s words in a row (a superset). */
export function containing(index: QuoteIndex, qk: string): Uint32Array {
  const w = qk.split(" ");
  if (w.length >= GRAM) return index.grams.get(hash32(w.slice(0, GRAM).join(" ")));
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
