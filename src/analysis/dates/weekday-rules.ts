// Which occurrence of a day name around publication is meant: an ordered table of rules, the first
// with an answer wins. A modifier says it outright ("last Friday", "this coming Sunday"); a day
// named as a thing's ("would fight Wednesday's ruling") is the nearer one unless a real verb of
// its clause says otherwise ("Monday's talks will resume"); otherwise the tense decides.

import type { Alternative } from "../steps.ts";
import { tenseAt, tenseEvidence } from "./tense-choice.ts";
import type { MatchCtx } from "./types.ts";

export interface WeekdayQuery {
  c: MatchCtx;
  /** The modifier before the day name, lowercased, spaces collapsed ("" when none). */
  mod: string;
  /** The sentence after the expression. */
  after: string;
  /** Days back to the latest such day on or before publication, and ahead to the next on or after. */
  back: number;
  ahead: number;
}

export interface WeekdayChoice {
  /** Days from publication. */
  offset: number;
  /** The most this choice allows the expression's confidence to be. */
  confidence: number;
}

const BEFORE_MODS = new Set(["this past", "the previous", "previous", "the past"]);
const AHEAD_MODS = new Set(["this coming", "coming", "the coming"]);

export const WEEKDAY_RULES: readonly Alternative<WeekdayQuery, WeekdayChoice>[] = [
  {
    name: "weekday-last-next",
    doc: '"last Tuesday" strictly before publication, "next Tuesday" strictly after',
    try: ({ mod, back, ahead }) =>
      mod === "last"
        ? { offset: -(back || 7), confidence: 0.6 } // "last Tuesday" may also mean a week earlier
        : mod === "next"
          ? { offset: ahead || 7, confidence: 0.6 }
          : null,
  },
  {
    name: "weekday-coming-previous",
    doc: '"this coming Sunday" the next one after publication, "the previous Friday" the one before',
    try: ({ mod, back, ahead }) =>
      AHEAD_MODS.has(mod)
        ? { offset: ahead || 7, confidence: 0.8 }
        : BEFORE_MODS.has(mod)
          ? { offset: -(back || 7), confidence: 0.8 }
          : null,
  },
  {
    name: "weekday-possessive-nearest",
    doc: "\"Wednesday's ruling\" under a weak hint: a thing's day; the nearer one, the past on a tie",
    try: ({ c, after, back, ahead }) => {
      if (!/^['’]s\b/.test(after) || tenseEvidence(c.sentence, c.start, c.end, c.switches).strong)
        return null;
      return { offset: back <= ahead ? -back : ahead, confidence: 0.7 };
    },
  },
  {
    name: "weekday-by-tense",
    doc: "the day the tense points to: ahead for the future, else the latest one (news reports the past week)",
    try: ({ c, back, ahead }) => {
      const tense = tenseAt(c.sentence, c.start, c.end, c.switches);
      return { offset: tense === "future" ? ahead : -back, confidence: tense === "present" ? 0.6 : 1 };
    },
  },
];
