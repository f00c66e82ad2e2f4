// What a closing-tag rule reads: shared by cue-after.ts's table and the rule modules it spreads in.

import type { StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

export interface TagInput {
  toks: Tok[];
  /** The quotation token. */
  qi: number;
  /** The first word after it (past commas and dashes). */
  k: number;
  text: string;
  /** Is what follows the speaker at `after` only the rest of a tag (not a new sentence)? */
  tagOnly: (after: number) => boolean;
  switches: StepSwitches;
}
