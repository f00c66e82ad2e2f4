// Whether an event mention speaks of something still ahead.

import { tenseAt } from "../dates/index.ts";
import { ALL_STEPS, type StepSwitches } from "../steps.ts";
import type { Trigger } from "./types.ts";

export const PAST_FORM = /^(?:\w+ed|met|sent|held|struck|seized|shot|fought|led|flew|signed)$/i;

export function isFuture(sentence: string, t: Trigger, switches: StepSwitches = ALL_STEPS): boolean {
  const word = sentence.slice(t.start, t.end).split(/\s+/)[0]!;
  const before = sentence.slice(Math.max(0, t.start - 30), t.start);
  if (
    t.rule.pos === "verb" &&
    PAST_FORM.test(word) &&
    !/\b(?:will|would|to|shall)\s+(?:be\s+|have\s+)?$/i.test(before)
  )
    return false;
  return tenseAt(sentence, t.start, t.end, switches) === "future";
}
