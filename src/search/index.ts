// BM25 over passages, with MiniSearch as the engine. Passage text stays outside the index
// (only numeric refs are stored) so the index is small and answers read text from the corpus.

import MiniSearch from "minisearch";
import type { Passage } from "../types.ts";
import { terms } from "./tokenize.ts";

export interface SearchHit {
  /** Index into the passages array the index was built from. */
  ref: number;
  /** BM25 score (see `coordination`). */
  score: number;
  /** The query terms this passage matched. */
  matched: string[];
}

export interface IndexOptions {
  /** BM25 parameters; k1 = k, b, and BM25+'s lower bound d. */
  bm25: { k: number; b: number; d: number };
  /** MiniSearch multiplies scores by the number of query terms matched. Measured on
   *  SciFact and the dev questions (see README); off = plain BM25. */
  coordination: boolean;
  /** Prefix-expand query terms at least this long (shorter ones never expand). */
  prefixMinLength: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  bm25: { k: 1.2, b: 0.75, d: 0.5 },
  coordination: false,
  prefixMinLength: Number.POSITIVE_INFINITY,
};

interface Doc {
  id: number;
  text: string;
}

export class PassageIndex {
  readonly size: number;
  private readonly engine: MiniSearch<Doc>;
  private readonly docFreq = new Map<string, number>();
  readonly options: IndexOptions;

  constructor(passages: readonly Pick<Passage, "text">[], options: Partial<IndexOptions> = {}) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
    this.engine = new MiniSearch<Doc>({
      fields: ["text"],
      storeFields: [],
      tokenize: (text) => terms(text),
      processTerm: (t) => t,
      searchOptions: { bm25: this.options.bm25 },
    });
    const docs: Doc[] = passages.map((p, id) => ({ id, text: p.text }));
    for (const d of docs) {
      for (const t of new Set(terms(d.text))) this.docFreq.set(t, (this.docFreq.get(t) ?? 0) + 1);
    }
    this.engine.addAll(docs);
    this.size = docs.length;
  }

  /** Number of passages containing the (normalised) term. */
  df(term: string): number {
    return this.docFreq.get(term) ?? 0;
  }

  /** Robertson–Spärck Jones IDF, as BM25 uses it; an unseen term gets the maximum. */
  idf(term: string): number {
    const n = this.df(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  search(query: string, limit = 10): SearchHit[] {
    const qTerms = [...new Set(terms(query))];
    if (qTerms.length === 0) return [];
    const min = this.options.prefixMinLength;
    const raw = this.engine.search(qTerms.join(" "), {
      combineWith: "OR",
      prefix: (term) => term.length >= min,
      tokenize: (q) => q.split(" "),
      processTerm: (t) => t,
    });
    const hits: SearchHit[] = raw.map((r) => ({
      ref: r.id as number,
      score: this.options.coordination ? r.score : r.score / Math.max(1, r.queryTerms.length),
      matched: r.queryTerms,
    }));
    if (!this.options.coordination) hits.sort((a, b) => b.score - a.score || a.ref - b.ref);
    return hits.slice(0, limit);
  }
}
