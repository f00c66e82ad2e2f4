// A date pattern: a regular expression and how to resolve its match. Each pattern is one named
// step of the date finder (dates/steps.ts), so the TimeML scorer can switch it off.

import type { MatchCtx, Resolved } from "./types.ts";

export interface DatePattern {
  readonly name: string;
  /** One line for the ablation table. */
  readonly doc: string;
  /** Global ("g") expression; matched over the whole sentence. */
  readonly re: RegExp;
  /** The match resolved, or null when it is not a time expression after all. */
  readonly build: (m: RegExpExecArray, c: MatchCtx) => Resolved | null;
}
