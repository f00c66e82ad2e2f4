import { CARDINALS } from "./numbers.ts";
// Time expressions in one sentence, resolved to calendar days relative to the article's
// publication day. A small hand-written scanner rather than chrono-node: chrono resolves a bare
// weekday to the *closest* one (often in the future for past-tense news copy), treats "may"/"March"
// loosely and has no notion of tense, so we would have to re-check nearly every answer anyway.
// Nothing relative is ever resolved without a publication day: a wrong date is worse than none.

export type Tense = "past" | "future" | "present";
export type Granularity = "day" | "week" | "month" | "year";

export interface DayRange {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  to: string;
}

export interface TimeExpression {
  /** [start, end) offsets within the sentence. */
  start: number;
  end: number;
  /** The article's own words ("on Tuesday", "last week", "Sept. 2"). */
  text: string;
  /** YYYY-MM-DD when a single day is meant and can be resolved, else null. */
  date: string | null;
  granularity: Granularity;
  /** The days covered, for weeks/months/years (and vague spans like "earlier this year"). */
  range?: DayRange;
  /** 0..1: how sure we are that this is a time expression resolved correctly. */
  confidence: number;
}

// ---------------------------------------------------------------- calendar arithmetic (UTC days)

const DAY = 86_400_000;

function dayOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  // Reject 31 September and friends instead of letting Date roll them over.
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? t : null;
}

function parsePublished(published: string | null): number | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

function fmt(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

const ymd = (t: number) => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, dow: d.getUTCDay() };
};

function monthRange(y: number, m: number): DayRange {
  return { from: fmt(Date.UTC(y, m - 1, 1)), to: fmt(Date.UTC(y, m, 0)) };
}

