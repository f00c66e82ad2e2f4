// A quotation that speaks of a person in the third person is not that person's: "Bob was a good
// player" is said about Bob, "he sold more records than ever" about him. Speakers found from
// context (the sentence before, the quotation continued) are checked against it; a cue ("…," he
// said) is not, since the article states who spoke.

import type { Speaker } from "./types.ts";

/** Third-person and first-person pronouns, the first of which tells whom a quotation is about. */
const PERSONAL = /\b(?:(he|him|his|himself)|(she|her|hers|herself)|(i|me|my|mine|myself|we|us|our))\b/giu;

/**
 * A name word of the speaker's standing alone in the quotation ("Bob", "Marley"): not part of a
 * longer name or after a title ("the teenage Michael Howard", "said Mr Hopkins" in a run-on span
 * are the speaker's own words or the writer's, not talk about them).
 */
function namesSpeaker(text: string, name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  return words.some((w) =>
    new RegExp(`(?<!(?:\\p{Lu}\\p{Ll}*\\.?|\\p{Lu}\\.)\\s+|\\p{L})${w}(?!\\p{L}|\\s+\\p{Lu})`, "u").test(
      text.replace(/\b(?:But|And|So|Yet|When|If|As|Now|Then|The|That|This)\s/g, (m) => m.toLowerCase()),
    ),
  );
}

/** The first personal pronoun of the quotation is a he/she of the speaker's gender (or of any, when unknown). */
function firstPronounIsSpeaker(text: string, gender: Speaker["gender"]): boolean {
  PERSONAL.lastIndex = 0;
  const m = PERSONAL.exec(text);
  if (!m) return false;
  // (a person of no known gender: any he/she first)
  return (gender !== "female" && !!m[1]) || (gender !== "male" && !!m[2]);
}

/** Does quotation `text` speak of person `sp` (by name, or, with `pronouns`, by he/she first)? */
export function speaksOf(text: string, sp: Speaker, pronouns: boolean): boolean {
  if (sp.kind !== "person" || !sp.name) return false;
  return namesSpeaker(text, sp.name) || (pronouns && firstPronounIsSpeaker(text, sp.gender));
}

/** "Tom Hadley is an outstanding player": the person's full name as the subject of a verb in
 *  the quotation (a speaker seldom speaks of himself so; "said Tom Hadley" is a tag, not this). */
export function fullNameSubject(text: string, sp: Speaker): boolean {
  if (sp.kind !== "person" || !sp.name || !/^\p{Lu}\S+\s+\p{Lu}\S+$/u.test(sp.name)) return false;
  const at = text.indexOf(sp.name);
  if (at < 0 || /\b(?:said|says|added|told)\s+$/.test(text.slice(Math.max(0, at - 12), at))) return false;
  return THIRD_PERSON_VERB.test(text.slice(at + sp.name.length, at + sp.name.length + 12));
}

const THIRD_PERSON_VERB =
  /^(?:['’]s\b|\s+(?:is|was|has|had|will|would|could|can|should|must|needs|deserves)\b)/;
