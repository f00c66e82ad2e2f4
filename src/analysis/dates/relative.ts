// Days and spans counted from publication: "yesterday", "last night", "this week", "earlier this
// year", "two weeks ago".

import { DAY, fmt, mondayOf, monthRange, yearRange, ymd } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import type { DayRange, Granularity, Resolved } from "./types.ts";
import { NUM, NUMBER_WORDS } from "./vocabulary.ts";

function relativeDay(word: string, pub: number | null): Resolved {
  const w = word.toLowerCase().replace(/\s+/g, " ");
  const offset =
    w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" || w === "tomorrow night" ? 1 : 0;
  // "last night" in a morning paper is the evening before, but online copy may mean the same day.
  const confidence = w === "last night" ? 0.6 : 0.9;
  return { date: pub === null ? null : fmt(pub + offset * DAY), granularity: "day", confidence };
}

function relativeSpan(mod: string, unit: string, pub: number | null): Resolved {
  const g = unit.toLowerCase() as "week" | "month" | "year";
  const m = mod.toLowerCase().replace(/\s+/g, " ");
  if (pub === null) return { date: null, granularity: g, confidence: 0.9 };
  const { y, m: mon } = ymd(pub);
  const step = m === "last" ? -1 : m === "next" ? 1 : 0;
  let range: DayRange;
  if (g === "week") {
    const mon0 = mondayOf(pub) + step * 7 * DAY;
    range = { from: fmt(mon0), to: fmt(mon0 + 6 * DAY) };
  } else if (g === "month") {
    const t = Date.UTC(y, mon - 1 + step, 1);
    range = monthRange(ymd(t).y, ymd(t).m);
  } else {
    range = yearRange(y + step);
  }
  // "earlier this week" ends at publication, "later this week" starts there.
  if (m === "earlier this") range = { from: range.from, to: fmt(pub) };
  if (m === "later this") range = { from: fmt(pub), to: range.to };
  return { date: null, granularity: g, range, confidence: 0.9 };
}

function ago(n: number, unit: string, pub: number | null): Resolved {
  const g = unit.toLowerCase() as Granularity;
  if (pub === null) return { date: null, granularity: g, confidence: 0.8 };
  if (g === "day") return { date: fmt(pub - n * DAY), granularity: "day", confidence: 0.85 };
  if (g === "week") {
    const mon0 = mondayOf(pub) - n * 7 * DAY;
    return {
      date: null,
      granularity: "week",
      range: { from: fmt(mon0), to: fmt(mon0 + 6 * DAY) },
      confidence: 0.6,
    };
  }
  const { y, m } = ymd(pub);
  if (g === "month") {
    const t = Date.UTC(y, m - 1 - n, 1);
    return { date: null, granularity: "month", range: monthRange(ymd(t).y, ymd(t).m), confidence: 0.6 };
  }
  return { date: null, granularity: "year", range: yearRange(y - n), confidence: 0.7 };
}

export const RELATIVE_DAY: DatePattern = {
  name: "relative-day",
  doc: "today, yesterday, tomorrow (night), tonight, last night, this morning",
  re: /\b(?:(?:earlier|later)\s+)?(?:today|yesterday|tomorrow(?:\s+night)?|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi,
  build: (m, c) => {
    // "Today programme" (BBC Radio 4) is a show; capitalised mid-sentence "Today" is a name.
    if (/^Today$/.test(m[0]) && /\w[^\w]*$/.test(c.sentence.slice(0, m.index))) return null;
    const w = m[0].toLowerCase().replace(/^(?:earlier|later)\s+/, "");
    const base = /^this\s|tonight/.test(w) ? "today" : w;
    return relativeDay(base, c.pub);
  },
};

export const RELATIVE_SPAN: DatePattern = {
  name: "relative-span",
  doc: "last/this/next/earlier this/later this week, month or year",
  re: /\b(last|this|next|earlier\s+this|later\s+this)\s+(week|month|year)\b/gi,
  build: (m, c) => relativeSpan(m[1]!, m[2]!, c.pub),
};

export const AGO: DatePattern = {
  name: "ago",
  doc: "n days/weeks/months/years ago",
  re: new RegExp(`\\b${NUM}\\s+(day|week|month|year)s?\\s+ago\\b`, "gi"),
  build: (m, c) => {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
    return ago(n, m[2]!, c.pub);
  },
};
