// Whether a passage answers a question: it must hold (in its own words or its article's headline,
// as asked or in another form of the word) at least MIN_QUERY_COVERAGE of the IDF mass of the
// question's concepts. A word the coverage has never seen weighs the most, so a question about
// something the coverage does not hold finds nothing instead of a passage sharing its common words.
//
// Measured against a rule keyed to the question's rarest words (a passage must hold at least half
// of the rarer half of the concepts): same headline figures, dev 15/15, but 14 of 30 off-topic BBC
// questions refused against 24 of 30 for this rule (README, "Search"), so the IDF mass stays.

import { type Concept, holds } from "../search/expand.ts";
import type { PassageIndex, SearchHit } from "../search/index.ts";

/** Share of the question's IDF mass a passage must hold to count as an answer. */
export const MIN_QUERY_COVERAGE = 0.5;

export interface WeighedQuestion {
  concepts: Concept[];
  /** Each concept's IDF: that of its rarest word as asked (an unseen word gets the maximum). */
  idf: number[];
  total: number;
}

export function weigh(index: PassageIndex, concepts: Concept[]): WeighedQuestion {
  const idf = concepts.map((c) => Math.max(...c.terms.map((t) => index.idf(t))));
  return { concepts, idf, total: idf.reduce((s, x) => s + x, 0) };
}

/** Whether the hit (its passage's words and its article's headline) holds enough of the question. */
export function answersQuestion(q: WeighedQuestion, hit: SearchHit): boolean {
  const matched = new Set([...hit.matched, ...hit.titleMatched]);
  let held = 0;
  q.concepts.forEach((c, i) => {
    if (holds(c, matched)) held += q.idf[i]!;
  });
  return q.total > 0 && held / q.total >= MIN_QUERY_COVERAGE;
}
