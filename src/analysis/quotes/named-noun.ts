// A verb that is also a noun, after a name of several words and a determiner: "the World Bank
// report said", "a Harbour Trust report which branded". The one-modifier case ("the Hale report")
// is the tokens' nounUse; read as a verb, "report" took the name before it for its subject and
// left the tag without a verb of its own.

import { isOn, type StepSwitches } from "../steps.ts";
import { DETERMINERS, isCap, type Tok } from "./tokens.ts";

export const NAMED_NOUN_SWITCH = {
  name: "noun-after-name-run",
  doc: '"the World Bank report said": a verb-noun after a determiner and a name of two to four words is a noun',
};

/** Reporting verbs that are also nouns of a document or a stance. */
const VERB_NOUNS = new Set("report note post comment claim call promise pledge statement".split(" "));

/** toks[j] is such a noun after "the"/"a"/"its" and a run of two to four capitalised words. */
export function nounAfterNameRun(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (!VERB_NOUNS.has(toks[j]!.lower) || !isOn("quotes", NAMED_NOUN_SWITCH.name, switches)) return false;
  let k = j - 1;
  while (k >= 0 && j - k <= 4 && isCap(toks[k]!)) k--;
  const run = j - 1 - k;
  const det = toks[k];
  return run >= 2 && run <= 4 && det?.type === "w" && DETERMINERS.has(det.lower) && det.lower !== "one";
}
