// The event pipeline's tables, in order. Per sentence (sentence-steps.ts): triggers → kinds →
// participants → sentence-date → figures → places → relations. Per article: mentions are grouped
// (group-in-article.ts, its own table of coreference rules), then the article steps below date what
// is still undated. Across articles: merge-across-outlets (merge.ts). Per event: the output steps
// (output.ts: cite-sources → list-figures → figure-conflicts → date-conflicts → list-places →
// actor-names). Every step is switched off by "events.<name>".

import type { Step, StepSwitches } from "../steps.ts";
import { datesFromContext } from "./context-dates.ts";
import { attachContinuations } from "./continue.ts";
import { COREFERENCE_RULES } from "./group-in-article.ts";
import { OUTPUT_STEPS } from "./output.ts";
import { datesFromRelations } from "./relative-dates.ts";
import { SENTENCE_STEPS } from "./sentence-steps.ts";
import { datesFromThatDay } from "./that-day.ts";
import type { DocCluster, Mention, Relation } from "./types.ts";

export interface ArticleCtx {
  clusters: DocCluster[];
  relations: Relation[];
  clusterOf: (m: Mention) => DocCluster | undefined;
  switches: StepSwitches;
  /** Undated past clauses that count only as part of a dated event before them. */
  pending: Mention[];
}

export const ARTICLE_STEPS: readonly Step<ArticleCtx>[] = [
  {
    name: "that-day",
    doc: 'an undated event "earlier that day" takes the day of the dated event told just before it',
    run: (c) => datesFromThatDay(c.clusters),
  },
  {
    name: "relative-dates",
    doc: '"one day after <another event>" dates an undated event from a dated one',
    run: (c) => datesFromRelations(c.relations, c.clusterOf),
  },
  {
    name: "context-dates",
    doc: "an undated past statement borrows the day of the event just before with the same people",
    run: (c) => datesFromContext(c.clusters, c.switches),
  },
  {
    name: "relative-dates-again",
    doc: "relative dates once more, from the days the context gave",
    run: (c) => datesFromRelations(c.relations, c.clusterOf),
  },
  {
    name: "continuations",
    doc: "an undated past clause right after a dated event, going on about it, is part of it",
    run: (c) => attachContinuations(c.clusters, c.pending),
  },
];

/** The corpus step: mentions of one event across outlets become one event. */
export const MERGE_STEP = {
  name: "merge-across-outlets",
  doc: "an article's event joins another outlet's when people, places, words and day agree",
} as const;

export { COREFERENCE_RULES, OUTPUT_STEPS, SENTENCE_STEPS };
