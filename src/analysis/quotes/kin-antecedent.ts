// "Gordon Brown's wife Sarah attended the launch. “…,” she said": a relative the article names
// by the given name after a possessive name ("X's wife Sarah") is a person the actor model may
// hold no actor for; a he/she nothing else resolves is that relative, of the kin noun's gender,
// named in this sentence or the one before, with the family's surname.

import { FAMILY_NOUNS, ROLE_GENDER } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "Gordon Brown's wife Sarah": the family name, the kin noun and the given name (one pattern
 *  for both rules, anchored and flagged by each). */
const KIN_PHRASE = String.raw`(\p{Lu}[\p{L}'’-]+)['’]s?\s+(${FAMILY_NOUNS}),?\s+(\p{Lu}[\p{L}'’-]+)`;
const KIN = new RegExp(String.raw`(?:^|\s)${KIN_PHRASE}\b`, "gu");

/** The relative a kin match names, with the family's surname, as a he/she's speaker. */
function relative(doc: QuoteDoc, p: Phrase, m: RegExpMatchArray, want: "male" | "female"): Speaker {
  const name = `${m[3]} ${m[1]}`;
  const actor = doc.actors.resolve(name);
  return { ...p, id: actor?.id ?? null, name, kind: "person", gender: want };
}

/** The latest relative "X's <kin> <Given>" of gender `want` before `p` in its sentence or the one before. */
export function kinBefore(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  const from = previousSentenceStart(doc, p.start);
  let found: RegExpMatchArray | null = null;
  for (const m of doc.text.slice(from, p.start).matchAll(KIN)) if (ROLE_GENDER[m[2]!] === want) found = m;
  return found ? relative(doc, p, found, want) : null;
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
    if (m && ROLE_GENDER[m[2]!] === want) return relative(doc, p, m, want);
  }
  return null;
}

/** A kin phrase opening a sentence (after "But"/"And"), then a lower-case verb. */
const KIN_OPENING = new RegExp(String.raw`^\s*(?:(?:But|And|Now|Later)\s+)?${KIN_PHRASE}\s+\p{Ll}`, "u");
