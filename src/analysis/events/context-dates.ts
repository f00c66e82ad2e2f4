// An undated past statement, announcement, speech or agreement borrows the day of the dated event
// just before it with the same people ("context").

import { tenseAt } from "../dates/index.ts";
import { ALL_STEPS, type StepSwitches } from "../steps.ts";
import type { EventKind } from "./kinds.ts";
import { PAST_FORM } from "./tense.ts";
import type { DocCluster } from "./types.ts";

/** How far back (in sentences) an undated event may borrow the day of a dated one with the same actors. */
export const CONTEXT_WINDOW = 8;

/** What people say and sign at a meeting is dated by it; strikes and visits are not. */
const CONTEXT_KINDS = new Set<EventKind>(["announcement", "statement", "speech", "agreement"]);

/** An undated past event borrows the day of the dated event just before it with the same people. */
export function datesFromContext(clusters: DocCluster[], switches: StepSwitches = ALL_STEPS): void {
  const dated = clusters
    .filter((c) => c.date && c.basis !== "context")
    .flatMap((c) => c.mentions.map((m) => ({ c, m })))
    // Only what already happened anchors: a planned meeting says nothing of yesterday's statement.
    .filter(({ c, m }) => !m.future && (!m.article.meta.published || c.date! <= m.article.meta.published));
  for (const c of clusters) {
    if (c.date || c.dateText) continue;
    const first = c.mentions[0]!;
    if (!CONTEXT_KINDS.has(c.kind) || first.future || first.actorIds.length === 0) continue;
    const word = first.sentence.slice(first.main.start, first.main.end);
    const past =
      first.main.rule.pos === "verb"
        ? PAST_FORM.test(word)
        : tenseAt(first.sentence, first.main.start, first.main.end, switches) === "past";
    if (!past) continue;
    const pool = dated
      .filter(({ m }) => m.index < first.index && first.index - m.index <= CONTEXT_WINDOW)
      .filter(({ m }) => m.actorIds.some((a) => first.actorIds.includes(a)))
      .sort((a, b) => b.m.index - a.m.index);
    const hit = pool[0];
    if (!hit) continue;
    c.date = hit.c.date;
    c.dateText = hit.c.dateText;
    c.basis = "context";
    c.dateFrom = hit.m;
  }
}
