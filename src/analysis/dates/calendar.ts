// Calendar arithmetic on UTC days (ms since the epoch at 00:00 UTC).

import type { DayRange } from "./types.ts";

export const DAY = 86_400_000;

export function dayOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  // Reject 31 September and friends instead of letting Date roll them over.
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? t : null;
}

export function parsePublished(published: string | null): number | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function fmt(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export const ymd = (t: number) => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, dow: d.getUTCDay() };
};

export function monthRange(y: number, m: number): DayRange {
  return { from: fmt(Date.UTC(y, m - 1, 1)), to: fmt(Date.UTC(y, m, 0)) };
}

export function yearRange(y: number): DayRange {
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Monday of the ISO week containing t (news weeks run Monday–Sunday). */
export function mondayOf(t: number): number {
  return t - ((ymd(t).dow + 6) % 7) * DAY;
}
