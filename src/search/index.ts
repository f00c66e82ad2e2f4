// BM25 over passages with our own compact inverted index (MiniSearch was the first engine; the
// README's Benchmarks section says why we moved). Postings are typed arrays — one Uint32Array of
// passage ids and one Uint16Array of term frequencies, laid out term after term — so a million
// passages index in ~100 MB and snapshot as raw bytes. Passage text stays outside the index.
//
// Query evaluation is term-at-a-time with score accumulators: only the postings of the query's
// content words are read (stopwords never reach the index), then a heap keeps the top k.

import type { Passage } from "../types.ts";
import { terms } from "./tokenize.ts";

export interface SearchHit {
  /** Index into the passages array the index was built from. */
  ref: number;
  /** BM25 score: the sum over matched query terms (no coordination multiplier). */
  score: number;
  /** The query terms this passage matched, in query order. */
  matched: string[];
}

export interface IndexOptions {
  /** BM25 parameters: k1 = k, b, and BM25+'s lower bound d (0 = classic BM25). */
  bm25: { k: number; b: number; d: number };
  /** Multiply scores by the number of query terms matched (MiniSearch's default). Measured on
   *  SciFact (see README): off, i.e. plain BM25. */
  coordination: boolean;
  /** What a passage's length counts: every index term ("tokens", classic BM25) or distinct
   *  terms ("unique", as MiniSearch does). Measured on SciFact (see README). */
  docLength: "tokens" | "unique";
}

/** Measured on SciFact and the dev questions (README, "Search" and "Benchmarks"). */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  bm25: { k: 1.2, b: 0.75, d: 0 },
  coordination: false,
  docLength: "tokens",
};

/** Everything the index is, as flat data: what a snapshot writes and reads back. */
export interface IndexParts {
  size: number;
  /** Term strings; a term's id is its position. */
  terms: string[];
  /** Postings of term t are [offsets[t], offsets[t + 1]) in `docs`/`tfs`. Length terms + 1. */
  offsets: Uint32Array;
  /** Passage ids, ascending within a term. */
  docs: Uint32Array;
  /** Term frequency in that passage (clamped to 65,535). */
  tfs: Uint16Array;
  /** Passage length in index terms (clamped to 65,535). */
  lengths: Uint16Array;
  options: IndexOptions;
}

export type IndexProgress = (done: number, total: number) => void;

/** Growable typed array of 32-bit unsigned integers. */
class U32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

export class PassageIndex {
  readonly size: number;
  readonly options: IndexOptions;
  private readonly termList: string[];
  private readonly termIds: Map<string, number>;
  private readonly offsets: Uint32Array;
  private readonly docs: Uint32Array;
  private readonly tfs: Uint16Array;
  private readonly lengths: Uint16Array;
  private readonly avgLength: number;
  /** Scratch accumulators, reused between searches (one search runs at a time: JS is single-threaded). */
  private scratch: Float64Array | null = null;
  private touchedScratch: Uint32Array | null = null;

  constructor(
    passages: readonly Pick<Passage, "text">[] | IndexParts,
    options: Partial<IndexOptions> = {},
    onProgress?: IndexProgress,
  ) {
    const parts = Array.isArray(passages)
      ? buildParts(passages, { ...DEFAULT_INDEX_OPTIONS, ...options }, onProgress)
      : (passages as IndexParts);
    this.options = parts.options;
    this.size = parts.size;
    this.termList = parts.terms;
    this.offsets = parts.offsets;
    this.docs = parts.docs;
    this.tfs = parts.tfs;
    this.lengths = parts.lengths;
    this.termIds = new Map();
    for (let i = 0; i < parts.terms.length; i++) this.termIds.set(parts.terms[i]!, i);
    let total = 0;
    for (let i = 0; i < parts.lengths.length; i++) total += parts.lengths[i]!;
    this.avgLength = parts.size > 0 ? total / parts.size : 0;
  }

  /** Rebuilds an index from `parts()` (a snapshot) without re-tokenizing anything. */
  static fromParts(parts: IndexParts): PassageIndex {
    return new PassageIndex(parts);
  }

  parts(): IndexParts {
    return {
      size: this.size,
      terms: this.termList,
      offsets: this.offsets,
      docs: this.docs,
      tfs: this.tfs,
      lengths: this.lengths,
      options: this.options,
    };
  }

