// "McFadden makes claims that he was beaten …, saying it had "…"", "Ann Roe made remarks that …":
// the subject phrase, read up to the first verb of saying, stops at "claims", the plural noun the
// name's own verb takes as its object; the lowercase word that ends it after the name is that
// verb, not a word of the name (read by name-verb-object.ts).

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { VERB_SPEECH_NOUN_SWITCH } from "./set27-switches.ts";
import { isCap, type Tok } from "./tokens.ts";

/** toks[k], the lowercase last word of `p`, is a verb in -s, -ed or of this list, and a plural
 *  speech noun ("claims", "remarks") follows the phrase right away (switch). */
export function verbBeforeSpeechNoun(toks: Tok[], k: number, p: Phrase, switches: StepSwitches): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  return (
    t.end === p.end &&
    /^(?:\p{Ll}+(?:[^s]s|ed)|made|make|gave|give|gives|repeated)$/u.test(t.lower) &&
    next?.type === "w" &&
    !isCap(next) &&
    /[^s]s$/.test(next.lower) &&
    SPEECH_VERB_FORMS.has(next.lower) &&
    isOn("quotes", VERB_SPEECH_NOUN_SWITCH.name, switches)
  );
}
