// Dates written without a year ("Sept. 2", "Saturday, April 25", "in July"): the year comes from an
// ordered table of rules, the first with an answer wins — a weekday written beside the date, then
// the nearest occurrence when the tense would put it most of a year away, then the tense around the
// words.

import { type Alternative, firstOf } from "../steps.ts";
import { DAY, dayOf, fmt, ymd } from "./calendar.ts";
import { tenseEvidence } from "./tense-choice.ts";
import type { MatchCtx, Resolved, Tense } from "./types.ts";

/** Tense for choosing a year. */
export function yearTense(c: MatchCtx): Tense {
  return tenseEvidence(c.sentence, c.start, c.end, c.switches).tense;
}

/** Pick the year for a month(/day) written without one, by tense. */
export function pickYear(pub: number, month: number, day: number | null, tense: Tense): number {
  const { y } = ymd(pub);
  const at = (yy: number) => dayOf(yy, month, day ?? 1) ?? Date.UTC(yy, month - 1, 28);
  // For month granularity compare whole months: "in September" published Sept 3 is this September.
  const pubKey = day === null ? Date.UTC(y, ymd(pub).m - 1, 1) : pub;
  if (tense === "past") return at(y) <= pubKey ? y : y - 1;
  if (tense === "future") return at(y) >= pubKey ? y : y + 1;
  // Ambiguous: whichever occurrence is closer, the past one on a tie.
  const prev = at(y) <= pubKey ? y : y - 1;
  const next = prev + 1;
  return at(next) - pubKey < pubKey - at(prev) ? next : prev;
}

interface YearQuery {
  c: MatchCtx & { pub: number };
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday when a weekday is written beside the date ("Saturday, April 25"). */
  weekday: number | null;
}

// A month-day that a past tense or a weak hint would put this far from publication (8 months and
// more) is nearly always the other occurrence, a few weeks away: "invited them to a ceremony on
// March 12" in February is this March; "would fight the order to return him by Jan. 14" in a
// 15 January article is the day before. Six months back stays as the tense says ("shot to death
// Oct. 23" in May), and so does a plain future ("will take place on 1 September" two days after).
const FAR_DAYS = 240;
export const YEAR_RULES: readonly Alternative<YearQuery, number>[] = [
  {
    name: "year-weekday-beside-date",
    doc: '"Saturday, April 25": the year around publication in which that day is that weekday',
    try: ({ c, month, day, weekday }) => {
      if (weekday === null) return null;
      const y = ymd(c.pub).y;
      return (
        [y, y - 1, y + 1].find((yy) => new Date(dayOf(yy, month, day) ?? 0).getUTCDay() === weekday) ?? null
      );
    },
  },
  {
    name: "year-near-publication",
    doc: "a month-day a past tense or a weak hint would put 8+ months away: the nearest one instead",
    try: ({ c, month, day }) => {
      const ev = tenseEvidence(c.sentence, c.start, c.end, c.switches);
      if (ev.tense === "future" && ev.strong) return null;
      const t = dayOf(pickYear(c.pub, month, day, ev.tense), month, day);
      return t !== null && Math.abs(t - c.pub) > FAR_DAYS * DAY
        ? pickYear(c.pub, month, day, "present")
        : null;
    },
  },
  {
    name: "year-by-tense",
    doc: "a month-day's year from the tense: the last one for the past, the next for the future",
    try: ({ c, month, day }) => pickYear(c.pub, month, day, yearTense(c)),
  },
];

export function fullDate(y: number, m: number, d: number, confidence: number): Resolved | null {
  const t = dayOf(y, m, d);
  return t === null ? null : { date: fmt(t), granularity: "day", confidence };
}

const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A month and day, with the year written or chosen by YEAR_RULES; `weekday` as written beside it. */
export function monthDay(
  c: MatchCtx,
  month: number,
  day: number,
  year: string | undefined,
  weekday?: string,
): Resolved | null {
  if (year) return fullDate(Number(year), month, day, 0.95);
  if (dayOf(2000, month, day) === null) return null; // 2000 is a leap year: allows 29 Feb
  if (c.pub === null) return { date: null, granularity: "day", confidence: 0.8 };
  const dow = weekday ? WEEKDAY_NAMES.indexOf(weekday.toLowerCase()) : -1;
  const q: YearQuery = { c: { ...c, pub: c.pub }, month, day, weekday: dow < 0 ? null : dow };
  const y = firstOf("dates", YEAR_RULES, q, c.switches) ?? pickYear(c.pub, month, day, yearTense(c));
  return fullDate(y, month, day, 0.85) ?? { date: null, granularity: "day", confidence: 0.5 };
}
