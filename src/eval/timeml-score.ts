// Scores day resolution against TimeML TIMEX3 values, and the timeline's dated events against the
// EVENTs a TLINK puts on a day. Definitions (fixed so figures compare across runs and systems):
// - a prediction is day-valued when it resolves to one YYYY-MM-DD; it is correct when it overlaps a
//   gold TIMEX3 with a YYYY-MM-DD value equal to its day;
// - precision = correct / day-valued predictions overlapping any gold TIMEX3 (a prediction where the
//   annotators marked no time cannot be judged: "Aug. 7 bombings" is often left unmarked); the
//   strict precision, over every day-valued prediction, is reported beside it;
// - a gold day-valued TIMEX3 is found when any prediction (day-valued or not) overlaps it;
//   day accuracy = gold found and given its day / gold found; recall = gold given its day / gold.
// - a gold value with a time of day ("2000-01-05TEV", "2000-04-04T09:00") names its day too: a
//   prediction of that day over it is correct (it used to count as wrong), though such TIMEX3 stay
//   out of the day-valued gold set, so recall and day accuracy compare with earlier runs.

import { type EventTimeLink, isDayValue, type TimemlDoc, type TimexSpan } from "./timeml-read.ts";

export interface PredictedTime {
  start: number;
  end: number;
  text: string;
  /** The resolved day, or null when the expression is not one day. */
  day: string | null;
}

export interface DocPrediction {
  doc: TimemlDoc;
  times: PredictedTime[];
}

export interface ResolverScores {
  goldDay: number;
  goldFound: number;
  goldCorrect: number;
  predictedDay: number;
  predictedDayOverlapping: number;
  predictedCorrect: number;
  precision: number;
  precisionStrict: number;
  dayAccuracy: number;
  recall: number;
}

/** The day a gold value names, with or without a time of day; null for weeks, months, years. */
const dayOf = (v: string): string | null => (/^\d{4}-\d\d-\d\d(?:T|$)/.test(v) ? v.slice(0, 10) : null);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => round(a / Math.max(1, b));

export function scoreResolver(preds: readonly DocPrediction[]): ResolverScores {
  let goldDay = 0;
  let goldFound = 0;
  let goldCorrect = 0;
  let predictedDay = 0;
  let overlapping = 0;
  let predictedCorrect = 0;
  for (const { doc, times } of preds) {
    const dayGold = doc.timexes.filter((t) => isDayValue(t.value));
    for (const g of dayGold) {
      goldDay++;
      const over = times.filter((p) => overlaps(p, g));
      if (over.length) goldFound++;
      if (over.some((p) => p.day === g.value)) goldCorrect++;
    }
    for (const p of times) {
      if (!p.day) continue;
      predictedDay++;
      if (doc.timexes.some((g) => overlaps(p, g))) overlapping++;
      if (doc.timexes.some((g) => overlaps(p, g) && dayOf(g.value) === p.day)) predictedCorrect++;
    }
  }
  return {
    goldDay,
    goldFound,
    goldCorrect,
    predictedDay,
    predictedDayOverlapping: overlapping,
    predictedCorrect,
    precision: ratio(predictedCorrect, overlapping),
    precisionStrict: ratio(predictedCorrect, predictedDay),
    dayAccuracy: ratio(goldCorrect, goldFound),
    recall: ratio(goldCorrect, goldDay),
  };
}

/** TLINK types that put the event on the time's day (BEFORE/AFTER/INCLUDES do not). */
const ON_DAY = new Set(["IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY", "BEGINS", "ENDS"]);

export interface DatedEvent {
  docId: string;
  eid: string;
  cls: string;
  text: string;
  start: number;
  end: number;
  day: string;
  timex: TimexSpan;
  /** Every TIMEX3 of the article naming that day (the TLINKed one first): its date words. */
  dayWords: ReadonlyArray<{ start: number; end: number }>;
}

