// BM25 over passages with our own compact inverted index (MiniSearch was the first engine; the
// README's Benchmarks section says why we moved). Postings are typed arrays — one Uint32Array of
// passage ids and one Uint16Array of term frequencies, laid out term after term — so a million
// passages index in ~100 MB and snapshot as raw bytes. Passage text stays outside the index.
//
// Query evaluation is term-at-a-time with score accumulators: only the postings of the query's
// content words are read (stopwords never reach the index), then a heap keeps the top k.
//
// Titles are a second field: each article's headline has its own postings (by article) and BM25
// over headline lengths; a passage scores its own BM25 plus `titleWeight` times its article's
// headline score. An article whose headline matches but none of whose passages do is represented
// by its first passage (the lead), so a question worded like a headline finds its story.

import { buildParts } from "./build.ts";
import { terms } from "./tokenize.ts";
import { TopK } from "./top-k.ts";
import type {
  IndexOptions,
  IndexParts,
  IndexProgress,
  QueryTerm,
  SearchHit,
  TitleInput,
  TitleParts,
} from "./types.ts";

export type {
  IndexOptions,
  IndexParts,
  IndexProgress,
  QueryTerm,
  SearchHit,
  TitleInput,
  TitleParts,
} from "./types.ts";

/** Measured on SciFact and the dev questions (README, "Search" and "Benchmarks"). */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  bm25: { k: 1.2, b: 0.75, d: 0 },
  coordination: false,
  docLength: "tokens",
  titleWeight: 2,
};

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
  private readonly titles: TitleParts | null;
  private readonly avgTitleLength: number;
  /** Scratch accumulators, reused between searches (one search runs at a time: JS is single-threaded). */
  private scratch: Float64Array | null = null;
  private touchedScratch: Uint32Array | null = null;
  private titleScratch: Float64Array | null = null;

  /** `titles`: the articles' headlines, searched as a second field (see the top of this file). */
  constructor(
    passages: readonly { text: string }[] | IndexParts,
    options: Partial<IndexOptions> = {},
    onProgress?: IndexProgress,
    titles: TitleInput | null = null,
  ) {
    const parts = Array.isArray(passages)
      ? buildParts(passages, { ...DEFAULT_INDEX_OPTIONS, ...options }, titles, onProgress)
      : (passages as IndexParts);
    this.options = parts.options;
    this.size = parts.size;
    this.termList = parts.terms;
    this.offsets = parts.offsets;
    this.docs = parts.docs;
    this.tfs = parts.tfs;
    this.lengths = parts.lengths;
    this.titles = parts.titles;
    this.termIds = parts.termIds ?? new Map();
    if (!parts.termIds) for (let i = 0; i < parts.terms.length; i++) this.termIds.set(parts.terms[i]!, i);
    this.avgLength = mean(parts.lengths);
    this.avgTitleLength = parts.titles ? mean(parts.titles.lengths) : 0;
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
      titles: this.titles,
    };
  }

  /** Number of passages containing the (normalised) term. */
  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.offsets[id + 1]! - this.offsets[id]!;
  }

  /** Number of headlines containing the (normalised) term. */
  titleDf(term: string): number {
    const id = this.termIds.get(term);
    const t = this.titles;
    return id === undefined || !t ? 0 : t.offsets[id + 1]! - t.offsets[id]!;
  }

  /** Robertson–Spärck Jones IDF, as BM25 uses it; an unseen term gets the maximum. */
  idf(term: string): number {
    return idfOf(this.size, this.df(term));
  }

  /** The best `limit` passages for the query's terms (OR semantics), best first; ties by ref. */
  search(query: string, limit = 10): SearchHit[] {
    return this.searchTerms(
      [...new Set(terms(query))].map((term) => ({ term, weight: 1 })),
      limit,
    );
  }

  /** As `search`, each term's score multiplied by its weight. */
  searchTerms(query: readonly QueryTerm[], limit = 10): SearchHit[] {
    const ids: number[] = [];
    const known: QueryTerm[] = [];
    for (const q of query) {
      const id = this.termIds.get(q.term);
      if (id !== undefined && q.weight > 0 && !known.some((k) => k.term === q.term)) {
        ids.push(id);
        known.push(q);
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
    ids.forEach((id, qi) => {
      const from = this.offsets[id]!;
      const to = this.offsets[id + 1]!;
      const idf = idfOf(this.size, to - from) * known[qi]!.weight;
      for (let p = from; p < to; p++) {
        const doc = docs[p]!;
        const tf = tfs[p]!;
        const s = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + norm * lengths[doc]!)));
        if (scores[doc] === 0) touched[nTouched++] = doc;
        scores[doc]! += s;
        if (matchCount) matchCount[doc]!++;
      }
    });
    nTouched = this.addTitleScores(ids, known, scores, touched, nTouched);
    // Top k by a min-heap on (score, -ref); then reset the touched accumulators.
    const heap = new TopK(limit);
    for (let i = 0; i < nTouched; i++) {
      const doc = touched[i]!;
      const s = matchCount ? scores[doc]! * matchCount[doc]! : scores[doc]!;
      heap.offer(doc, s);
      scores[doc] = 0;
    }
    return heap.sorted().map(({ ref, score }) => {
      const article = this.articleOf(ref);
      return {
        ref,
        score,
        matched: known.filter((_, i) => contains(this.offsets, this.docs, ids[i]!, ref)).map((q) => q.term),
        titleMatched:
          article < 0 || this.options.titleWeight <= 0
            ? []
            : known
                .filter((_, i) => contains(this.titles!.offsets, this.titles!.docs, ids[i]!, article))
                .map((q) => q.term),
      };
    });
  }

  /** Adds each matched headline's weighted score to its article's scored passages and its lead
   *  passage; returns the new count of touched passages. */
  private addTitleScores(
    ids: number[],
    known: QueryTerm[],
    scores: Float64Array,
    touched: Uint32Array,
    nTouched: number,
  ): number {
    const t = this.titles;
    const w = this.options.titleWeight;
    if (!t || w <= 0 || t.lengths.length === 0) return nTouched;
    if (this.titleScratch === null) this.titleScratch = new Float64Array(t.lengths.length);
    const titleScores = this.titleScratch;
    const articles: number[] = [];
    const { k, b } = this.options.bm25;
    const norm = this.avgTitleLength > 0 ? b / this.avgTitleLength : 0;
    ids.forEach((id, qi) => {
      const from = t.offsets[id]!;
      const to = t.offsets[id + 1]!;
      if (from === to) return;
      const idf = idfOf(this.size, this.offsets[id + 1]! - this.offsets[id]!) * known[qi]!.weight;
      for (let p = from; p < to; p++) {
        const a = t.docs[p]!;
        const tf = t.tfs[p]!;
        if (titleScores[a] === 0) articles.push(a);
        titleScores[a]! += (idf * (tf * (k + 1))) / (tf + k * (1 - b + norm * t.lengths[a]!));
      }
    });
    for (const a of articles) {
      const add = w * titleScores[a]!;
      titleScores[a] = 0;
      const first = t.starts[a]!;
      for (let p = first; p < t.starts[a + 1]!; p++) {
        if (scores[p] === 0) {
          if (p !== first) continue;
          touched[nTouched++] = p;
        }
        scores[p]! += add;
      }
    }
    return nTouched;
  }

  /** The article number of a passage (binary search over the articles' first passages), or -1. */
  private articleOf(ref: number): number {
    const starts = this.titles?.starts;
    if (!starts || starts.length < 2) return -1;
    let lo = 0;
    let hi = starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= ref) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

function mean(a: Uint16Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i++) total += a[i]!;
  return a.length > 0 ? total / a.length : 0;
}

function idfOf(size: number, df: number): number {
  return Math.log(1 + (size - df + 0.5) / (df + 0.5));
}

/** Whether term `id`'s postings hold document `doc` (binary search). */
function contains(offsets: Uint32Array, docs: Uint32Array, id: number, doc: number): boolean {
  let lo = offsets[id]!;
  let hi = offsets[id + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = docs[mid]!;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
