// Holidays named instead of dated: "Thanksgiving Day", "last Christmas", "on Election Day". Each is
// a rule giving its day in a year (US holidays: the coverage is mostly American); the year is the
// occurrence the modifier or the tense points to, as for a weekday.

import { DAY, dayOf, fmt, ymd } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import { tenseAt } from "./tense-choice.ts";
import type { MatchCtx, Resolved } from "./types.ts";

/** The day of the nth (1-based; -1 = last) weekday `dow` (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, dow: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(y, m, 0);
    return last - ((ymd(last).dow - dow + 7) % 7) * DAY;
  }
  const first = Date.UTC(y, m - 1, 1);
  return first + (((dow - ymd(first).dow + 7) % 7) + 7 * (n - 1)) * DAY;
}

/** Easter Sunday (Gregorian, the anonymous algorithm). */
function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return Date.UTC(y, month - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

const fixed = (m: number, d: number) => (y: number) => dayOf(y, m, d)!;

// Lowercased name (spaces collapsed, apostrophes straight) -> its day in a year.
const HOLIDAYS: [RegExp, (y: number) => number][] = [
  [/^thanksgiving( day)?$/, (y) => nthWeekday(y, 11, 4, 4)],
  [/^christmas( day)?$/, fixed(12, 25)],
  [/^christmas eve$/, fixed(12, 24)],
  [/^new year's day$/, fixed(1, 1)],
  [/^new year's eve$/, fixed(12, 31)],
  [/^(independence day|the fourth of july|fourth of july|july fourth)$/, fixed(7, 4)],
  [/^halloween$/, fixed(10, 31)],
  [/^valentine's day$/, fixed(2, 14)],
  [/^memorial day$/, (y) => nthWeekday(y, 5, 1, -1)],
  [/^labor day$/, (y) => nthWeekday(y, 9, 1, 1)],
  [/^veterans day$/, fixed(11, 11)],
  // US Election Day: the Tuesday after the first Monday of November.
  [/^election day$/, (y) => nthWeekday(y, 11, 1, 1) + DAY],
  [/^easter( sunday)?$/, easter],
  [/^good friday$/, (y) => easter(y) - 2 * DAY],
];

const NAMES =
  "Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s\\s+(?:Day|Eve)|Independence\\s+Day|(?:the\\s+)?Fourth\\s+of\\s+July|July\\s+Fourth|Halloween|Valentine['’]s\\s+Day|Memorial\\s+Day|Labor\\s+Day|Veterans\\s+Day|Election\\s+Day|Easter(?:\\s+Sunday)?|Good\\s+Friday";

function holiday(m: RegExpExecArray, c: MatchCtx): Resolved | null {
  const lead = (m[1] ?? "").toLowerCase();
  const name = m[2]!.toLowerCase().replace(/\s+/g, " ").replace("’", "'");
  // A bare "Christmas", "Thanksgiving" or "Easter" is often a season or a meal ("Christmas
  // shopping"): a day only after a time word, or as "… Day".
  if (!lead && /^(christmas|thanksgiving|easter)$/.test(name)) return null;
  const dayIn = HOLIDAYS.find(([re]) => re.test(name))?.[1];
  if (!dayIn) return null;
  if (c.pub === null) return { date: null, granularity: "day", confidence: 0.7 };
  const pub = c.pub;
  const y = ymd(pub).y;
  const [prev, next] = [y - 1, y, y + 1]
    .map(dayIn)
    .reduce<[number, number]>(
      ([p, n], t) => [t <= pub && t > p ? t : p, t >= pub && t < n ? t : n],
      [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
    );
  let t: number;
  if (lead === "last") t = prev === pub ? dayIn(y - 1) : prev;
  else if (lead === "next") t = next === pub ? dayIn(y + 1) : next;
  else if (lead === "this") t = dayIn(y);
  else {
    const tense = tenseAt(c.sentence, c.start, c.end, c.switches);
    t = tense === "future" ? next : tense === "past" ? prev : pub - prev <= next - pub ? prev : next;
  }
  return { date: fmt(t), granularity: "day", confidence: 0.75 };
}

export const HOLIDAY: DatePattern = {
  name: "holiday",
  doc: "(on/last/next) Thanksgiving Day, Christmas, Election Day …: that holiday's day around publication",
  re: new RegExp(
    `(?:\\b(on|last|next|this|since|until|till|before|after|by|at|over)\\s+)?\\b(${NAMES})\\b(?!['’]s)`,
    "gi",
  ),
  build: (m, c) => (/^(?:the\s+)?[A-Z]/.test(m[2]!) ? holiday(m, c) : null),
};
