// "… whether someone is who they say they are": a verb of saying inside a wh-clause whose object
// is the clause's gap ("who they say [they are __]", "what he claims to be") states an identity
// or a claim in passing; it reports no speech, so its subject is no speaker for the history.

import { isOn, type StepSwitches } from "../steps.ts";
import { nounAfterNameRun } from "./named-noun.ts";
import { revealedThing } from "./revealed-thing.ts";
import { afterOwn } from "./s23-name-switches.ts";
import type { Tok } from "./tokens.ts";

export const SAY_GAP_SWITCH = {
  name: "say-gap-clause",
  doc: '"whether a caller is who they say they are": a say-verb in a wh-clause with a gap reports no speech (no speaker for the history)',
};

const SAY_CLAIM = /^(?:say|says|said|claim|claims|claimed)$/;
const WH = /^(?:who|whom|what|whoever|whatever)$/;
const SUBJECT = /^(?:i|you|he|she|it|we|they)$/;
/** The verb of the gap clause: a form of "be", "do", "have" or a modal. */
const GAP_VERB =
  /^(?:am|is|are|was|were|be|been|do|does|did|have|has|had|will|would|can|could|should|may|might)$/;

/** toks[j] is the say-verb of "wh + subject + say + subject + be/aux" or "wh + subject + claim to be". */
export function sayGap(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (!SAY_CLAIM.test(toks[j]!.lower) || !isOn("quotes", SAY_GAP_SWITCH.name, switches)) return false;
  const subj = toks[j - 1];
  const wh = toks[j - 2];
  if (subj?.type !== "w" || wh?.type !== "w" || !SUBJECT.test(subj.lower) || !WH.test(wh.lower)) return false;
  const a = toks[j + 1];
  const b = toks[j + 2];
  if (a?.type !== "w" || b?.type !== "w") return false;
  return (SUBJECT.test(a.lower) && GAP_VERB.test(b.lower)) || (a.lower === "to" && b.lower === "be");
}

/** The indirect-speech step's guard: a verb-noun after a name run, a say-verb of a gap clause, a
 *  verb of revealing with a plain object (set 29), or a noun after "own" (s23). */
export function noSpeechVerb(toks: Tok[], j: number, switches: StepSwitches): boolean {
  return (
    nounAfterNameRun(toks, j, switches) ||
    sayGap(toks, j, switches) ||
    revealedThing(toks, j, switches) ||
    afterOwn(toks, j, switches)
  );
}
