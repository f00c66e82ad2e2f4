// Reported speech in an infinitive or a gerund whose subject is the sentence's: "Calloway is
// trying to show the ferry pays", "Calloway was quick to condemn the toll", "Calloway took the
// unusual step of criticizing the board". The shared rules give an infinitive no subject of its
// own; here it takes the name opening the sentence when nothing between could be its subject
// instead (a name, an object pronoun, or a verb whose object does the next thing: "asked
// voters to back", "urged Wrenfield to sign").

import { isOn, type StepSwitches } from "../steps.ts";
import { leadingName, type Phrase } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const CONTROL_SWITCH = {
  name: "reported-infinitive-subject",
  doc: '"Calloway is trying to show …", "was quick to condemn …", "took the step of criticizing …": the name opening the sentence',
};

/** Verbs whose object, not subject, does what the infinitive says ("asked voters to back her"). */
const OBJECT_CONTROL =
  /^(?:ask|asks|asked|asking|urge|urges|urged|urging|tell|tells|told|telling|persuade|persuaded|force|forced|encourage|encouraged|encouraging|call|calls|called|calling|pressure|pressured|pressuring|press|pressed|invite|invited|allow|allows|allowed|help|helps|helped|helping|lead|led|get|got|want|wants|wanted|expect|expects|expected|need|needs|needed|require|required|order|ordered|challenge|challenged|dare|dared|push|pushed|cause|caused|prompt|prompted|convince|convinced|enable|enabled|appoint|appointed|hire|hired|choose|chose|elect|elected|nominate|nominated|tap|tapped)$/;
/** Object pronouns: someone else between the subject and the infinitive. */
const OBJECTS =
  /^(?:him|her|them|us|me|you|it|voters|people|others|reporters|supporters|delegates|members|officials|lawmakers|republicans|democrats)$/;
/** Leading words that open the sentence without being its subject. */
const OPENERS = /^(?:But|And|Yet|So|Still|Now|Meanwhile)$/;

/**
 * The subject of the infinitive or gerund toks[j] ("to show", "of criticizing"): the name opening
 * the sentence, when only its verb phrase stands between.
 */
export function controlSubject(toks: Tok[], j: number, text: string, switches: StepSwitches): Phrase | null {
  const prev = toks[j - 1]?.lower;
  const gerund = /ing$/.test(toks[j]!.lower) && (prev === "of" || prev === "by");
  if ((prev !== "to" && !gerund) || !isOn("quotes", CONTROL_SWITCH.name, switches)) return null;
  const skip = OPENERS.test(toks[0]?.text ?? "") ? (toks[1]?.text === "," ? 2 : 1) : 0;
  const lead = leadingName(toks.slice(skip), text);
  if (!lead) return null;
  let k = toks.findIndex((t) => t.start >= lead.end);
  if (k < 0 || j - 1 - k > 10 || j - 1 - k < 1) return null;
  for (; k < j - 1; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || isCap(t) || OBJECT_CONTROL.test(t.lower) || OBJECTS.test(t.lower)) return null;
  }
  return lead;
}
