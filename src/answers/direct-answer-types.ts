// The direct answer /ask gives above its excerpts (direct-answer.ts builds it).

import type { SourceRef } from "../types.ts";
import type { AnswerKind } from "./question-type.ts";

/** Another value of the same kind stated by other outlets about the same thing. */
export interface OtherValue {
  value: string;
  text: string;
  outlets: string[];
  sources: SourceRef[];
}

export interface DirectAnswer {
  /** The one-line answer: the value in the article's words, then the outlets stating it. */
  text: string;
  kind: AnswerKind;
  /** Normalised: a plain number, a day YYYY-MM-DD (or the words when no day resolves), a name, a place. */
  value: string;
  /** What a figure counts or its currency ("jobs", "USD"); an actor's kind; else null. */
  unit: string | null;
  /** The article's own words for the value (the first source's). */
  words: string;
  /** The sentences stating the value, one per article, best first. */
  sources: SourceRef[];
  /** The value's own span in the first source's article. */
  span: { docId: string; start: number; end: number };
  agreement: {
    /** "single": one article states it; "agree": several, none differs; "disagree": others differ. */
    status: "single" | "agree" | "disagree";
    /** The outlets stating the value (the article id when the outlet is unknown). */
    outlets: string[];
    others: OtherValue[];
  };
}
