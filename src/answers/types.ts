// Answer data: what each command returns, before any rendering. Renderers (Discord,
// terminal, JSON) turn these into output; none of them computes anything of its own.

import type { SourceRef } from "../types.ts";
import type { ActorAnswer, ActorsAnswer } from "./actor-types.ts";
import type { DirectAnswer } from "./direct-answer-types.ts";
import type { EventAnswer, TimelineAnswer } from "./event-types.ts";
import type { QuotesAnswer, SaidAbout, WhoSaidAnswer } from "./quote-types.ts";

export type { EventAnswer, EventCard, TimelineAnswer } from "./event-types.ts";

export type { QuotationMatch, QuoteRow, QuotesAnswer, WhoSaidAnswer } from "./quote-types.ts";

import type { IngestAnswer, ReloadAnswer } from "./admin-types.ts";

/** A cited piece of coverage text. `text` is exactly the original file sliced at [start, end). */
export interface Excerpt {
  docId: string;
  passageId: string;
  text: string;
  score: number;
  outlet: string | null;
  url: string | null;
  published: string | null;
  start: number;
  end: number;
  title: string;
  /** [start, end) ranges within `text` of the words that matched the query. */
  highlights: Array<[number, number]>;
  /** Every article carrying this text (wire copy); the first is the excerpt's own. */
  sources: SourceRef[];
  /** The article's headline with its link, when the question matched it; else null. */
  headline?: HeadlineHit | null;
}

/** A headline the question matched: cited with the article's link. */
export interface HeadlineHit {
  text: string;
  url: string | null;
  /** [start, end) ranges within `text` of the words that matched the query. */
  highlights: Array<[number, number]>;
}

/** A word of a question corrected before it was searched. */
export interface Correction {
  /** The word as typed, and the word searched instead. */
  from: string;
  to: string;
}

export interface AskAnswer {
  command: "ask";
  query: string;
  results: Excerpt[];
  /** The one-line answer to a how many / how much / when / who / where question, or null. */
  answer?: DirectAnswer | null;
  /** With no result, or with results for the corrected question: the question's words that no
   *  passage or headline uses (often a misspelling). */
  unseenWords?: string[];
  /** When the question as typed found nothing and a spelling correction did: the question searched
   *  (`results` are its), and each word replaced. */
  correctedQuery?: string;
  corrections?: Correction[];
  /** "What did X say about Y": the speaker's quotations on the topic, shown before the excerpts
   *  (absent for a question of another shape or a speaker the coverage never quotes). */
  said?: SaidAbout;
}

export interface SourceEntry {
  docId: string;
  outlet: string | null;
  title: string;
  url: string | null;
  published: string | null;
  passages: number;
  /** With --explain: what cleaning dropped, and why. */
  dropped?: Array<{ reason: string; text: string; start: number; end: number }>;
}

export interface SourcesAnswer {
  command: "sources";
  /** 1-based page of `pages`; `total` articles in all. */
  page: number;
  pages: number;
  total: number;
  /** This page's articles, in corpus order. */
  sources: SourceEntry[];
  /** Files that could not be used, and why. */
  skipped: Array<{ file: string; reason: string }>;
}

export interface HelpAnswer {
  command: "help";
  commands: Array<{ name: string; usage: string; description: string }>;
}

/** A suggestion for a partly typed option value (Discord autocomplete, console tab). */
export interface Choice {
  name: string;
  value: string;
}

export interface ErrorAnswer {
  command: string;
  error: string;
  /** Set when the command cannot answer yet because the answer indexes are warming up. */
  warming?: true;
}

export type Answer =
  | AskAnswer
  | SourcesAnswer
  | HelpAnswer
  | ReloadAnswer
  | IngestAnswer
  | WhoSaidAnswer
  | QuotesAnswer
  | EventAnswer
  | TimelineAnswer
  | ActorAnswer
  | ActorsAnswer
  | ErrorAnswer;

export function isError(a: { command: string }): a is ErrorAnswer {
  return "error" in a;
}
