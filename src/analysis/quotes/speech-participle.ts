// "Mr Dowd was elected to Parliament in 1987, declaring “today Leeds, tomorrow London”": the -ing
// forms the speech lexicon leaves out (it lists "saying", "adding", "claiming" but not
// "declaring", "stating", "explaining") cue a quotation after them as those do, in the cue before
// a quotation only. And "to tackle what he says are “crippling skills shortages”": a verb's -s
// form right after he/she/it is that pronoun's verb, not a plural noun ("the media reports were").

import { words } from "../lexicons/word-list.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { isCap, type Tok } from "./tokens.ts";

/** "Speech participle": its switch (set21-switches.ts). */
export const SPEECH_PARTICIPLE_SWITCH = {
  name: "speech-participle",
  doc: '"…, declaring “today Leeds, tomorrow London”": a speech verb\'s -ing form the lexicon leaves out cues the quotation after it',
};

/** "Pronoun subject's verb": its switch (set21-switches.ts). */
export const PRONOUN_SUBJECT_VERB_SWITCH = {
  name: "pronoun-subject-verb",
  doc: '"what he says are “…”": a speech verb\'s -s form right after he/she/it is a verb, not a plural noun before "are"',
};

/** -ing forms of verbs of stating missing from the speech lexicon (not of manner: "joking"). */
const PARTICIPLES = words(`
  declaring stating explaining stressing admitting conceding acknowledging confirming proclaiming
`);

/** toks[j] is a lowercase -ing form of a verb of saying the lexicon leaves out (switch on). */
export function speechParticiple(t: Tok, switches: StepSwitches): boolean {
  return (
    t.type === "w" &&
    !isCap(t) &&
    PARTICIPLES.has(t.lower) &&
    isOn("quotes", SPEECH_PARTICIPLE_SWITCH.name, switches)
  );
}

/** toks[j], an -s form right after he/she/it, is that pronoun's verb (switch on). */
export function pronounSubjectVerb(toks: readonly Tok[], j: number, switches: StepSwitches): boolean {
  const p = toks[j - 1];
  return (
    p?.type === "w" &&
    /^(?:he|she|it)$/.test(p.lower) &&
    /[^s]s$/.test(toks[j]!.lower) &&
    isOn("quotes", PRONOUN_SUBJECT_VERB_SWITCH.name, switches)
  );
}
