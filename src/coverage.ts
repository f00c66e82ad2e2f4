// Coverage: the corpus plus everything derived from it once at start-up (the search
// index, and the analyses). Answers are pure functions of a Coverage and a query.

import { type IndexOptions, PassageIndex } from "./search/index.ts";
import type { Article, Corpus, Passage } from "./types.ts";

export interface Coverage {
  corpus: Corpus;
  /** All passages of all articles, in corpus order; search refs index into this. */
  passages: Passage[];
  articles: Map<string, Article>;
  index: PassageIndex;
}

export function buildCoverage(corpus: Corpus, indexOptions: Partial<IndexOptions> = {}): Coverage {
  const passages = corpus.articles.flatMap((a) => a.passages);
  const articles = new Map(corpus.articles.map((a) => [a.docId, a]));
  return { corpus, passages, articles, index: new PassageIndex(passages, indexOptions) };
}