function yearRange(y: number): DayRange {
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Monday of the ISO week containing t (news weeks run Monday–Sunday). */
function mondayOf(t: number): number {
  return t - ((ymd(t).dow + 6) % 7) * DAY;
}

// ---------------------------------------------------------------- tense

interface Marker {
  start: number;
  tense: Tense;
  /** Weak markers (bare -ed words, "would", "next") only count when nothing stronger is around. */
  strong: boolean;
  /** Reporting verbs date the *statement*, not necessarily the event reported. */
  reporting: boolean;
}

const REPORTING = "said|told|announced|wrote|added|confirmed|stated|declared|tweeted|posted|insisted|warned";
const IRREGULAR_PAST =
  "met|held|went|came|took|gave|made|saw|spoke|sent|left|won|lost|began|led|brought|fought|struck|ran|rose|fell|flew|found|got|heard|kept|knew|paid|sold|stood|thought|became|broke|chose|drove|grew|hid|meant|shot|sank|seized|stole|swore|threw|wore|died|killed";
// Words ending in -ed that are nearly always adjectives in news copy.
const ED_ADJECTIVES = new Set([
  "suspected",
  "alleged",
  "armed",
  "united",
  "based",
  "detailed",
  "designated",
  "proposed",
  "so-called",
  "limited",
  "red",
  "bed",
  "need",
  "speed",
  "feed",
  "seed",
  "indeed",
  "hundred",
  "interested",
  "concerned",
  "related",
  "elected",
  "embattled",
  "sacred",
  "wicked",
  "naked",
  "beloved",
]);

const MARKER_PATTERNS: { re: RegExp; tense: Tense; strong: boolean; reporting?: boolean }[] = [
  {
    // British copy's "is to launch" is a future too, as is a bare "expected to"/"due to".
    re: /\b(?:will|shall|won['’]t)\b|['’]ll\b|\b(?:is|are|am)\s+to\b|\b(?:(?:is|are|am|was|were)\s+)?(?:scheduled|expected|due|set|slated|poised|going|planning|preparing)\s+to\b|\b(?:plans?|planning|intends?|intending)\s+to\b/gi,
    tense: "future",
    strong: true,
  },
  { re: /\b(?:would|next|upcoming)\b/gi, tense: "future", strong: false },
  // Lowercase modals look ahead ("should make a statement on Thursday"); case-sensitive for May.
  { re: /\b(?:should|could|might|must|may)\s+(?!have\b)[a-z]+/g, tense: "future", strong: false },
  { re: new RegExp(`\\b(?:${REPORTING})\\b`, "gi"), tense: "past", strong: true, reporting: true },
  { re: /\b(?:says|tells)\b/gi, tense: "present", strong: true, reporting: true },
  // Present perfect ("has met", "have been") reports something that already happened.
  {
    re: new RegExp(
      `\\b(?:was|were|had|did|ago|yesterday|(?:has|have)\\s+(?:\\w+ly\\s+)?(?:been|\\w+ed|${IRREGULAR_PAST}))\\b`,
      "gi",
    ),
    tense: "past",
    strong: true,
  },
  // A participle after "be" ("will be held") takes its tense from the auxiliary, so skip it.
  {
    re: new RegExp(
      `(?<!\\b(?:be|been|being|to|is|are|am|was|were|already)\\s+)\\b(?:${IRREGULAR_PAST})\\b`,
      "gi",
    ),
    tense: "past",
    strong: true,
  },
  { re: /\b(?:is|are|am)\b/gi, tense: "present", strong: true },
  {
    re: /(?<!\b(?:be|been|being|to|get|got|already)\s+)\b[a-z][a-z-]{2,}ed\b/g,
    tense: "past",
    strong: false,
  },
];

function markersOf(sentence: string): Marker[] {
  const out: Marker[] = [];
  for (const p of MARKER_PATTERNS) {
    for (const m of sentence.matchAll(p.re)) {
      if (!p.strong && p.tense === "past" && ED_ADJECTIVES.has(m[0].toLowerCase())) continue;
      // "ago"/"yesterday"/"last" are time expressions themselves; they still tell the tense.
      out.push({ start: m.index, tense: p.tense, strong: p.strong, reporting: p.reporting ?? false });
    }
  }
  // One word can match twice (e.g. "killed" as irregular and as -ed); keep the strongest.
  out.sort((a, b) => a.start - b.start || Number(b.strong) - Number(a.strong));
  return out.filter((m, i) => i === 0 || out[i - 1]!.start !== m.start);
}

/**
 * The tense of a whole sentence: "future" when it speaks of anything ahead (future markers are
 * rare and explicit, so they win), "past" when it has any past verb, else "present".
 */
export function tenseOf(sentence: string): Tense {
  const ms = markersOf(sentence);
  if (ms.some((m) => m.tense === "future" && m.strong)) return "future";
  if (ms.some((m) => m.tense === "past")) return "past";
  if (ms.some((m) => m.tense === "future")) return "future";
  return "present";
}

/**
 * The tense governing the words at [start, end): a reporting verb right before ("she said
 * Monday") dates the statement; otherwise the nearest verb in the same clause, then in the
 * sentence. Reporting verbs elsewhere come last: in "X will visit on Tuesday, officials said" the
 * visit is ahead even though the sentence is in the past.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  return tenseEvidence(sentence, start, end).tense;
}

/** `tenseAt` plus whether the evidence is a real verb/auxiliary rather than a weak hint. */
function tenseEvidence(sentence: string, start: number, end: number): { tense: Tense; strong: boolean } {
  const ms = markersOf(sentence);
  const before = sentence.slice(0, start);
  const rep = new RegExp(`\\b(?:${REPORTING}|says|tells)\\b([^.,;:!?"“”]*)$`, "i").exec(before);
  if (rep) {
    const gap = rep[1]!.trim();
    const repStart = rep.index;
    const between = ms.filter((m) => m.start > repStart && m.start < start);
    // Room for an object: "told the Parliamentary Labour Party (PLP) on Monday".
    if (gap.split(/\s+/).filter(Boolean).length <= 6 && between.length === 0) {
      return { tense: /^(?:says|tells)/i.test(rep[0]) ? "present" : "past", strong: true };
    }
  }
  // Clause = the stretch between punctuation marks around the expression.
  const cStart =
    Math.max(...[",", ";", ":", "(", ")", "—", "–", '"', "“", "”"].map((c) => before.lastIndexOf(c))) + 1;
  const afterRel = sentence.slice(end).search(/[,;:()—–"“”]/);
  const cEnd = afterRel < 0 ? sentence.length : end + afterRel;
  const dist = (m: Marker) => (m.start < start ? start - m.start : m.start - end);
  const pick = (pred: (m: Marker) => boolean) => {
    const c = ms.filter(pred).sort((a, b) => dist(a) - dist(b))[0];
    return c ? { tense: c.tense, strong: c.strong } : null;
  };
  const inClause = (m: Marker) => m.start >= cStart && m.start < cEnd && (m.start < start || m.start >= end);
  const outside = (m: Marker) => m.start < start || m.start >= end;
  return (
    pick((m) => inClause(m) && m.strong && !m.reporting) ??
    pick((m) => inClause(m) && !m.reporting) ??
    pick((m) => outside(m) && m.strong && !m.reporting) ??
    pick((m) => outside(m) && !m.reporting) ??
    pick(outside) ?? { tense: "present", strong: false }
  );
}

// ---------------------------------------------------------------- vocabulary

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
// Month names are matched case-sensitively (capitalised) so the modal "may" and verb "march" never match.
const MONTH_FULL = "(January|February|March|April|May|June|July|August|September|October|November|December)";
const MONTH_ANY =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const monthIndex = (name: string): number =>
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(
    name.slice(0, 3).toLowerCase(),
  ) + 1;
// Counts of days or weeks in dates stay small: "a week", "two days", up to "ten".
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n <= 10)),
};
// "Super Tuesday", "Good Friday": named days, not "the Tuesday around publication".
const NAMED_DAY = /\b(?:Good|Black|Easter|Palm|Ash|Super|Bloody|Cyber|Maundy|Shrove|Holy|Whit)\s+$/;
// "GMTV's Sunday programme", "the Sunday Times": a show or paper named after a day.
const SHOW_AFTER =
  /^\s+(?:programme|program|show|edition|paper|newspaper|supplement|trading|AM|Politics|Night|Live)\b/;
// "the Sunday Times", "Sunday Telegraph journalist": a newspaper's name, no date at all.
const PAPER_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|People|Mail|Independent|Sport|Sun)\b/;

