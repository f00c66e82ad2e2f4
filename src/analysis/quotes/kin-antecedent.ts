// "Gordon Brown's wife Sarah attended the launch. “…,” she said": a relative the article names
// by the given name after a possessive name ("X's wife Sarah") is a person the actor model may
// hold no actor for; a he/she nothing else resolves is that relative, of the kin noun's gender,
// named in this sentence or the one before, with the family's surname.

import { ROLE_GENDER } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

const KIN =
  /(?:^|\s)(\p{Lu}[\p{L}'’-]+)['’]s?\s+(daughter|son|wife|husband|mother|father|brother|sister|widow|widower),?\s+(\p{Lu}[\p{L}'’-]+)\b/gu;

/** The latest relative "X's <kin> <Given>" of gender `want` before `p` in its sentence or the one before. */
export function kinBefore(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  const from = previousSentenceStart(doc, p.start);
  let found: string | null = null;
  for (const m of doc.text.slice(from, p.start).matchAll(KIN))
    if (ROLE_GENDER[m[2]!] === want) found = `${m[3]} ${m[1]}`;
  if (!found) return null;
  const actor = doc.actors.resolve(found);
  return { ...p, id: actor?.id ?? null, name: found, kind: "person", gender: want };
}

export const KIN_SUBJECT_SWITCH = {
  name: "pronoun-kin-subject",
  doc: '"Edwards\' sister Rachel makes a TV appeal. “…,” she said": a relative opening the sentence before (or this one) as its subject is the he/she, over people named earlier',
};

/** "Edwards' sister Rachel makes …": a relative "X's <kin> <Given>" of gender `want` opening the
 *  sentence before `p` (or its own sentence, before `p`), as the subject; else null. */
export function kinSubject(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", KIN_SUBJECT_SWITCH.name, doc.switches)) return null;
  const here = sentenceStart(doc, p.start);
  for (const from of [here, previousSentenceStart(doc, p.start)]) {
    const m = KIN_OPENING.exec(doc.text.slice(from, p.start));
    if (!m || ROLE_GENDER[m[2]!] !== want) continue;
    const name = `${m[3]} ${m[1]}`;
    const actor = doc.actors.resolve(name);
    return { ...p, id: actor?.id ?? null, name, kind: "person", gender: want };
  }
  return null;
}

/** A kin phrase opening a sentence (after "But"/"And"), then a lower-case verb. */
const KIN_OPENING =
  /^\s*(?:(?:But|And|Now|Later)\s+)?(\p{Lu}[\p{L}'’-]+)['’]s?\s+(daughter|son|wife|husband|mother|father|brother|sister|widow|widower),?\s+(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;
