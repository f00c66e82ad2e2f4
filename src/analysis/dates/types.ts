// The shapes shared by the date patterns, the tense rules and their callers.

import type { StepSwitches } from "../steps.ts";

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

/** What a pattern's match is resolved against. */
export interface MatchCtx {
  sentence: string;
  /** The publication day (UTC ms), or null: then nothing relative resolves. */
  pub: number | null;
  start: number;
  end: number;
  /** Steps switched off (the tense rules consult them). */
  switches: StepSwitches;
}

/** A time expression without its place in the sentence (the pattern's match gives that). */
export type Resolved = Omit<TimeExpression, "start" | "end" | "text">;
