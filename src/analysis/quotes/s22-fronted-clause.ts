// "When Tom Brack suggested the port would close, Rina Vold fired back: “…”": a speech verb inside
// a fronted subordinate clause reports that clause's own words; the quotation after the main
// clause that follows the clause's comma is the main clause's, so the verb cues nothing there.
// ("As Brack said, “…”" is left alone: an "as" clause attributes the words right after it.)

import { isOn, type StepSwitches } from "../steps.ts";
import { FRONTED_CLAUSE_VERB_SWITCH } from "./s22-cue-switches.ts";
import type { Tok } from "./tokens.ts";

/** Subordinators that open a fronted clause of time, cause or concession (not "as", not "if"). */
const FRONTED = /^(?:when|whenever|after|before|once|since|until|because|while|although|though|unless)$/;

/** Is the speech verb toks[j] inside a fronted subordinate clause, a main clause lying between
 *  that clause's comma and the quotation toks[qi]? */
export function frontedClauseVerb(toks: Tok[], j: number, qi: number, switches: StepSwitches): boolean {
  if (toks[0]?.type !== "w" || !FRONTED.test(toks[0].lower) || j === 0) return false;
  // the verb inside the clause: no comma or quotation between the subordinator and the verb
  for (let i = 1; i < j; i++) if (toks[i]!.text === "," || toks[i]!.type === "q") return false;
  let k = j + 1;
  while (k < qi && toks[k]!.text !== "," && toks[k]!.type !== "q") k++;
  // the main clause: a subject and a verb at least between the comma and the quotation
  if (toks[k]?.text !== "," || qi - k < 3 || toks[k + 1]?.type !== "w") return false;
  return isOn("quotes", FRONTED_CLAUSE_VERB_SWITCH.name, switches);
}

/** "When Tom Brack suggested that the port would close, Rina Vold fired back: “…”": the content of
 *  a cue inside a fronted subordinate clause ends at the clause's comma, before the main clause
 *  and its quotation. */
export function cutFrontedClause(
  toks: Tok[],
  c: { start: number; end: number; from: number },
  switches: StepSwitches,
): void {
  if (toks[0]?.type !== "w" || !FRONTED.test(toks[0].lower) || c.from <= toks[0].start) return;
  let k = 1;
  while (k < toks.length && toks[k]!.text !== "," && toks[k]!.type !== "q") k++;
  const comma = toks[k];
  // the cue and its content inside the clause, a main clause of two words at least after its comma
  if (comma?.text !== "," || c.start >= comma.start || c.end <= comma.end || k + 2 >= toks.length) return;
  if (toks[k + 1]!.type !== "w" || !isOn("quotes", FRONTED_CLAUSE_VERB_SWITCH.name, switches)) return;
  // (only where the main clause holds a quotation of its own, which the cut frees from the clause)
  if (toks.slice(k + 2).some((t) => t.type === "q")) c.end = comma.start;
}
