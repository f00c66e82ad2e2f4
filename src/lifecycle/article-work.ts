// The per-article parts of the analyses that a second thread can do for a share of the articles
// (lifecycle/parallel-build.ts), and the objects both threads hold that their results point to.

import { articleClusters } from "../analysis/events/index.ts";
import { TRIGGERS } from "../analysis/events/kinds.ts";
import { articleQuotes } from "../analysis/quotes/index.ts";
import type { StepSwitches } from "../analysis/steps.ts";
import type { TextLayer } from "../text/tokens.ts";
import type { ActorModel, Article } from "../types.ts";
import type { ActorLaneRequest } from "./actor-lane.ts";
import type { Shared } from "./thread-refs.ts";

export interface WorkContext {
  actors: ActorModel;
  switches: StepSwitches;
  layerOf: (article: Article) => TextLayer;
}

/** Each analysis's work on one article, after the actor model is built. */
export const ARTICLE_WORK = {
  quotes: (a: Article, c: WorkContext) => articleQuotes(a, c.actors, c.switches, c.layerOf),
  events: (a: Article, c: WorkContext) => articleClusters(a, c.actors, c.switches, c.layerOf),
} as const;

export type ArticleWork = keyof typeof ARTICLE_WORK;

/** The articles (by docId) and the event trigger rules (by place in their table): what results
 *  point to and each thread holds itself. */
export function sharedObjects(articles: Iterable<Article>): Shared {
  const byDoc = new Map<string, Article>();
  for (const a of articles) byDoc.set(a.docId, a);
  const names = new Map<object, string>();
  for (const [docId, a] of byDoc) names.set(a, `a:${docId}`);
  for (const [i, t] of TRIGGERS.entries()) names.set(t, `t:${i}`);
  return {
    nameOf: (v) => names.get(v),
    byName: (name) => {
      const found = name.startsWith("a:") ? byDoc.get(name.slice(2)) : TRIGGERS[Number(name.slice(2))];
      if (!found) throw new Error(`no shared object ${name} in this thread`);
      return found;
    },
  };
}

/** From the parallel build to its analysis worker: the actor stages (actor-lane.ts), then the
 *  actor model once, then batches of articles for quotes and events. */
export type LaneRequest =
  | ActorLaneRequest
  | { type: "model"; bytes: Uint8Array; off: string[] }
  | { type: "batch"; seq: number; work: ArticleWork; articles: Article[] };

/** A batch's results (withRefs over them), in the batch's article order; or why it failed. */
export type LaneReply =
  | { type: "result"; seq: number; results: unknown }
  | { type: "failed"; seq: number; message: string };
