// The date finder's table: every pattern runs, in this order, over the sentence; overlaps are
// settled afterwards (the longest wins; on a tie, the pattern earlier in the table). The tense
// rules that choose a weekday's week or a month's year are their own table (tense-choice.ts).

import {
  DAY_MONTH,
  ISO_DATE,
  MONTH_DAY,
  MONTH_DAY_SECOND,
  MONTH_YEAR,
  NUMERIC_DATE,
  YEAR,
} from "./absolute.ts";
import { HOLIDAY } from "./holidays.ts";
import { MONTH_ALONE } from "./month-alone.ts";
import type { DatePattern } from "./pattern.ts";
import { AGO, RELATIVE_DAY, RELATIVE_SPAN } from "./relative.ts";
import { WEEKDAY, WEEKEND } from "./weekdays.ts";

export const DATE_PATTERNS: readonly DatePattern[] = [
  ISO_DATE,
  NUMERIC_DATE,
  MONTH_DAY,
  MONTH_DAY_SECOND,
  DAY_MONTH,
  MONTH_YEAR,
  MONTH_ALONE,
  YEAR,
  WEEKDAY,
  RELATIVE_DAY,
  RELATIVE_SPAN,
  AGO,
  WEEKEND,
  HOLIDAY,
];
