// Session 27 (issue #13): `The posters were called a "big blunder" by the Greens who said the
// party's "opening move has failed"`: a passive's agent after "by" ends at a relative pronoun; the
// agent reader ran on through the who-clause to the last capitalised word before the next
// quotation ("the party's", "Labour's") and gave the words to the one the clause talks about.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

export const AGENT_BEFORE_RELATIVE_SWITCH = {
  name: "agent-before-relative",
  doc: '`called a "big blunder" by the Greens who said …`: a passive\'s agent ends before a who/which/that clause',
};

/** The tokens a passive's agent starting at toks[at] is read from: cut before the first relative
 *  pronoun of its words (switch), else all of them. */
export function agentTokens(toks: Tok[], at: number, switches: StepSwitches): Tok[] {
  if (!isOn("quotes", AGENT_BEFORE_RELATIVE_SWITCH.name, switches)) return toks;
  for (let e = at + 1; e < toks.length && e - at < 12 && toks[e]!.type === "w"; e++)
    if (/^(?:who|which|that|whose)$/.test(toks[e]!.lower)) return toks.slice(0, e);
  return toks;
}
