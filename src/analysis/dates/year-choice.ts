// Dates written without a year ("Sept. 2", "in July"): the year comes from the tense around them.

import { dayOf, fmt, ymd } from "./calendar.ts";
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

export function fullDate(y: number, m: number, d: number, confidence: number): Resolved | null {
  const t = dayOf(y, m, d);
  return t === null ? null : { date: fmt(t), granularity: "day", confidence };
}

/** A month and day, with the year written or chosen by tense. */
export function monthDay(c: MatchCtx, month: number, day: number, year: string | undefined): Resolved | null {
  if (year) return fullDate(Number(year), month, day, 0.95);
  if (dayOf(2000, month, day) === null) return null; // 2000 is a leap year: allows 29 Feb
  if (c.pub === null) return { date: null, granularity: "day", confidence: 0.8 };
  const y = pickYear(c.pub, month, day, yearTense(c));
  return fullDate(y, month, day, 0.85) ?? { date: null, granularity: "day", confidence: 0.5 };
}
