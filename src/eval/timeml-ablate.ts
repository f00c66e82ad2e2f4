// `npm run eval -- timeml --ablate`: the TimeML figures with every date and event step on, then
// with each step switched off in turn (what each rule contributes to the resolver and the timeline).

import { buildActorModel } from "../analysis/actors/index.ts";
import { DATE_STEP_NAMES } from "../analysis/dates/index.ts";
import { buildEvents, EVENT_STEP_NAMES } from "../analysis/events/index.ts";
import type { StepSwitches } from "../analysis/steps.ts";
import type { Article } from "../types.ts";
import { ablate, formatAblation } from "./ablation.ts";
import type { TimemlDoc } from "./timeml-read.ts";
import { datedEvents, type PredictedTime, scoreDatedEvents, scoreResolver } from "./timeml-score.ts";

type Resolver = (doc: TimemlDoc, article: Article, switches: StepSwitches) => PredictedTime[];

export async function timemlAblation(
  pairs: readonly { doc: TimemlDoc; article: Article }[],
  resolve: Resolver,
): Promise<string> {
  const articles = pairs.map((p) => p.article);
  // The actor model has no steps here: built once, shared by every run.
  const actors = buildActorModel(articles);
  const gold = pairs.flatMap((p) => datedEvents(p.doc));
  const result = await ablate([...DATE_STEP_NAMES, ...EVENT_STEP_NAMES], (switches) => {
    const r = scoreResolver(
      pairs.map(({ doc, article }) => ({ doc, times: resolve(doc, article, switches) })),
    );
    const e = scoreDatedEvents(gold, buildEvents(articles, actors, switches));
    return {
      precision: r.precision,
      dayAcc: r.dayAccuracy,
      recall: r.recall,
      eventR: e.recall,
      eventStrict: e.recallStrict,
      eventR_NR: e.recallNonReporting,
    };
  });
  return formatAblation(result);
}
