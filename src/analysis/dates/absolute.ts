// Dates that carry their own day, month or year: "2025-09-02", "9/2/2025", "Sept. 2", "2 September",
// "July 2025", "in 2007". A month and day without a year take it from the tense (year-choice.ts).

import { monthRange, yearRange } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import { MONTH_ANY, MONTH_FULL, monthIndex, WEEKDAY_RE } from "./vocabulary.ts";
import { fullDate, monthDay } from "./year-choice.ts";

export const ISO_DATE: DatePattern = {
  name: "iso-date",
  doc: "2025-09-02",
  re: /(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\d)/g,
  build: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3]), 0.95),
};

export const NUMERIC_DATE: DatePattern = {
  name: "numeric-date",
  doc: "9/2/2025, US month-first (the coverage is mostly American)",
  re: /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/-]|\.\d)/g,
  build: (m) => {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return fullDate(y, Number(m[1]), Number(m[2]), 0.85);
  },
};

export const MONTH_DAY: DatePattern = {
  name: "month-day",
  doc: "(on) (Tuesday,) September 2(, 2025) / Sept. 2; no year: chosen by tense",
  re: new RegExp(
    `(?:\\bon\\s+)?(?:\\b${WEEKDAY_RE},?\\s+)?\\b${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)\\b(?:,?\\s+(\\d{4})\\b)?`,
    "g",
  ),
  build: (m, c) => monthDay(c, monthIndex(m[2]!), Number(m[3]), m[4], m[1]),
};

export const MONTH_DAY_SECOND: DatePattern = {
  name: "month-day-second",
  doc: 'the second day of "April 24 and 25" / "Jan. 14-15": same month (and year)',
  re: new RegExp(
    `(?<=\\b${MONTH_ANY}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*)(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]\\d|\\s*(?:%|percent|per\\b|[ap]\\.?m\\b))(?:,?\\s+(\\d{4})\\b)?`,
    "g",
  ),
  build: (m, c) => monthDay(c, monthIndex(m[1]!), Number(m[2]), m[3]),
};

export const DAY_MONTH: DatePattern = {
  name: "day-month",
  doc: "(on) 2 September (2025) / 2nd of September; no year: chosen by tense",
  re: new RegExp(
    `(?:\\bon\\s+)?(?:\\b${WEEKDAY_RE},?\\s+)?(?<![\\d,.])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY}(?!\\w)(?:,?\\s+(\\d{4})\\b)?`,
    "g",
  ),
  build: (m, c) => monthDay(c, monthIndex(m[3]!), Number(m[2]), m[4], m[1]),
};

export const MONTH_YEAR: DatePattern = {
  name: "month-year",
  doc: "(in) July 2025",
  re: new RegExp(`(?:\\b(?:in|of|since|until|by|from)\\s+)?\\b${MONTH_FULL}\\s+((?:19|20)\\d{2})\\b`, "g"),
  build: (m) => ({
    date: null,
    granularity: "month",
    range: monthRange(Number(m[2]), monthIndex(m[1]!)),
    confidence: 0.9,
  }),
};

export const YEAR: DatePattern = {
  name: "year",
  doc: "in 2007 / by 2010 / since 1997 / early 2005",
  re: /\b(?:in|by|since|until|till|before|after|during|from|through|early|late|mid-|end of|start of)\s*((?:19|20)\d{2})(?![\w/-]|[.,]\d)/gi,
  build: (m) => ({ date: null, granularity: "year", range: yearRange(Number(m[1])), confidence: 0.85 }),
};
