// The actor model's working records while it is built: an actor as one article knows it
// (Local), its mentions, the lone words waiting to be resolved (Pending), sentences and the
// corpus vocabulary. Internal to src/analysis/actors/.

import type { NameWord as Token } from "../../text/views.ts";
import type { ActorKind, Article, Mention } from "../../types.ts";
import type { NerSpan } from "../ner/index.ts";
import type { StepSwitches } from "../steps.ts";
import type { NerView } from "./ner-view.ts";

export type Via = Mention["via"];

/** An actor as one article knows it. */
export interface Local {
  id: number;
  docId: string;
  kind: ActorKind;
  /** Name tokens of the fullest name the article gives. */
  tokens: string[];
  /** Folded surname (persons; may hold particles: "de la fuente"). */
  surname: string | null;
  /** Folded first name (persons with two or more name words). */
  first: string | null;
  descriptions: string[];
  mentions: Raw[];
  /** Seen with a title, honorific, appositive, org head or known-org lexicon entry. */
  strong: boolean;
  /** The tagger's confident organisation: an actor on one mention, though it lends no alias. */
  sure?: boolean;
  /** A surname-only person's gender as its honorific says ("Mrs Blair"): never merged with a
   *  person whose given name says the other. */
  honorificGender?: "male" | "female";
}

interface Raw {
  start: number;
  end: number;
  text: string;
  via: Via;
  local: Local;
}

/** A lone word (or particle surname) waiting to be resolved. */
export interface Pending {
  docId: string;
  start: number;
  end: number;
  text: string;
  key: string;
  acronym: boolean;
  /** Evidence it names a person (honorific/title) or an org (possessive, verb…). */
  hint: ActorKind | null;
  description: string | null;
  /** A sentence-initial common word ("Brown", "Van"): only ever a surname the article gives. */
  weak?: boolean;
  /** What the learned tagger reads it as: taken only when no rule resolves the word in its article. */
  guess?: { kind: ActorKind | "place"; margin: number };
  /** A given name modifying a role and a full name ("Tony host Carl Brandt"): the word is no person in its article. */
  roleModifier?: boolean;
}

export interface Sent {
  start: number;
  end: number;
  /** Index of its paragraph. */
  para: number;
  tokens: Token[];
}

export interface Vocab {
  lower: Map<string, number>;
  capMid: Map<string, number>;
}

export interface ArticleState {
  docId: string;
  text: string;
  persons: Map<string, Local>;
  surnameOnly: Map<string, Local>;
  orgs: Map<string, Local>;
  all: Local[];
  pending: Pending[];
  /** The steps switched off (the scorers' ablation). */
  switches: StepSwitches;
  /** What the learned tagger reads in the article (asked where the rules have no opinion). */
  ner: NerView;
}

export interface DocData {
  article: Article;
  sentences: Sent[];
  /** The tagger's names in the article (none when its steps are all off). */
  ner: NerSpan[];
}
