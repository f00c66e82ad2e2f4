// A month without a day: "in July", "last March", "mid-July", "in June last year"; never the month
// of a month-day ("until March 6", "from August 6"), which the longer-reading rule would otherwise
// let win by counting the preposition. "May" and
// "March" count only after an unmistakable time word ("by May" could be Theresa May).

import { monthRange, ymd } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import { MONTH_FULL, MONTH_PREFIX, monthIndex, SAFE_MONTH_PREFIX } from "./vocabulary.ts";
import { pickYear, yearTense } from "./year-choice.ts";

export const MONTH_ALONE: DatePattern = {
  name: "month-alone",
  doc: "in July / last March / mid-July; year from the modifier or the tense",
  re: new RegExp(
    `\\b(?:(?:in|during)\\s+)?(?:(mid-)|(${MONTH_PREFIX})\\s+)${MONTH_FULL}\\b(?![-'’]\\w|\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?:,?\\s+((?:19|20)\\d{2})\\b|\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`,
    "gi",
  ),
  build: (m, c) => {
    const prefix = (m[1] ?? m[2]!).toLowerCase();
    const name = m[3]!;
    // The "i" flag is for the prefix; the month itself must be capitalised ("may", "march").
    if (name !== name[0]!.toUpperCase() + name.slice(1).toLowerCase()) return null;
    if ((name === "May" || name === "March") && !SAFE_MONTH_PREFIX.has(prefix)) return null;
    const month = monthIndex(name);
    // "in mid-July 2024" carries its own year.
    if (m[4])
      return { date: null, granularity: "month", range: monthRange(Number(m[4]), month), confidence: 0.9 };
    if (c.pub === null) return { date: null, granularity: "month", confidence: 0.8 };
    const { y, m: pubMonth } = ymd(c.pub);
    const yearWord = m[5]?.toLowerCase();
    let year: number;
    // "in June last year", "in January of this year".
    if (yearWord) year = y + (yearWord === "last" ? -1 : yearWord === "next" ? 1 : 0);
    else if (prefix === "this") year = y;
    else if (prefix === "last") year = month < pubMonth ? y : y - 1;
    else if (prefix === "next") year = month > pubMonth ? y : y + 1;
    else year = pickYear(c.pub, month, null, yearTense(c));
    return { date: null, granularity: "month", range: monthRange(year, month), confidence: 0.8 };
  },
};
