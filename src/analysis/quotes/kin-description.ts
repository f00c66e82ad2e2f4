// "Mr Roe's daughter Ada, 30, said …. “…,” his daughter said": a speaker written as a possessive
// pronoun and a kin noun is the relative the article named earlier by a possessive name, that kin
// noun and a given name ("X's daughter Ada"), with the family's surname; the actor model holds
// no actor for "his daughter", so it was left as an unnamed description.

import { FAMILY_NOUNS } from "../lexicons/titles.ts";
import type { Alternative } from "../steps.ts";
import { KIN_DESCRIPTION_SWITCH } from "./set24-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

const KIN_NOUN = FAMILY_NOUNS;
/** "his son", "her husband": the phrase the rule reads. */
const DESCRIBED = new RegExp(`^(?:his|her|their)\\s+(${KIN_NOUN})$`, "i");
/** "Mr Nogar's son Stephen", "Brown's wife, Sarah": possessive name, kin noun, given name. */
const NAMED = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+)['’]s?\\s+(${KIN_NOUN}),?\\s+(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)\\b`,
  "gu",
);

/** The latest relative named "X's <kin> <Given>" before `at` with this kin noun, else null. */
function namedKin(text: string, from: number, at: number, kin: string): string | null {
  let found: string | null = null;
  for (const m of text.slice(from, at).matchAll(NAMED))
    if (m[2]!.toLowerCase() === kin) found = `${m[3]} ${m[1]}`;
  return found;
}

export const KIN_DESCRIPTION_RULE: Alternative<SpeakerInput, Speaker> = {
  ...KIN_DESCRIPTION_SWITCH,
  try: ({ doc, p }) => {
    const d = DESCRIBED.exec(p.text);
    const name = d ? namedKin(doc.text, doc.article.bodyStart, p.start, d[1]!.toLowerCase()) : null;
    if (!name) return null;
    const actor = doc.actors.resolve(name);
    return { ...p, id: actor?.id ?? null, name: actor?.name ?? name, kind: "person", gender: "any" };
  },
};
