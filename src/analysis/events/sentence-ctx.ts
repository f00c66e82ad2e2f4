// What the sentence steps pass along for one sentence.

import type { TextLayer } from "../../text/tokens.ts";
import { type EventWord, eventWordsIn } from "../../text/views.ts";
import { findTimeExpressions, type TimeExpression } from "../dates/index.ts";
import type { StepSwitches } from "../steps.ts";
import type { Mention, Relation, SentenceRef, Trigger } from "./types.ts";

export interface SentenceCtx extends SentenceRef {
  /** Actor mentions of the article from `actorFrom` on may fall in this sentence. */
  actorMentions: readonly { start: number; actorId: string }[];
  actorFrom: number;
  switches: StepSwitches;
  /** The last sentence (index) before this one with an event mention, or -Infinity. */
  lastDated: number;
  /** The article's text layer (read once per article, only when a sentence has a trigger). */
  layer: () => TextLayer;
  triggers: Trigger[];
  times: TimeExpression[];
  /** Every time expression of the sentence (of any confidence) when a step has found them with
   *  every date rule on, else null: the figures step reads where dates are from them. */
  spans: readonly TimeExpression[] | null;
  /** Every time expression of the sentence, once a step has asked (timesOf). */
  allTimes?: TimeExpression[];
  /** Times the clause-times step gave to an action of their own clause (no trigger takes them). */
  claimed: Set<TimeExpression> | null;
  /** The sentence's words, once a step has read them (wordsOf). */
  words: EventWord[] | null;
  /** Shared by every mention of the sentence. */
  actorIds: string[];
  here: Mention[];
  relations: Relation[];
}

/** The sentence's time expressions, resolved against the article's day; kept for the figures step. */
export function timesOf(ctx: SentenceCtx): TimeExpression[] {
  // (read once a sentence: the trigger step and the clause step both ask)
  ctx.allTimes ??= findTimeExpressions(ctx.sentence, ctx.article.meta.published, ctx.switches);
  const all = ctx.allTimes;
  // With a date rule switched off the spans may differ from what findFigures would find itself.
  if (![...ctx.switches.off].some((n) => n.startsWith("dates."))) ctx.spans = all;
  return all;
}

/** The sentence's words, read from the article's text layer once per sentence. */
export function wordsOf(ctx: SentenceCtx): EventWord[] {
  ctx.words ??= eventWordsIn(ctx.layer(), ctx.sStart, ctx.sEnd);
  return ctx.words;
}
