// Answer data for /whosaid and /quotes (kept apart from types.ts so the shared file stays small).

import type { QuoteKind, SourceRef } from "../types.ts";

/** One quotation as the coverage carries it, with every outlet carrying it. */
export interface QuotationMatch {
  /** Canonical actor name, or the article's words for an unnamed source; null when unattributed. */
  speaker: string | null;
  speakerId: string | null;
  /** The quoted words exactly as the first source printed them. */
  quote: string;
  kind: QuoteKind;
  /** The reporting cue at the first attributed source ("said", "wrote"). */
  cue: string | null;
  /** When and where it was said, in the article's own words, when the article says so. */
  when: { text: string; date: string | null } | null;
  occasion: string | null;
  /** Every source, the best one first; start/end are the quotation's offsets in that article. */
  sources: SourceRef[];
  /** Who each outlet credits, when outlets differ (or one, when they agree). */
  attributions: Array<{ speaker: string | null; docIds: string[] }>;
  score?: number;
  /**
   * Reported speech only (kind "reported"): "reported by <outlet>, not a direct quotation". `quote`
   * is then the article's paraphrase of what the speaker said, never the speaker's own words.
   */
  paraphrase?: string;
}

export interface WhoSaidAnswer {
  command: "whosaid";
  query: string;
  matches: QuotationMatch[];
}

/** A quotation in corpus order (the flat JSON listing). */
export interface QuoteRow {
  speaker: string | null;
  quote: string;
  kind: QuoteKind;
  cue: string | null;
  docId: string;
  start: number;
  end: number;
  /** Reported speech only: "reported by <outlet>, not a direct quotation". */
  paraphrase?: string;
}

export interface QuotesAnswer {
  command: "quotes";
  /** The speaker asked for (canonical name), or null for every quotation. */
  speaker: string | null;
  query: string | null;
  page: number;
  pages: number;
  total: number;
  /** This page's quotations, each with all its sources. */
  items: QuotationMatch[];
  /** Every quotation of the speaker (or all), in corpus order. */
  quotes: QuoteRow[];
}

/** What a speaker said on a topic, as /ask gives it. */
export interface SaidAbout {
  /** The speaker's canonical name. */
  speaker: string;
  /** The topic as asked. */
  topic: string;
  /** The speaker's quotations on the topic, best first; empty when none holds its words. */
  matches: QuotationMatch[];
}
