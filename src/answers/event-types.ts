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
  /** The articles that printed it (on a card's page, the first EVENT_SOURCE_PAGE; the JSON
   *  lists every one). */
  docIds: string[];
}

export interface EventConflictCard {
  field: "date" | "figure";
  unit?: string | null;
  /** Each value with its articles and their outlets (on a card's page, the first
   *  EVENT_SOURCE_PAGE articles; the JSON lists every one). */
  values: Array<{ value: string; text: string | null; docIds: string[]; outlets: string[] }>;
  /** How many values the outlets give (a card's page holds the first EVENT_CONFLICT_PAGE). */
  valueCount: number;
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
  /** The first EVENT_FIGURE_PAGE figures (the JSON lists every one). */
  figures: EventFigure[];
  figureCount: number;
  /** The cited sentences the faces show: a page of at most EVENT_SOURCE_PAGE (event-cards.ts),
   *  each outlet's first sentence first. The JSON lists every one, in coverage order
   *  (the answer's `fullEvents`). */
  sources: EventSource[];
  /** How many sentences cite the event: the page may show fewer. */
  sourceCount: number;
  /** Where outlets disagree on the day or a figure: the first EVENT_CONFLICT_PAGE (the JSON lists
   *  every one). */
  conflicts: EventConflictCard[];
  conflictCount: number;
  score?: number;
}

export interface EventAnswer {
  command: "event";
  query: string;
  events: EventCard[];
  /** The same events, each card with every source: built only when called (the JSON face). Not
   *  enumerable, so the answer stays plain data; absent on an answer made by hand. */
  readonly fullEvents?: () => EventCard[];
}

export interface TimelineAnswer {
  command: "timeline";
  /** The actor or topic asked for, or null for every event. */
  query: string | null;
  /** The actor the query named, when it named one. */
  actor: string | null;
  /** Dated events, in date order: the first TIMELINE_PAGE (answers/timeline.ts), the ones the
   *  faces draw. The JSON face lists every one (`fullEvents`). */
  events: EventCard[];
  /** How many dated events match: `events` may hold fewer. */
  eventCount: number;
  /** Every dated event's card, in date order, each with every source: built only when called
   *  (the JSON and terminal faces). Not enumerable; absent on an answer made by hand. */
  readonly fullEvents?: () => EventCard[];
  /** Events that matched but have no day: left off the timeline. */
  undated: number;
  /** Where the terminal face saves the timeline image (CLI --out), when asked. */
  out?: string;
}
