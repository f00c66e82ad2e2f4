// Whether a passage answers a question: it must hold (in its own words or its article's headline,
// as asked or in another form of the word) at least MIN_QUERY_COVERAGE of the IDF mass of the
// question's concepts, and every rare concept of it (one fewer than RARE_SHARE of the passages
// hold, or none, in a coverage large enough to tell). A word the coverage has never seen weighs the most, so a question about
// something the coverage does not hold finds nothing instead of a passage sharing its common words.
//
// The rare concepts are what a question is about that its common words are not: "Volcano eruption
// in Iceland" is not answered by a volcanic eruption in Yellowstone, nor "Hurricane damage in Puerto
// Rico" by a race in Puerto Rico, though each holds over half the IDF mass. A rule keyed to the rarer
// half of the concepts alone refused 14 of the 30 off-topic BBC questions (README, "Search"); with
// the IDF mass kept beside it and every rare concept held, 27 of 30 (in a coverage of 1,000+ passages).

import { type Concept, holds } from "../search/expand.ts";
import type { PassageIndex, SearchHit } from "../search/index.ts";

/** Share of the question's IDF mass a passage must hold to count as an answer. */
export const MIN_QUERY_COVERAGE = 0.5;
/** A concept whose words fewer than this share of the passages hold is rare: a result must hold it. */
const RARE_SHARE = 0.001;

export interface WeighedQuestion {
  concepts: Concept[];
  /** Each concept's IDF: that of its rarest word as asked (an unseen word gets the maximum). */
  idf: number[];
  total: number;
  /** Whether each concept is rare (RARE_SHARE). */
  rare: boolean[];
}

export function weigh(index: PassageIndex, concepts: Concept[]): WeighedQuestion {
  const idf = concepts.map((c) => Math.max(...c.terms.map((t) => index.idf(t))));
  // Under 1 / RARE_SHARE passages no word is rare by count (a small coverage lacks most words).
  const few = index.size * RARE_SHARE;
  const rare = concepts.map((c) => few >= 1 && Math.min(...c.terms.map((t) => index.df(t))) < few);
  return { concepts, idf, total: idf.reduce((s, x) => s + x, 0), rare };
}

/** Whether the hit (its passage's words and its article's headline) holds enough of the question. */
export function answersQuestion(q: WeighedQuestion, hit: SearchHit): boolean {
  const matched = termsHeld(hit);
  let held = 0;
  let rareMissing = false;
  q.concepts.forEach((c, i) => {
    if (holds(c, matched)) held += q.idf[i]!;
    else if (q.rare[i]) rareMissing = true;
  });
  return q.total > 0 && !rareMissing && held / q.total >= MIN_QUERY_COVERAGE;
}

/** Questions with at most this many concepts are ordered by the concepts a hit holds. */
const MAX_CONCEPTS_REORDERED = 3;

/**
 * The hits holding every concept of the question first (in their own words or their headline),
 * then those missing one, and so on, each group by score: "Blair Iraq" wants Blair and Iraq, not
 * the passages of a story headlined "Iraq" that never name Blair, whose headline lifts their score.
 */
export function byConceptsHeld(q: WeighedQuestion, hits: SearchHit[]): SearchHit[] {
  // A longer question is ranked by score alone: few passages hold all of it, and the words it
  // misses are its least telling (BBC direct questions lost 3 of 49 right answers when reordered).
  if (q.concepts.length > MAX_CONCEPTS_REORDERED) return hits;
  const missing = (hit: SearchHit) => {
    const matched = termsHeld(hit);
    return q.concepts.filter((c) => !holds(c, matched)).length;
  };
  return hits
    .map((hit, i) => ({ hit, i, missing: missing(hit) }))
    .sort((a, b) => a.missing - b.missing || a.i - b.i)
    .map((x) => x.hit);
}

/** The question's terms a hit holds, in its passage's words or its article's headline. */
const termsHeld = (hit: SearchHit) => new Set([...hit.matched, ...hit.titleMatched]);
