// Speaker-name classes of session 23's name task (issue #13, BBC study sets 42-48): words the
// quote layer read as a name that are none.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

const OWN_NOUN_SWITCH = {
  name: "own-noun",
  doc: '"Mr Dalby\'s own remarks had drawn anger": a word right after "own" is a noun, no speech verb (so "Mr Dalby\'s own" is no subject)',
};

/** "Mr Dalby's own remarks", "their own claims": "own" before a word makes it a noun, whatever
 *  verb it may also be; the indirect-speech step would read the words before as its subject. */
export function afterOwn(toks: Tok[], j: number, switches: StepSwitches): boolean {
  const p = toks[j - 1];
  return p?.type === "w" && p.lower === "own" && isOn("quotes", OWN_NOUN_SWITCH.name, switches);
}

const OWN_POSSESSOR_SWITCH = {
  name: "own-possessor-pronoun",
  doc: '"Mr Dalby\'s own remarks had drawn anger - he told …": the person whose "own" opens the sentence may be its he/she',
};

/** "Mr Dalby's own remarks …, he told": "own" stresses the possessor's part in what follows, so a
 *  he/she after it takes up the possessor, unlike "Mr Dalby's lawyer said he …" (leading-possessive.ts). */
export const ownPossessor = (text: string, end: number, switches: StepSwitches): boolean =>
  /^['’]s?\s+own\s/u.test(text.slice(end, end + 8)) && isOn("quotes", OWN_POSSESSOR_SWITCH.name, switches);

/** The inline switches of these classes, for the ablation. */
export const S23_NAME_SWITCHES = [OWN_NOUN_SWITCH, OWN_POSSESSOR_SWITCH];
