// What a speaker rule (resolve-speaker.ts and its tables) is given: the words naming a speaker
// and what is known of them.

import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { SpeakerKind } from "./types.ts";

export interface SpeakerInput {
  doc: QuoteDoc;
  p: Phrase;
  words: string[];
  kind: SpeakerKind;
  lastWord: string;
  /** The phrase ends in an organisation or document noun ("the department", "the statement"). */
  namedHead: boolean;
  definite: boolean;
  plural: boolean;
  /** The quotation the phrase tags, when it tags one: a he/she never resolves to a person it names. */
  quote: string | null;
}
