// "What did Sheinbaum say about sovereignty?" asks for a speaker's words, not for passages on the
// topic: /ask then leads with that speaker's quotations holding the topic's words (direct
// quotations first, then reported speech labelled as the outlet's paraphrase), above its excerpts.
// A speaker the coverage never quotes, or a question of another shape, leaves /ask as it was.

import type { Coverage } from "../coverage.ts";
import { terms } from "../search/tokenize.ts";
import { groupQuotations, matchOf } from "./quote-groups.ts";
import { onTopic } from "./quote-topic.ts";
import type { SaidAbout } from "./quote-types.ts";
import { quotesOf } from "./quotes.ts";

const VERBS =
  "say|said|says|tell|told|tells|think|thought|thinks|comment|commented|speak|spoke|talk|talked|spoken|state|stated|claim|claimed|argue|argued|warn|warned|write|wrote|written|mention|mentioned";
const TOPIC = "(?:about|on|of|regarding|concerning|over)";
/** The shapes of the question, each giving the speaker and the topic. */
const SHAPES: readonly RegExp[] = [
  // "What did X say about Y", "How has X spoken of Y", "What did X tell reporters about Y"
  new RegExp(
    `^(?:what|how)\\s+(?:did|does|do|has|have|had)\\s+(.+?)\\s+(?:${VERBS})\\s+(?:\\S+\\s+){0,2}?${TOPIC}\\s+(.+)$`,
    "i",
  ),
  // "Did X say anything about Y", "Has X commented on Y"
  new RegExp(
    `^(?:did|does|has|have)\\s+(.+?)\\s+(?:${VERBS})\\s+(?:anything\\s+|something\\s+)?${TOPIC}\\s+(.+)$`,
    "i",
  ),
  // "What X said about Y", "What has been said by X about Y" is not asked this way often enough.
  new RegExp(
    `^what\\s+(?!did\\b|does\\b|do\\b|has\\b|have\\b|had\\b|is\\b|was\\b|were\\b|are\\b)(.+?)\\s+(?:has\\s+|have\\s+)?(?:${VERBS})\\s+${TOPIC}\\s+(.+)$`,
    "i",
  ),
];

const NOT_A_NAME =
  /^(?:he|she|they|it|we|i|you|people|anyone|someone|everyone|somebody|anybody|officials?)$/i;

/** The speaker and the topic a question asks about, or null for a question of another shape. */
export function saidAboutQuestion(query: string): { who: string; topic: string } | null {
  const q = query.replace(/[?.!\s]+$/, "").trim();
  for (const shape of SHAPES) {
    const m = shape.exec(q);
    if (!m) continue;
    const who = m[1]!.trim();
    // "What did he say about …" names no one: the passages answer it.
    if (NOT_A_NAME.test(who)) continue;
    const topic = m[2]!.replace(/^(?:the\s+)?(?:subject|topic|issue|question)\s+of\s+/i, "").trim();
    if (who && topic && terms(topic).length > 0) return { who, topic };
  }
  return null;
}

/** What a speaker the coverage quotes said on the question's topic; null when the question is
 *  not of that shape or the coverage quotes no one by that name. */
export function saidAbout(coverage: Coverage, query: string, limit: number): SaidAbout | null {
  const asked = saidAboutQuestion(query);
  if (!asked) return null;
  const found = quotesOf(coverage, asked.who);
  if (!found) return null;
  const groups = groupQuotations(
    coverage,
    onTopic(coverage, found.quotes, asked.topic),
    coverage.quotes,
    limit,
  );
  return { speaker: found.speaker, topic: asked.topic, matches: groups.map((g) => matchOf(coverage, g)) };
}
