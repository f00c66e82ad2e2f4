// What a history step reads of a sentence (sentence.ts's SentenceCtx), for the step modules that
// sentence.ts imports and so cannot import it back.

import type { Cue } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

export interface HistoryCtx {
  readonly doc: QuoteDoc;
  readonly toks: Tok[];
  readonly found: { at: number; q: number | null; cue: Cue }[];
}