/** The gold EVENTs a TLINK places on a day-valued TIMEX3, one per (event, day). */
export function datedEvents(doc: TimemlDoc): DatedEvent[] {
  const timex = new Map(doc.timexes.map((t) => [t.tid, t]));
  const event = new Map(doc.events.map((e) => [e.eid, e]));
  const seen = new Set<string>();
  const out: DatedEvent[] = [];
  for (const l of doc.links as EventTimeLink[]) {
    const t = timex.get(l.tid);
    const e = event.get(l.eid);
    if (!t || !e || !isDayValue(t.value) || !ON_DAY.has(l.relType)) continue;
    const key = `${e.eid}|${t.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      docId: doc.docId,
      eid: e.eid,
      cls: e.cls,
      text: e.text,
      start: e.start,
      end: e.end,
      day: t.value,
      timex: t,
      dayWords: [t, ...doc.timexes.filter((x) => x !== t && x.value === t.value)],
    });
  }
  return out;
}

/** A timeline event as the scorer needs it: its day and its cited sentences. */
export interface TimelineEvent {
  date: string | null;
  sources: ReadonlyArray<{ docId: string; start: number; end: number }>;
}

export interface EventRecall {
  gold: number;
  /** In an event carrying the gold day whose cited sentence holds the EVENT. */
  hit: number;
  /** Strict: hit, and that event's cited sentences hold the TLINKed TIMEX3 too, so a reader of the
   *  event sees the date words it is dated by (a day carried from elsewhere does not count). */
  hitStrict: number;
  /** Hit, and a cited sentence holds a TIMEX3 of that day (the TLINKed one or another). */
  hitDayWords: number;
  /** Stricter: one cited sentence holds both the EVENT and its TIMEX3 (bounded by the gold EVENTs
   *  whose TIMEX3 is in their own sentence: a TLINK often crosses sentences). */
  hitSameSentence: number;
  /** In some event's cited sentence, whatever its day (a wrong or missing day). */
  inAnyEvent: number;
  recall: number;
  recallStrict: number;
  recallSameSentence: number;
  recallDayWords: number;
  /** The same without REPORTING events ("said"), which the timeline never lists as events. */
  goldNonReporting: number;
  hitNonReporting: number;
  recallNonReporting: number;
}

export type MissReason =
  | "on its day, date words in no cited sentence"
  | "in no timeline event"
  | "in a timeline event without a day"
  | "in a timeline event, other day";

const holds = (s: { docId: string; start: number; end: number }, e: DatedEvent) =>
  s.docId === e.docId && s.start <= e.start && e.end <= s.end;
type Span = { docId: string; start: number; end: number };
const inside = (s: Span, t: { start: number; end: number }) => s.start <= t.start && t.end <= s.end;
/** The sentence holds the EVENT's TLINKed TIMEX3. */
const holdsTimex = (s: Span, e: DatedEvent) => s.docId === e.docId && inside(s, e.timex);
/** The sentence holds date words for the EVENT's day: its TIMEX3, or another of that day in the
 *  article (to a reader, which "Monday" of the article the annotators linked does not matter). */
const holdsDayWords = (s: Span, e: DatedEvent) => s.docId === e.docId && e.dayWords.some((t) => inside(s, t));

export function scoreDatedEvents(
  gold: readonly DatedEvent[],
  events: readonly TimelineEvent[],
  misses?: Array<DatedEvent & { reason: MissReason; got: string[] }>,
): EventRecall {
  let hit = 0;
  let hitStrict = 0;
  let hitSame = 0;
  let hitDayWords = 0;
  let inAny = 0;
  let goldNR = 0;
  let hitNR = 0;
  for (const g of gold) {
    const cited = events.filter((ev) => ev.sources.some((s) => holds(s, g)));
    const ok = cited.some((ev) => ev.date === g.day);
    const onDay = cited.filter((ev) => ev.date === g.day);
    const strict = onDay.some((ev) => ev.sources.some((s) => holdsTimex(s, g)));
    if (onDay.some((ev) => ev.sources.some((s) => holdsDayWords(s, g)))) hitDayWords++;
    if (cited.length) inAny++;
    if (ok) hit++;
    if (strict) hitStrict++;
    if (onDay.some((ev) => ev.sources.some((s) => holds(s, g) && holdsTimex(s, g)))) hitSame++;
    if (g.cls !== "REPORTING") {
      goldNR++;
      if (ok) hitNR++;
    }
    if (strict || !misses) continue;
    const got = cited.map((ev) => ev.date ?? "no day");
    const reason: MissReason = ok
      ? "on its day, date words in no cited sentence"
      : !cited.length
        ? "in no timeline event"
        : cited.every((ev) => !ev.date)
          ? "in a timeline event without a day"
          : "in a timeline event, other day";
    misses.push({ ...g, reason, got });
  }
  return {
    gold: gold.length,
    hit,
    hitStrict,
    hitSameSentence: hitSame,
    hitDayWords,
    inAnyEvent: inAny,
    recall: ratio(hit, gold.length),
    recallStrict: ratio(hitStrict, gold.length),
    recallSameSentence: ratio(hitSame, gold.length),
    recallDayWords: ratio(hitDayWords, gold.length),
    goldNonReporting: goldNR,
    hitNonReporting: hitNR,
    recallNonReporting: ratio(hitNR, goldNR),
  };
}
