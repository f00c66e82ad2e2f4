// Actor rule of session 24's pronoun work (issue #13): a verb's -ing form opening a sentence is
// capitalised by the sentence start only, so it is no name and no antecedent of a later he/it
// ("Bringing Rover to China cost …", "Monitoring firm Netscan found …").

import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { PLACES } from "../lexicons/places.ts";
import { knownSurname } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { atSentenceStart } from "./cues.ts";

/** An -ing word with a stem of three or more letters and a vowel ("Bringing", "Monitoring";
 *  not "Ming", "Ying"). */
const ING = /^\p{Lu}(?=\p{Ll}*[aeiouy]\p{Ll}*ing$)\p{Ll}{2,}\p{Ll}ing$/u;

/** A finite verb or modal right after a lone word: the word is the subject ("Boeing said"). */
const VERB_NEXT =
  /^\s+(?:said|says|say|told|tells|added|adds|has|have|had|is|was|are|were|will|would|could|can|may|might|should|must|\p{Ll}+ed)\b/u;

/**
 * "Bringing Rover to China …", "Monitoring firm Netscan found …": a sentence-initial -ing word
 * the article never capitalises inside a sentence is a gerund or a participle, not the first
 * word of a name nor a lone name (a given name, a place, a surname the article gives and a lone
 * word followed by its verb, "Boeing said", are kept).
 */
export const GERUND_OPENER_RULE: ChunkRule = {
  name: "sentence-initial-gerund",
  doc: "drop an -ing word opening the sentence that the article never capitalises mid-sentence ('Bringing Rover to China …', 'Monitoring firm Netscan …')",
  try: (r) => {
    const { st, s, vocab, c } = r;
    const f = c[0]!;
    if (!f.cap || f.possessive || f.acronym || !ING.test(f.text) || !atSentenceStart(s, f, st.text))
      return null;
    if ((vocab.capMid.get(f.text.toLowerCase()) ?? 0) > 0 || GIVEN_NAMES.has(f.text) || PLACES.has(f.text))
      return null;
    if (knownSurname(st, [f]) || knownSurname(st, c)) return null;
    if (
      c.length === 1 &&
      (VERB_NEXT.test(st.text.slice(f.end, f.end + 20)) || /^[\s,]*$/.test(st.text.slice(f.end, s.end)))
    )
      return null;
    r.c = c.slice(1);
    return null;
  },
};
