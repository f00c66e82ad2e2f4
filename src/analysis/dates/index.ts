// Time expressions in one sentence, resolved to calendar days relative to the article's
// publication day. A small hand-written scanner rather than chrono-node: chrono resolves a bare
// weekday to the *closest* one (often in the future for past-tense news copy), treats "may"/"March"
// loosely and has no notion of tense, so we would have to re-check nearly every answer anyway.
// Nothing relative is ever resolved without a publication day: a wrong date is worse than none.
//
// Where each rule lives: the patterns, in order, in steps.ts (absolute.ts, month-alone.ts,
// weekdays.ts, relative.ts); the year of a date written without one in year-choice.ts; the tense
// markers in tense-markers.ts and the tense rules (which verb governs a time word) in tense-choice.ts.

import { stepNames } from "../steps.ts";
import { DATE_PATTERNS } from "./steps.ts";
import { TENSE_RULES } from "./tense-choice.ts";
import { WEEKDAY_RULES } from "./weekday-rules.ts";
import { YEAR_RULES } from "./year-choice.ts";

export { findTimeExpressions } from "./find.ts";
export { tenseAt } from "./tense-choice.ts";
export { tenseOf } from "./tense-markers.ts";
export type { DayRange, Granularity, Tense, TimeExpression } from "./types.ts";

/** The "dates.<step>" names a scorer can switch off: patterns, tense, weekday and year rules. */
export const DATE_STEP_NAMES: readonly string[] = [
  ...stepNames("dates", DATE_PATTERNS),
  ...stepNames("dates", TENSE_RULES),
  ...stepNames("dates", WEEKDAY_RULES),
  ...stepNames("dates", YEAR_RULES),
];
