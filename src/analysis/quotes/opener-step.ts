// The shape of asides.ts's token steps that drop a sentence's opening phrase ("Eight years ago,",
// "In September", "Shortly after …,") so the subject after it is read as the sentence's own.

import type { Step } from "../steps.ts";
import type { Tok } from "./tokens.ts";

/** A TOKEN_STEPS step dropping the tokens before `end(toks)` (0: the sentence opens on no such phrase). */
export function openerStep(name: string, doc: string, end: (toks: Tok[]) => number): Step<{ toks: Tok[] }> {
  return {
    name,
    doc,
    run: (s) => {
      const e = end(s.toks);
      if (e > 0) s.toks = s.toks.slice(e);
    },
  };
}
