// The shapes the event stages pass along: triggers, mentions (one event in one sentence), the
// clusters of one article and the relations between events ("one day after").

import type { Article, CoverageEvent, EventConflict } from "../../types.ts";
import type { TimeExpression } from "../dates/index.ts";
import type { FigureMention } from "./figures.ts";
import type { EventKind, TriggerRule } from "./kinds.ts";
import type { PlaceMention } from "./places.ts";

/** How an event's day was found. */
export type DateBasis = "sentence" | "coreference" | "relative" | "context" | "announced";

export interface Trigger {
  start: number;
  end: number;
  rule: TriggerRule;
}

/** A sentence of an article, where its passage and offsets are. */
export interface SentenceRef {
  article: Article;
  /** Sentence index within the article. */
  index: number;
  sStart: number;
  sEnd: number;
  sentence: string;
  passageId: string;
}

/** One mention of an event in one sentence. */
export interface Mention extends SentenceRef {
  kind: EventKind;
  triggers: Trigger[];
  main: Trigger;
  label: string;
  labelScore: number;
  anaphoric: boolean;
  future: boolean;
  time: TimeExpression | null;
  figures: FigureMention[];
  places: PlaceMention[];
  actorIds: string[];
  /** An undated past clause that only counts as part of the dated event just before it. */
  continues?: boolean;
  /** Its day is the day an announcement of it in the sentence was made. */
  announced?: boolean;
  /** Everyone the sentence names, when clause-actors kept fewer: "going on about" an event reads them. */
  sentenceActorIds?: string[];
  /** Dated by the clause-times step: the day stood by its own action. */
  ownTime?: boolean;
}

export interface DocCluster {
  kind: EventKind;
  docId: string;
  mentions: Mention[];
  date: string | null;
  dateText: string | null;
  basis: DateBasis | null;
  /** The mention whose sentence gave the day. */
  dateFrom: Mention | null;
}

export interface Relation {
  left: Mention;
  right: Mention;
  /** right's day = left's day + days. */
  days: number;
  text: string;
}

export interface EventOutput extends CoverageEvent {
  status: "reported" | "planned";
  dateBasis: DateBasis | null;
  conflicts: EventConflict[];
}

export type { EventConflict };
