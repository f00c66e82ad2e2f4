// Day names: "on Tuesday", "last Friday night", "at the weekend", resolved to the occurrence around
// publication that the tense points to. Shows, papers and holidays named after a day are not dates.

import { firstOf } from "../steps.ts";
import { DAY, fmt, ymd } from "./calendar.ts";
import type { DatePattern } from "./pattern.ts";
import { tenseAt } from "./tense-choice.ts";
import type { MatchCtx, Resolved } from "./types.ts";
import { NAMED_DAY, PAPER_AFTER, SHOW_AFTER, WEEKDAY_RE, WEEKDAYS } from "./vocabulary.ts";
import { WEEKDAY_RULES, type WeekdayQuery } from "./weekday-rules.ts";

function weekday(m: RegExpExecArray, c: MatchCtx): Resolved | null {
  const mod = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
  const dow = WEEKDAYS.indexOf(m[2]!.toLowerCase());
  const before = c.sentence.slice(0, m.index);
  if (!mod && NAMED_DAY.test(before)) return null;
  // "on a Saturday morning", "every Friday": any such day, not one in particular.
  if (!mod && /\b(?:a|every|each|any)\s+$/i.test(before)) return null;
  const after = c.sentence.slice(c.end);
  if (PAPER_AFTER.test(after) || /\bMail\s+on\s+$/.test(c.sentence.slice(0, m.index + m[0].indexOf(m[2]!))))
    return null; // "the Mail on Sunday"
  const showLike = SHOW_AFTER.test(after) || (!mod && /['’]s\s+$/.test(before));
  let confidence = showLike ? 0.3 : 0.8;
  if (c.pub === null) return { date: null, granularity: "day", confidence };
  const pubDow = ymd(c.pub).dow;
  const back = (pubDow - dow + 7) % 7;
  const ahead = (dow - pubDow + 7) % 7;
  const q: WeekdayQuery = { c, mod, after, back, ahead };
  const choice = firstOf("dates", WEEKDAY_RULES, q, c.switches);
  if (!choice) return { date: null, granularity: "day", confidence: Math.min(confidence, 0.5) };
  const offset = choice.offset;
  confidence = Math.min(confidence, choice.confidence);
  return { date: fmt(c.pub + offset * DAY), granularity: "day", confidence };
}

function weekend(mod: string, c: MatchCtx): Resolved {
  if (c.pub === null) return { date: null, granularity: "week", confidence: 0.7 };
  const m = mod.toLowerCase();
  const dow = ymd(c.pub).dow;
  // Saturday of the weekend that has most recently started (or is under way).
  const lastSat = c.pub - ((dow + 1) % 7) * DAY;
  let sat: number;
  if (m === "last") sat = dow === 0 || dow === 6 ? lastSat - 7 * DAY : lastSat;
  else if (m === "next") sat = lastSat + 7 * DAY;
  else if (m === "this") sat = dow === 0 || dow === 6 ? lastSat : lastSat + 7 * DAY;
  else
    sat =
      tenseAt(c.sentence, c.start, c.end, c.switches) === "future" && dow !== 0 ? lastSat + 7 * DAY : lastSat;
  return { date: null, granularity: "week", range: { from: fmt(sat), to: fmt(sat + DAY) }, confidence: 0.6 };
}

export const WEEKDAY: DatePattern = {
  name: "weekday",
  doc: "(on) (last/next/this/this coming/the previous) Tuesday (night): chosen by WEEKDAY_RULES",
  re: new RegExp(
    `(?:\\bon\\s+)?(?:\\b(last|next|this(?:\\s+(?:coming|past))?|(?:the\\s+)?(?:coming|previous)|the\\s+past)\\s+)?\\b${WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
    "gi",
  ),
  build: (m, c) => {
    // Weekday names are capitalised; lowercase "monday" is noise.
    if (m[2]![0] !== m[2]![0]!.toUpperCase()) return null;
    return weekday(m, c);
  },
};

export const WEEKEND: DatePattern = {
  name: "weekend",
  doc: "last/this/next weekend, at/over the weekend",
  re: /\b(?:(last|this|next)|(?:at|over|during)\s+the)\s+weekend\b/gi,
  build: (m, c) => weekend(m[1] ?? "", c),
};