// ---------------------------------------------------------------- rules

interface Ctx {
  sentence: string;
  pub: number | null;
  start: number;
  end: number;
}
type Resolved = Omit<TimeExpression, "start" | "end" | "text">;
interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray, c: Ctx) => Resolved | null;
}

/** Tense for choosing a year. */
function yearTense(c: Ctx): Tense {
  return tenseEvidence(c.sentence, c.start, c.end).tense;
}

/** Pick the year for a month(/day) written without one, by tense. */
function pickYear(pub: number, month: number, day: number | null, tense: Tense): number {
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

function fullDate(y: number, m: number, d: number, confidence: number): Resolved | null {
  const t = dayOf(y, m, d);
  return t === null ? null : { date: fmt(t), granularity: "day", confidence };
}

function monthDay(c: Ctx, month: number, day: number, year: string | undefined): Resolved | null {
  if (year) return fullDate(Number(year), month, day, 0.95);
  if (dayOf(2000, month, day) === null) return null; // 2000 is a leap year: allows 29 Feb
  if (c.pub === null) return { date: null, granularity: "day", confidence: 0.8 };
  const y = pickYear(c.pub, month, day, yearTense(c));
  return fullDate(y, month, day, 0.85) ?? { date: null, granularity: "day", confidence: 0.5 };
}

function weekday(m: RegExpExecArray, c: Ctx): Resolved | null {
  const mod = (m[1] ?? "").toLowerCase();
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
  let offset: number;
  if (mod === "last") {
    offset = -(back || 7); // strictly before; "last Tuesday" may also mean a week earlier
    confidence = 0.6;
  } else if (mod === "next") {
    offset = ahead || 7;
    confidence = 0.6;
  } else {
    const tense = tenseAt(c.sentence, c.start, c.end);
    // Present/ambiguous behaves like past: news mostly reports what happened in the last week.
    offset = tense === "future" ? ahead : -back;
    if (tense === "present") confidence = Math.min(confidence, 0.6);
  }
  return { date: fmt(c.pub + offset * DAY), granularity: "day", confidence };
}

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

function weekend(mod: string, c: Ctx): Resolved {
  if (c.pub === null) return { date: null, granularity: "week", confidence: 0.7 };
  const m = mod.toLowerCase();
  const dow = ymd(c.pub).dow;
  // Saturday of the weekend that has most recently started (or is under way).
  const lastSat = c.pub - ((dow + 1) % 7) * DAY;
  let sat: number;
  if (m === "last") sat = dow === 0 || dow === 6 ? lastSat - 7 * DAY : lastSat;
  else if (m === "next") sat = lastSat + 7 * DAY;
  else if (m === "this") sat = dow === 0 || dow === 6 ? lastSat : lastSat + 7 * DAY;
  else sat = tenseAt(c.sentence, c.start, c.end) === "future" && dow !== 0 ? lastSat + 7 * DAY : lastSat;
  return { date: null, granularity: "week", range: { from: fmt(sat), to: fmt(sat + DAY) }, confidence: 0.6 };
}

const NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;
// Month alone: "May" and "March" only after an unmistakable time word ("by May" could be Theresa May).
const MONTH_PREFIX =
  "in|since|until|till|during|before|after|from|through|by|last|next|this|early|late|mid|end of|beginning of|start of";
const SAFE_MONTH_PREFIX = new Set([
  "in",
  "since",
  "until",
  "till",
  "during",
  "last",
  "next",
  "this",
  "early",
  "late",
  "mid-",
  "mid",
]);

const RULES: Rule[] = [
  // 2025-09-02
  {
    re: /(?<![\w/.-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\d)/g,
    build: (m) => fullDate(Number(m[1]), Number(m[2]), Number(m[3]), 0.95),
  },
  // 9/2/2025 — US month-first, as the coverage is mostly American.
  {
    re: /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\w/-]|\.\d)/g,
    build: (m) => {
      const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
      return fullDate(y, Number(m[1]), Number(m[2]), 0.85);
    },
  },
  // (on) (Tuesday,) September 2(, 2025) / Sept. 2
  {
    re: new RegExp(
      `(?:\\bon\\s+)?(?:\\b${WEEKDAY_RE},?\\s+)?\\b${MONTH_ANY}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d)\\b(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    build: (m, c) => monthDay(c, monthIndex(m[2]!), Number(m[3]), m[4]),
  },
  // (on) 2 September (2025) / 2nd of September
  {
    re: new RegExp(
      `(?:\\bon\\s+)?(?:\\b${WEEKDAY_RE},?\\s+)?(?<![\\d,.])\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ANY}(?!\\w)(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    build: (m, c) => monthDay(c, monthIndex(m[3]!), Number(m[2]), m[4]),
  },
  // (in) July 2025
  {
    re: new RegExp(`(?:\\b(?:in|of|since|until|by|from)\\s+)?\\b${MONTH_FULL}\\s+((?:19|20)\\d{2})\\b`, "g"),
    build: (m) => ({
      date: null,
      granularity: "month",
      range: monthRange(Number(m[2]), monthIndex(m[1]!)),
      confidence: 0.9,
    }),
  },
  // in July / last March / mid-July
  {
    re: new RegExp(
      `\\b(?:(?:in|during)\\s+)?(?:(mid-)|(${MONTH_PREFIX})\\s+)${MONTH_FULL}\\b(?![-'’]\\w)(?:,?\\s+((?:19|20)\\d{2})\\b|\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`,
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
  },
  // in 2007 / by 2010 / since 1997 / early 2005
  {
    re: /\b(?:in|by|since|until|till|before|after|during|from|through|early|late|mid-|end of|start of)\s*((?:19|20)\d{2})(?![\w/-]|[.,]\d)/gi,
    build: (m) => ({ date: null, granularity: "year", range: yearRange(Number(m[1])), confidence: 0.85 }),
  },
  // (on) (last/next/this) Tuesday (night)
  {
    re: new RegExp(
      `(?:\\bon\\s+)?(?:\\b(last|next|this)\\s+)?\\b${WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
      "gi",
    ),
    build: (m, c) => {
      // Weekday names are capitalised; lowercase "monday" is noise.
      if (m[2]![0] !== m[2]![0]!.toUpperCase()) return null;
      return weekday(m, c);
    },
  },
  {
    re: /\b(?:(?:earlier|later)\s+)?(?:today|yesterday|tomorrow(?:\s+night)?|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi,
    build: (m, c) => {
      // "Today programme" (BBC Radio 4) is a show; capitalised mid-sentence "Today" is a name.
      if (/^Today$/.test(m[0]) && /\w[^\w]*$/.test(c.sentence.slice(0, m.index))) return null;
      const w = m[0].toLowerCase().replace(/^(?:earlier|later)\s+/, "");
      const base = /^this\s|tonight/.test(w) ? "today" : w;
      return relativeDay(base, c.pub);
    },
  },
  {
    re: /\b(last|this|next|earlier\s+this|later\s+this)\s+(week|month|year)\b/gi,
    build: (m, c) => relativeSpan(m[1]!, m[2]!, c.pub),
  },
  {
    re: new RegExp(`\\b${NUM}\\s+(day|week|month|year)s?\\s+ago\\b`, "gi"),
    build: (m, c) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
      return ago(n, m[2]!, c.pub);
    },
  },
  {
    re: /\b(?:(last|this|next)|(?:at|over|during)\s+the)\s+weekend\b/gi,
    build: (m, c) => weekend(m[1] ?? "", c),
  },
];

/**
 * Every time expression in `sentence`, left to right, without overlaps (the longest wins).
 * `published` is the article's day (YYYY-MM-DD); without it only self-contained dates resolve.
 */
export function findTimeExpressions(sentence: string, published: string | null): TimeExpression[] {
  const pub = parsePublished(published);
  const found: TimeExpression[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of sentence.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      const r = rule.build(m as RegExpExecArray, { sentence, pub, start, end });
      if (r) found.push({ start, end, text: m[0], ...r });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TimeExpression[] = [];
  for (const t of found) {
    const clash = out.find((o) => t.start < o.end && o.start < t.end);
    if (!clash) out.push(t);
    else if (t.end - t.start > clash.end - clash.start) out.splice(out.indexOf(clash), 1, t);
  }
  return out.sort((a, b) => a.start - b.start);
}
