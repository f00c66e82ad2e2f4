// Which of a speaker's quotations speak of a topic: those holding enough of the topic's
// informative words (or their other forms). Shared by /ask's "what did X say about Y" and
// later answers that filter quotations by topic.

import type { Coverage } from "../coverage.ts";
import { conceptsOf, holds } from "../search/expand.ts";
import { terms } from "../search/tokenize.ts";
import type { Quote } from "../types.ts";

/** Quotations below this share of the topic's informative weight (IDF) do not speak of it. */
const MIN_TOPIC_SHARE = 0.5;

/** The quotations holding at least MIN_TOPIC_SHARE of the topic's informative weight (its words
 *  or their other forms): direct quotations before reported speech (a paraphrase), then the
 *  closest, then in the order given. */
export function onTopic(coverage: Coverage, quotes: readonly Quote[], topic: string): Quote[] {
  const concepts = conceptsOf(topic, (t) => coverage.index.df(t) > 0);
  const weight = (c: (typeof concepts)[number]) =>
    c.terms.reduce((s, t) => s + Math.max(coverage.index.idf(t), 0.1), 0);
  const total = concepts.reduce((s, c) => s + weight(c), 0);
  if (total <= 0) return [];
  const scored: Array<{ q: Quote; score: number; at: number }> = [];
  quotes.forEach((q, at) => {
    const have = new Set(terms(q.text));
    const score = concepts.reduce((s, c) => s + (holds(c, have) ? weight(c) : 0), 0) / total;
    if (score >= MIN_TOPIC_SHARE) scored.push({ q, score, at });
  });
  scored.sort(
    (a, b) =>
      Number(a.q.kind === "reported") - Number(b.q.kind === "reported") || b.score - a.score || a.at - b.at,
  );
  return scored.map((s) => s.q);
}
