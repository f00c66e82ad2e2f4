// The index's types, apart so the builder and the index share them without a cycle.

export interface SearchHit {
  /** Index into the passages array the index was built from. */
  ref: number;
  /** BM25 score: the sum over matched query terms (no coordination multiplier). */
  score: number;
  /** The query terms this passage matched, in query order. */
  matched: string[];
  /** The query terms its article's headline matched, in query order. */
  titleMatched: string[];
}

/** A query term and how much it counts: 1 for the words asked, less for a paraphrase of one. */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** The headline field's input: one headline per article, and where each article's passages are. */
export interface TitleInput {
  /** The searchable headline of each article ("" when it has none). */
  titles: readonly string[];
  /** First passage of each article, ascending, then the passage count: length articles + 1. */
  starts: Uint32Array;
}

/** The headline field as flat data: postings by article, over the index's term list. */
export interface TitleParts {
  /** Postings of term t are [offsets[t], offsets[t + 1]) in `docs`/`tfs`. Length terms + 1. */
  offsets: Uint32Array;
  /** Article numbers, ascending within a term. */
  docs: Uint32Array;
  tfs: Uint16Array;
  /** Headline length in index terms, per article. */
  lengths: Uint16Array;
  /** As TitleInput.starts. */
  starts: Uint32Array;
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
  /** Weight of an article's headline score in each of its passages' scores (0: titles not
   *  searched). Measured on BBC and Reuters headline questions (README, "Search"). */
  titleWeight: number;
}

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
  /** The headline field, when the index was built with headlines. */
  titles: TitleParts | null;
  /** Each term's id, when the reader built it already (a snapshot's, in pieces); else built from `terms`. */
  termIds?: Map<string, number>;
}

export type IndexProgress = (done: number, total: number) => void;
