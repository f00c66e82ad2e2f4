// Answer data for /event and /timeline (kept apart from types.ts so the shared file stays small).

import type { SourceRef } from "../types.ts";

/** A cited sentence about an event: `text` is exactly the original file sliced at [start, end). */
export interface EventSource extends SourceRef {
  text: string;
}

export interface EventFigure {
  value: string;
  unit: string | null;
  /** The article's own words for the figure ("killed 11 suspected members"). */
  text: string;
  /** The articles that printed it. */
  docIds: string[];
}

export interface EventConflictCard {
  field: "date" | "figure";
  unit?: string | null;
  values: Array<{ value: string; text: string | null; docIds: string[]; outlets: string[] }>;
}

/** One event as the commands show it. */
export interface EventCard {
  id: string;
  label: string;
  kind: string;
  /** "Strike / attack". */
  kindTitle: string;
  date: string | null;
  dateText: string | null;
  /** How the day was found: in the sentence, from an earlier mention, from "one day after …", from context. */
  dateBasis: "sentence" | "coreference" | "relative" | "context" | "announced" | null;
  /** "planned" when every mention looks ahead ("will meet on Thursday"). */
  status: "reported" | "planned";
  places: string[];
  actors: string[];
  figures: EventFigure[];
  sources: EventSource[];
  /** Where outlets disagree on the day or a figure. */
  conflicts: EventConflictCard[];
  score?: number;
}

export interface EventAnswer {
  command: "event";
  query: string;
  events: EventCard[];
}

export interface TimelineAnswer {
  command: "timeline";
  /** The actor or topic asked for, or null for every event. */
  query: string | null;
  /** The actor the query named, when it named one. */
  actor: string | null;
  /** Dated events, in date order. */
  events: EventCard[];
  /** Events that matched but have no day: left off the timeline. */
  undated: number;
  /** Where the terminal face saves the timeline image (CLI --out), when asked. */
  out?: string;
}
