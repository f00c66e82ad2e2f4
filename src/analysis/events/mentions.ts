// Every event mention of one article, sentence by sentence (the sentence steps), with the relations
// between events that one sentence states.

import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article } from "../../types.ts";
import { runSteps, type StepSwitches } from "../steps.ts";
import { SENTENCE_STEPS, type SentenceCtx } from "./sentence-steps.ts";
import type { Mention, Relation } from "./types.ts";

const NONE: never[] = [];

export function mentionsOf(
  article: Article,
  actors: ActorModel | null,
  switches: StepSwitches,
  layerOf: (article: Article) => TextLayer = readText,
): { mentions: Mention[]; relations: Relation[] } {
  let read: TextLayer | null = null;
  const layer = () => {
    read ??= layerOf(article);
    return read;
  };
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  const actorMentions = actors?.mentionsIn(article.docId) ?? [];
  let am = 0;
  let p = 0;
  let index = 0;
  let lastEvent = Number.NEGATIVE_INFINITY;
  for (const para of article.paragraphs) {
    for (const s of para.sentences) {
      const i = index++;
      while (am < actorMentions.length && actorMentions[am]!.start < s.start) am++;
      while (p < article.passages.length - 1 && article.passages[p]!.end <= s.start) p++;
      const ctx: SentenceCtx = {
        article,
        index: i,
        sStart: s.start,
        sEnd: s.end,
        sentence: article.text.slice(s.start, s.end),
        passageId: article.passages[p]?.id ?? `${article.docId}:0`,
        actorMentions,
        actorFrom: am,
        switches,
        lastDated: lastEvent,
        layer,
        // Most sentences have no trigger: they share these empty lists ("kinds" makes its own).
        triggers: NONE,
        times: NONE,
        spans: null,
        claimed: null,
        words: null,
        actorIds: NONE,
        here: NONE,
        relations,
      };
      runSteps("events", SENTENCE_STEPS, ctx, switches);
      for (const m of ctx.here) mentions.push(m);
      if (ctx.here.length > 0) lastEvent = i;
    }
  }
  return { mentions, relations };
}
