// Actor rules of the classes found on BBC study set 28 (a chunk rule for chunk-rules/index.ts).

import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { knownSurname } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { atSentenceStart } from "./cues.ts";
import type { Vocab } from "./types.ts";

/** "Praising" -> the forms of "praise" the corpus may print in lower case: the stem, its -s, -ed,
 *  -e and -es forms ("speak", "praised"), and -ed after a doubled consonant ("stopped"). */
function verbForms(word: string): string[] {
  const base = word.toLowerCase().slice(0, -3);
  if (base.length < 3) return [];
  const forms = [base, `${base}s`, `${base}ed`, `${base}e`, `${base}es`];
  if (/([b-df-hj-np-tv-z])\1$/.test(base)) forms.push(`${base.slice(0, -1)}s`);
  return forms;
}

/** Does the corpus print a form of the -ing word's verb in lower case? */
const isVerbParticiple = (word: string, vocab: Vocab) =>
  /^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && verbForms(word).some((f) => (vocab.lower.get(f) ?? 0) >= 1);

/** "Praising Rovers and City for their work, she said:": a participle opening the sentence is
 *  capitalised only by the sentence start; it is no given name of the run after it. A given name
 *  ("Sterling") or a surname the article gives is kept. */
export const SENTENCE_PARTICIPLE_RULE: ChunkRule = {
  name: "sentence-initial-participle",
  doc: "drop a participle opening the sentence before a name ('Praising Rovers and City …, she said'); not a given name or known surname",
  try: (r) => {
    const { st, s, vocab, c } = r;
    const f = c[0]!;
    if (c.length < 2 || !f.cap || f.possessive || !atSentenceStart(s, f, st.text)) return null;
    if (
      GIVEN_NAMES.has(f.text) ||
      knownSurname(st, [f]) ||
      knownSurname(st, c) ||
      !isVerbParticiple(f.text, vocab)
    )
      return null;
    r.c = c.slice(1);
    return null;
  },
};
