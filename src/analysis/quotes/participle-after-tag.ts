// `Mr Dunmore has failed, he claimed, saying he has the "wrong answer".`: a participle right after
// a tag set off by commas (", he claimed, saying") hangs on that tag's verb, so its subject is the
// tag's speaker, not the person the sentence opens on (whose words the tag reports).

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { type Alternative, isOn } from "../steps.ts";
import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import { TAG_PARTICIPLE_NO_COMMA_SWITCH } from "./s22-cue-switches.ts";
import { PARTICIPLE_AFTER_TAG_SWITCH } from "./set25-switches.ts";
import type { VerbAt } from "./subject-past-apposition.ts";

/** `…, he claimed, saying`, `…, Ann Roe said, adding`: the tag's he/she or name. */
export const PARTICIPLE_AFTER_TAG: Alternative<VerbAt, Phrase> = {
  ...PARTICIPLE_AFTER_TAG_SWITCH,
  try: ({ toks, j, text, switches }) => {
    if (!/ing$/.test(toks[j]!.lower)) return null;
    // (", he said adding": no comma before the participle, switch)
    const comma = toks[j - 1]?.text === ",";
    if (!comma && !isOn("quotes", TAG_PARTICIPLE_NO_COMMA_SWITCH.name, switches)) return null;
    const v = comma ? j - 2 : j - 1;
    if (toks[v]?.type !== "w" || !SPEECH_VERB_FORMS.has(toks[v]!.lower) || /ing$/.test(toks[v]!.lower))
      return null;
    // the tag's subject: one pronoun, or a name of up to four words, right after a comma
    let s = v - 1;
    const g = PRONOUNS[toks[s]?.lower ?? ""];
    if (g === "male" || g === "female") return toks[s - 1]?.text === "," ? phraseOf(toks, s, s, text) : null;
    while (s > 0 && v - s < 4 && toks[s - 1]!.type === "w") s--;
    return toks[s - 1]?.text === "," && nameRun(toks, s, v) ? phraseOf(toks, s, v - 1, text) : null;
  },
};
