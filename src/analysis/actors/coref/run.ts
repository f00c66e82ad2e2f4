// The state of one article's coreference pass (mentions.ts), shared with the description readers
// (described-person.ts): what it needs, what it has read so far and what it has resolved.

import type { Actor, Mention } from "../../../types.ts";
import type { Gender } from "../gender.ts";
import type { PersonFacts } from "./attributes.ts";
import { sentIndex } from "./positions.ts";
import type { ArticleCoref, corefReadOptions } from "./read-coref.ts";

/** What the model's coreference pass needs of one article. */
export interface CorefInput {
  docId: string;
  text: string;
  /** Offset where the body starts (after front matter). */
  bodyStart: number;
  sentences: ReadonlyArray<{ start: number; end: number; para: number }>;
  /** Name, surname, acronym and alias mentions of the article, in text order. */
  named: readonly Mention[];
  byId: ReadonlyMap<string, Actor>;
  /** Quotations [opening mark, closing mark] in text order (spans.ts). */
  quoted: ReadonlyArray<readonly [number, number]>;
  /** Filled with each person's gender in this article (known or learned). */
  genders?: Map<string, "male" | "female">;
}

export interface Cand {
  actorId: string;
  at: number;
  para: number;
  /** The subject of a speech verb (or an inverted tag's name). */
  speaker: boolean;
  /** (an object) The subject of a clause after "but" (switch "coref-clause-subject"). */
  inClause?: boolean;
}

/** One article's coreference as it runs: what it has read so far and what it has resolved. */
export interface CorefRun {
  inp: CorefInput;
  out: Mention[];
  /** Gender per person: an honorific at any mention, else the given name. */
  gender: Map<string, Gender>;
  /** Gender learnt from the pronouns resolved to a person of unknown gender. */
  learned: Map<string, Gender>;
  /** Persons named (or resolved) as subjects so far, in text order. */
  recent: Cand[];
  /** Persons named in other roles so far. */
  allObjects: Cand[];
  corefRead: ArticleCoref | null;
  demonym: boolean; // switch "coref-demonym" (demonym.ts)
  epithet: boolean; // switch "coref-same-epithet" (same-epithet.ts)
  chiefPost: boolean; // switch "coref-chief-post" (chief-post.ts)
  relationOf: boolean; // switch "coref-relation-of-other" (relation-of.ts)
  facts: PersonFacts | null; // switch "coref-attributes" (attributes.ts)
  read: ReturnType<typeof corefReadOptions>;
  onlyAny: boolean; // switch "coref-only-unknown-gender"
  fronted: boolean; // switch "coref-fronted-phrase-subject" (s27-pron-steps.ts)
  contrast: boolean; // switch "coref-contrast-description" (contrast.ts)
  knownNearer: boolean; // switch "coref-known-gender-nearer" (s26-pron-steps.ts)
  onlyFitting: boolean; // switch "coref-only-fitting-gender"
  subjectFirst: boolean; // switch "coref-description-subject-first" (described-person.ts)
}

export type CorefEvent = { at: number; end: number; kind: "pronoun" | "role"; want?: "male" | "female" };

/** The sentence `pos` falls in. */
export const sentOf = (inp: CorefInput, pos: number) => inp.sentences[sentIndex(inp.sentences, pos)]!;
