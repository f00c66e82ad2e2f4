// Reported speech: a participle after a speech tag shares the tag's speaker. `"…," Okafor said,
// adding that …`, `said Okafor, noting that …`, `Okafor told reporters on Monday, citing …`: the
// sentence may open with a quotation, so the name opening the sentence is no help; the speaker is
// the tag's, before or after its verb.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { participleAt } from "./particle-participle.ts";
import { type Phrase, phraseAfter } from "./phrases.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

export const TAG_PARTICIPLE_SWITCH = {
  name: "reported-tag-participle",
  doc: '`"…," Okafor said, adding that …`, "said Okafor, noting …": the participle\'s speaker is the tag\'s',
};

/** Most words between a tag's verb and its comma ("said at the time", "told reporters on Monday"). */
const MAX_GAP = 6;

/** The speaker of the tag closing right before toks[j]'s comma, via `subjectOf` for a subject before the verb. */
export function tagParticipleSpeaker(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
  subjectOf: (v: number) => Phrase | null,
): Phrase | null {
  if (
    !participleAt(toks, j, switches) ||
    toks[j - 1]?.text !== "," ||
    !isOn("quotes", TAG_PARTICIPLE_SWITCH.name, switches)
  )
    return null;
  const comma = j - 1;
  for (let v = comma - 1; v >= 0 && comma - v <= MAX_GAP + 1; v--) {
    const t = toks[v]!;
    if (t.type !== "w") return null;
    if (isCap(t) || !SPEECH_VERB_FORMS.has(t.lower) || /ing$/.test(t.lower)) continue;
    // `, said Okafor,`: the name after the verb, the tag after a comma or a quotation.
    const before = toks[v - 1];
    if (before && (before.text === "," || before.type === "q")) {
      const sp = phraseAfter(toks, v + 1, text);
      if (sp && sp.end === toks[comma - 1]!.end && /^\p{Lu}/u.test(sp.text)) return sp;
    }
    // `Okafor said (at the time),`: no second verb between the tag's verb and the comma.
    for (let m = v + 1; m < comma; m++) if (isVerbish(toks[m]!) && !isCap(toks[m]!)) return null;
    return subjectOf(v);
  }
  return null;
}