  /** Number of passages containing the (normalised) term. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** Robertson–Spärck Jones IDF, as BM25 uses it; an unseen term gets the maximum. */
  idf(term: string): number {
    const n = this.df(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** The best `limit` passages for the query's terms (OR semantics), best first; ties by ref. */
  search(query: string, limit = 10): SearchHit[] {
    const qTerms = [...new Set(terms(query))];
    const ids: number[] = [];
    const known: string[] = [];
    for (const t of qTerms) {
      const id = this.termIds.get(t);
      if (id !== undefined) {
        ids.push(id);
        known.push(t);
      }
    }
    if (ids.length === 0 || limit <= 0) return [];
    if (this.scratch === null) this.scratch = new Float64Array(this.size);
    if (this.touchedScratch === null) this.touchedScratch = new Uint32Array(this.size);
    const scores = this.scratch;
    const touched = this.touchedScratch;
    let nTouched = 0;
    const { docs, tfs, lengths } = this;
    const { k, b, d } = this.options.bm25;
    const norm = this.avgLength > 0 ? b / this.avgLength : 0;
    const matchCount = this.options.coordination ? new Uint16Array(this.size) : null;
    for (const id of ids) {
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      const idf = Math.log(1 + (this.size - (to - from) + 0.5) / (to - from + 0.5));
      for (let p = from; p < to; p++) {
        const doc = docs[p]!;
        const tf = tfs[p]!;
        const s = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + norm * lengths[doc]!)));
        if (scores[doc] === 0) touched[nTouched++] = doc;
        scores[doc]! += s;
        if (matchCount) matchCount[doc]!++;
      }
    }
    // Top k by a min-heap on (score, -ref); then reset the touched accumulators.
    const heap = new TopK(limit);
    for (let i = 0; i < nTouched; i++) {
      const doc = touched[i]!;
      const s = matchCount ? scores[doc]! * matchCount[doc]! : scores[doc]!;
      heap.offer(doc, s);
      scores[doc] = 0;
    }
    return heap.sorted().map(({ ref, score }) => ({
      ref,
      score,
      matched: known.filter((_, i) => this.contains(ids[i]!, ref)),
    }));
  }

  /** Whether term `id`'s postings hold passage `doc` (binary search). */
  private contains(id: number, doc: number): boolean {
    let lo = this.offsets[id]!;
    let hi = this.offsets[id + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.docs[mid]!;
      if (v === doc) return true;
      if (v < doc) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

/** Two passes: per-passage (term, tf) pairs while counting document frequencies, then a counting
 *  sort of the pairs into per-term postings, which come out ascending by passage id. */
function buildParts(
  passages: readonly Pick<Passage, "text">[],
  options: IndexOptions,
  onProgress?: IndexProgress,
): IndexParts {
  const n = passages.length;
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const df = new U32(4096);
  const pairTerm = new U32(Math.max(1024, n * 16));
  let pairTf = new Uint16Array(pairTerm.data.length);
  const pairStart = new Uint32Array(n + 1);
  const lengths = new Uint16Array(n);
  const local = new Map<number, number>();
  const every = Math.max(1, Math.floor(n / 100));
  for (let i = 0; i < n; i++) {
    pairStart[i] = pairTerm.length;
    const ts = terms(passages[i]!.text);
    local.clear();
    for (const t of ts) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = termList.length;
        termIds.set(t, id);
        termList.push(t);
        df.push(0);
      }
      local.set(id, (local.get(id) ?? 0) + 1);
    }
    lengths[i] = Math.min(65535, options.docLength === "unique" ? local.size : ts.length);
    for (const [id, tf] of local) {
      pairTerm.push(id);
      if (pairTf.length < pairTerm.data.length) {
        const next = new Uint16Array(pairTerm.data.length);
        next.set(pairTf);
        pairTf = next;
      }
      pairTf[pairTerm.length - 1] = Math.min(65535, tf);
      df.data[id]!++;
    }
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, n);
  }
  pairStart[n] = pairTerm.length;
  const T = termList.length;
  const offsets = new Uint32Array(T + 1);
  for (let t = 0; t < T; t++) offsets[t + 1] = offsets[t]! + df.data[t]!;
  const fill = offsets.slice(0, T);
  const docs = new Uint32Array(pairTerm.length);
  const tfs = new Uint16Array(pairTerm.length);
  for (let i = 0; i < n; i++) {
    for (let p = pairStart[i]!; p < pairStart[i + 1]!; p++) {
      const at = fill[pairTerm.data[p]!]!++;
      docs[at] = i;
      tfs[at] = pairTf[p]!;
    }
  }
  onProgress?.(n, n);
  return { size: n, terms: termList, offsets, docs, tfs, lengths, options };
}

/** Keeps the k best (highest score; lower ref on ties) of what it is offered. */
class TopK {
  private readonly refs: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly k: number) {}

  /** a is worse than b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.refs[a]! > this.refs[b]!);
  }

  offer(ref: number, score: number): void {
    const n = this.refs.length;
    if (n < this.k) {
      this.refs.push(ref);
      this.scores.push(score);
      this.up(n);
      return;
    }
    const rootScore = this.scores[0]!;
    if (score < rootScore || (score === rootScore && ref > this.refs[0]!)) return;
    this.refs[0] = ref;
    this.scores[0] = score;
    this.down(0);
  }

  sorted(): Array<{ ref: number; score: number }> {
    return this.refs
      .map((ref, i) => ({ ref, score: this.scores[i]! }))
      .sort((a, b) => b.score - a.score || a.ref - b.ref);
  }

  private swap(i: number, j: number): void {
    const r = this.refs[i]!;
    this.refs[i] = this.refs[j]!;
    this.refs[j] = r;
    const s = this.scores[i]!;
    this.scores[i] = this.scores[j]!;
    this.scores[j] = s;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.refs.length;
    while (true) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.worse(l, m)) m = l;
      if (r < n && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
}
