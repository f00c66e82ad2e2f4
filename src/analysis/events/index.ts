// Events in the coverage: strikes, meetings, visits, agreements, announcements, busts, speeches,
// deployments, tariffs, handovers. Found sentence by sentence from trigger words (kinds.ts), each
// with a label in the article's own words, a day (from the sentence, from an earlier mention of the
// same event, from "one day after <another event>", or from the dated event just before it with
// the same people), figures, places and the actors named. Mentions of one event across sentences
// and outlets are grouped; disagreements on a day or a figure are kept with sources.
// Linear in the corpus: every step is per sentence, and grouping compares an event only with the
// few events of its kind already seen. The steps, in order, are listed in steps.ts.

import { sourceRef } from "../../corpus/source-ref.ts";
import { labelSlug } from "../../text/slug.ts";
import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article, SourceRef } from "../../types.ts";
import { ALL_STEPS, isOn, runSteps, type StepSwitches, stepNames } from "../steps.ts";
import { groupInArticle } from "./group-in-article.ts";
import { mentionsOf } from "./mentions.ts";
import { eachAlone, type Global, mergeAcrossArticles } from "./merge.ts";
import { eventCtx } from "./output.ts";
import {
  ARTICLE_STEPS,
  type ArticleCtx,
  COREFERENCE_RULES,
  MERGE_STEP,
  OUTPUT_STEPS,
  SENTENCE_STEPS,
} from "./steps.ts";
import type { DocCluster, EventOutput, Mention } from "./types.ts";

export type { DocCluster, EventOutput } from "./types.ts";

/** The "events.<step>" names a scorer can switch off, in pipeline order. */
export const EVENT_STEP_NAMES: readonly string[] = [
  ...stepNames("events", SENTENCE_STEPS),
  ...stepNames("events", COREFERENCE_RULES),
  ...stepNames("events", ARTICLE_STEPS),
  `events.${MERGE_STEP.name}`,
  ...stepNames("events", OUTPUT_STEPS),
];

/** One article's event clusters, dated as far as the article allows (a worker thread can do a
 *  share of the articles: eventsFromClusters merges them). */
export function articleClusters(
  article: Article,
  actors: ActorModel | null,
  switches: StepSwitches,
  layerOf: (article: Article) => TextLayer,
): DocCluster[] {
  const found = mentionsOf(article, actors, switches, layerOf);
  const { relations } = found;
  const mentions = found.mentions.filter((m) => !m.continues);
  const pending = found.mentions.filter((m) => m.continues);
  if (mentions.length === 0) return [];
  const clusters = groupInArticle(mentions, switches);
  const owner = new Map<Mention, DocCluster>();
  for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
  const ctx: ArticleCtx = { clusters, relations, clusterOf: (m) => owner.get(m), switches, pending };
  return runSteps("events", ARTICLE_STEPS, ctx, switches).clusters;
}

/** Every event in the articles, in date order (undated last), mentions grouped across outlets. */
export function buildEvents(
  articles: readonly Article[],
  actors: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): EventOutput[] {
  const all: DocCluster[] = [];
  for (const article of articles) all.push(...articleClusters(article, actors, switches, layerOf));
  return eventsFromClusters(articles, all, actors, switches);
}

/** The cross-article part of buildEvents: every article's clusters, in corpus order, merged.
 *  `tick` is called once per cluster and per event (the parallel build serves its second thread). */
export function eventsFromClusters(
  articles: readonly Article[],
  all: DocCluster[],
  actors: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  tick: () => void = () => {},
): EventOutput[] {
  const lookup = { articles: new Map(articles.map((a) => [a.docId, a])) };
  // One citation object per sentence, however many events, figures and conflicts cite it: at a
  // million passages the copies were a citation object a passage, and a snapshot keeps sharing.
  const refs = new Map<string, SourceRef>();
  const refOf = (m: Mention) => {
    const key = `${m.passageId}\u0000${m.sStart}\u0000${m.sEnd}`;
    let ref = refs.get(key);
    if (!ref) {
      ref = sourceRef(lookup, m.article.docId, m.passageId, m.sStart, m.sEnd);
      refs.set(key, ref);
    }
    return ref;
  };
  const docOrder = new Map(articles.map((a, i) => [a.docId, i]));
  const firstPos = (g: Global) =>
    Math.min(...g.parts.map((p) => (docOrder.get(p.docId) ?? 0) * 1e9 + p.mentions[0]!.sStart));
  const merged = isOn("events", MERGE_STEP.name, switches) ? mergeAcrossArticles(all, tick) : eachAlone(all);
  // each event's first place worked out once, not at every comparison
  const pos = new Map(merged.map((g) => [g, firstPos(g)]));
  const globals = merged.sort((a, b) => pos.get(a)! - pos.get(b)!);
  const events = globals.map((g) => {
    tick();
    return runSteps("events", OUTPUT_STEPS, eventCtx(g, actors, refOf), switches).event;
  });
  const ids = new Map<string, number>();
  for (const e of events) {
    const base = `${e.kind}-${e.date ?? "undated"}-${labelSlug(e.label, 48)}`;
    const n = (ids.get(base) ?? 0) + 1;
    ids.set(base, n);
    e.id = n === 1 ? base : `${base}-${n}`;
  }
  return sortByDate(events);
}

/** Date order, undated last; stable for equal days. */
export function sortByDate<T extends { date: string | null }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    if (a.date === b.date) return 0;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
}
