// Answer data for /actor and /actors (kept apart from types.ts so the shared file stays small).

import type { ActorKind, SourceRef } from "../types.ts";

/** A sentence of the coverage, exactly as printed, with every outlet carrying it. */
export interface CitedText {
  text: string;
  sources: SourceRef[];
}

export interface ActorProfile {
  name: string;
  kind: ActorKind;
  /** Every other way the coverage names this actor. */
  aliases: string[];
  /** Roles and descriptions the coverage gives ("Secretary of State"), most widespread first. */
  descriptions: string[];
  documents: string[];
  mentions: number;
  /** What the actor is quoted saying (from the quotes model), each with its sources. */
  quotes: Array<{ quote: string; sources: SourceRef[] }>;
  /** Sentences where the actor acts or is acted on, best first, each with its sources. */
  statements: CitedText[];
  /** Actors named in the same sentences, with how many sentences they share. */
  related: Array<{ name: string; count: number }>;
}

export interface ActorAnswer {
  command: "actor";
  query: string;
  /** Null when the coverage does not name this actor: never a made-up profile. */
  actor: ActorProfile | null;
  /** Close names the coverage does have (typos, partial names), when `actor` is null. */
  suggestions: string[];
}

export interface ActorsAnswer {
  command: "actors";
  /** 1-based page of `pages`; `total` actors in all. */
  page: number;
  pages: number;
  total: number;
  /** This page's actors, most mentioned first (then by name); `documents` are the docIds of the
   *  articles naming it (as in /actor). */
  actors: Array<{ name: string; kind: ActorKind; mentions: number; documents: string[] }>;
}
