// "Jane Rowe, Seaview Traders Association said": a person's name, a comma and the body they speak
// for with its closing comma left out (session 24, BBC study sets 52-55); the body was the speaker.

import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const NAME_COMMA_BODY_SWITCH = {
  name: "name-comma-body-subject",
  doc: '"Jane Rowe, Seaview Traders Association said: …": a person\'s name, a comma and the body they speak for (its closing comma left out) opening the sentence; the person speaks, not the body',
};

/** "Jane Rowe, Seaview Traders Association said": when the subject `p` read back from the verb is
 *  a body's name (a body's head after its first word: "Association", "Chamber of …") right after "<Given> <Surname>," opening the
 *  sentence, the person; the body is only their affiliation, its closing comma left out. */
export function personBeforeBody(
  p: Phrase,
  toks: Tok[],
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!isOn("quotes", NAME_COMMA_BODY_SWITCH.name, switches)) return null;
  const a = toks.findIndex((t) => t.start === p.start);
  const words = p.text.split(/\s+/);
  if (a < 3 || toks[a - 1]!.text !== "," || words.length < 2) return null;
  if (!words.slice(1).some((w) => ORG_NAME_HEADS.has(w)) || !isCap(toks[a]!)) return null;
  // (the name: two or three capitalised words, a given name first, opening the sentence)
  for (let s = a - 3; s >= Math.max(0, a - 4); s--) {
    const before = toks[s - 1];
    const opens = !before || before.type === "q" || /^[:.]$/.test(before.text);
    if (opens && GIVEN_NAMES.has(toks[s]!.text) && nameRun(toks, s, a - 1))
      return phraseOf(toks, s, a - 2, text);
  }
  return null;
}
