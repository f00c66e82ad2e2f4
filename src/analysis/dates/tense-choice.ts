// Which tense governs the words at [start, end) of a sentence: an ordered table of rules, the first
// with evidence wins. A reporting verb right before ("she said Monday") dates the statement;
// otherwise the nearest verb in the same clause, then in the sentence. Reporting verbs elsewhere
// come last: in "X will visit on Tuesday, officials said" the visit is ahead even though the
// sentence is in the past.

import { ALL_STEPS, type Alternative, firstOf, type StepSwitches } from "../steps.ts";
import { scheduledPresentAt } from "./scheduled-present.ts";
import { type Marker, markersOf, REPORTING } from "./tense-markers.ts";
import type { Tense } from "./types.ts";

export interface TenseQuery {
  sentence: string;
  start: number;
  end: number;
  markers: readonly Marker[];
  /** The sentence before `start`. */
  before: string;
  /** The clause: the stretch between punctuation marks around the words. */
  clauseStart: number;
  clauseEnd: number;
}

export interface TenseEvidence {
  tense: Tense;
  /** A real verb/auxiliary rather than a weak hint. */
  strong: boolean;
}

const REPORTING_BEFORE = new RegExp(`\\b(?:${REPORTING}|says|tells)\\b([^.,;:!?"“”]*)$`, "i");

function reportingVerbBefore(q: TenseQuery): TenseEvidence | null {
  const rep = REPORTING_BEFORE.exec(q.before);
  if (!rep) return null;
  const gap = rep[1]!.trim();
  const repStart = rep.index;
  const between = q.markers.filter((m) => m.start > repStart && m.start < q.start);
  // Room for an object: "told the Parliamentary Labour Party (PLP) on Monday".
  if (gap.split(/\s+/).filter(Boolean).length <= 6 && between.length === 0) {
    return { tense: /^(?:says|tells)/i.test(rep[0]) ? "present" : "past", strong: true };
  }
  return null;
}

const markerDistance = (q: TenseQuery, m: Marker): number =>
  m.start < q.start ? q.start - m.start : m.start - q.end;

/** The marker nearest the words among those `pred` accepts. */
function nearestMarker(q: TenseQuery, pred: (m: Marker) => boolean): TenseEvidence | null {
  const c = q.markers.filter(pred).sort((a, b) => markerDistance(q, a) - markerDistance(q, b))[0];
  return c ? { tense: c.tense, strong: c.strong } : null;
}

const outside = (q: TenseQuery) => (m: Marker) => m.start < q.start || (m.start >= q.end && !m.aheadOnly);
const inClause = (q: TenseQuery) => (m: Marker) =>
  m.start >= q.clauseStart && m.start < q.clauseEnd && outside(q)(m);

export const TENSE_RULES: readonly Alternative<TenseQuery, TenseEvidence>[] = [
  {
    name: "tense-scheduled-present",
    doc: '"the two sides meet separately Monday": a present verb of a fixture before the day looks ahead',
    try: (q) =>
      scheduledPresentAt(q.sentence.slice(q.clauseStart, q.start), q.clauseStart, q.markers, q.start) === null
        ? null
        : { tense: "future", strong: true },
  },
  {
    name: "tense-reporting-verb-before",
    doc: 'a reporting verb just before ("said Monday") dates the statement',
    try: reportingVerbBefore,
  },
  {
    name: "tense-clause-strong",
    doc: "the nearest strong non-reporting marker in the same clause",
    try: (q) => nearestMarker(q, (m) => inClause(q)(m) && m.strong && !m.reporting),
  },
  {
    name: "tense-clause-weak",
    doc: "the nearest non-reporting marker, weak ones too, in the same clause",
    try: (q) => nearestMarker(q, (m) => inClause(q)(m) && !m.reporting),
  },
  {
    name: "tense-sentence-strong",
    doc: "the nearest strong non-reporting marker anywhere in the sentence",
    try: (q) => nearestMarker(q, (m) => outside(q)(m) && m.strong && !m.reporting),
  },
  {
    name: "tense-sentence-weak",
    doc: "the nearest non-reporting marker anywhere in the sentence",
    try: (q) => nearestMarker(q, (m) => outside(q)(m) && !m.reporting),
  },
  {
    name: "tense-reporting-elsewhere",
    doc: "last resort: the nearest marker, reporting verbs included",
    try: (q) => nearestMarker(q, outside(q)),
  },
];

// Clause boundaries: punctuation (not the comma of "1,000"), and after the words a subordinate or
// coordinate clause, which has its own verb ("issued a statement Friday saying it will …").
const CLAUSE_MARK = /[;:()—–"“”]|,(?!\d{3}(?!\d))/g;
const CLAUSE_AFTER = new RegExp(
  `${CLAUSE_MARK.source}|\\s(?:saying|that|which|who|because|while|when|and|but|so|if)\\b`,
);

function clauseBounds(sentence: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  for (const m of sentence.slice(0, start).matchAll(CLAUSE_MARK)) from = m.index + 1;
  const to = sentence.slice(end).search(CLAUSE_AFTER);
  return { from, to: to < 0 ? sentence.length : end + to };
}

/** `tenseAt` plus whether the evidence is a real verb/auxiliary rather than a weak hint. */
export function tenseEvidence(
  sentence: string,
  start: number,
  end: number,
  switches: StepSwitches = ALL_STEPS,
): TenseEvidence {
  const before = sentence.slice(0, start);
  const clause = clauseBounds(sentence, start, end);
  const q: TenseQuery = {
    sentence,
    start,
    end,
    markers: markersOf(sentence),
    before,
    clauseStart: clause.from,
    clauseEnd: clause.to,
  };
  return firstOf("dates", TENSE_RULES, q, switches) ?? { tense: "present", strong: false };
}

/** The tense governing the words at [start, end) of `sentence` (see TENSE_RULES). */
export function tenseAt(
  sentence: string,
  start: number,
  end: number,
  switches: StepSwitches = ALL_STEPS,
): Tense {
  return tenseEvidence(sentence, start, end, switches).tense;
}
