// `… by "military might alone" he added.`: a he/she and a verb of saying right after the closing
// mark, with no comma between, tag the quotation when the sentence ends there or runs on into the
// words reported (`at a "reasonably good pace" he warned that …`). Without it the quotation, not
// set off by punctuation, was read as no tag's and left with no speaker.

import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import type { Cue } from "./phrases.ts";
import { phraseOf } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** The pronoun tag right after quotation token `qi`, or null. */
export function barePronounTag(toks: Tok[], qi: number, text: string): Cue | null {
  const pro = toks[qi + 1];
  const verb = toks[qi + 2];
  if (pro?.type !== "w" || !/^(?:he|she)$/.test(pro.text)) return null;
  if (verb?.type !== "w" || !SPEECH_VERB_FORMS.has(verb.lower) || /ing$/.test(verb.lower)) return null;
  const next = toks[qi + 3];
  // the sentence ends on the tag, or goes on into the report ("he warned that …")
  const ends = !next || (next.type === "p" && /^[.!?;]$/.test(next.text)) || next.lower === "that";
  return ends ? { speaker: phraseOf(toks, qi + 1, qi + 1, text), cue: verb.lower, label: false } : null;
}
