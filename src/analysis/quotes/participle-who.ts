// "The club website also reported that Beattie, who seemed unrepentant after the match, insisting
// Gallas "would have stayed down longer", has now apologised": a reporting participle right after a
// who-clause set off by commas belongs to the name the clause describes, not to the sentence's
// opening subject (session 36).

import { isOn, type StepSwitches } from "../steps.ts";
import { type Phrase, phraseBefore } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const PARTICIPLE_AFTER_WHO_SWITCH = {
  name: "participle-after-who-clause",
  doc: '"…that Beattie, who seemed unrepentant, insisting Gallas “would …”": a participle right after a who-clause belongs to the name before it',
};

/** The name before ", who …," when the participle toks[j] follows that clause's closing comma. */
export function nameBeforeWhoClause(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (toks[j - 1]?.text !== "," || !isOn("quotes", PARTICIPLE_AFTER_WHO_SWITCH.name, switches)) return null;
  for (let k = j - 2; k >= 2 && j - k < 25; k--) {
    const t = toks[k]!;
    if (t.type === "q" || (t.type === "p" && t.text !== ",")) return null;
    if (t.text === ",") return null;
    if (t.lower === "who" && toks[k - 1]?.text === "," && isCap(toks[k - 2]!))
      return phraseBefore(toks, k - 1, text);
  }
  return null;
}
