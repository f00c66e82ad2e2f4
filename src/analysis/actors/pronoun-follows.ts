// "After a tough first set, Molik grew in confidence and won. She will now meet Venus Williams.":
// a lone capitalised word the article's names leave unresolved, the subject of its sentence, with
// the next sentence opening on "He" or "She", is a person's surname. Sport copy whose linked full
// names the corpus lost leaves only such words, and the learned tagger often reads them as places
// (session 36). A place, a team or a firm is never then "she".

import { PLACES } from "../lexicons/places.ts";
import { attachSurname } from "./article-actors.ts";
import type { ArticleState, Pending, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";

export const PRONOUN_FOLLOWS_STEP = {
  name: "lone-word-he-she-follows",
  doc: "'Molik grew in confidence and won. She will now meet …': a lone word opening its clause as subject, the next sentence opening on He/She, is a surname",
};

/** The word opens its sentence, or its main clause after a fronted phrase ("After a tough set, Molik"). */
const OPENS = /(?:^|[.!?]["”]?\s+|\n\s*|^[^.!?\n]*\p{Lu}[^.!?\n]*,\s)$/u;

/** The word is the subject: a lower-case verb-like word follows it, not a possessive or a name. */
const VERB_AFTER =
  /^\s+(?:[a-z]+(?:ed|s)|was|has|had|will|won|beat|lost|grew|came|made|took|fought|held|ran)\b/;

/** The next sentence (after this one ends) opens on He or She. */
function heSheNext(text: string, end: number): boolean {
  const stop = /[.!?]["”]?\s+/g;
  stop.lastIndex = end;
  const m = stop.exec(text);
  return !!m && /^(?:He|She)\s/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
}

/** A margin at which the tagger's reading of one mention as a place stands ("Melbourne" reads
 *  47, "Molik" at most 10 in the article that made this rule). */
const SURE_PLACE = 20;

/** Lone words read as persons by a He/She after them; returns the words still left. */
export function personsByPronoun(st: ArticleState, left: Pending[], vocab: Vocab): Pending[] {
  const places = new Set(
    left.filter((p) => p.guess?.kind === "place" && p.guess.margin >= SURE_PLACE).map((p) => p.key),
  );
  const keys = new Set<string>();
  for (const p of left) {
    if (p.acronym || p.weak || PLACES.has(p.text) || places.has(p.key) || isCommon(p.text, vocab)) continue;
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(p.text)) continue;
    // (the sentence start, looked for in the word's own paragraph line only: no scan back over the article)
    const line = st.text.slice(st.text.lastIndexOf("\n", p.start) + 1, p.start);
    if (!OPENS.test(line.slice(line.lastIndexOf(". ") + 1).trimStart())) continue;
    if (VERB_AFTER.test(st.text.slice(p.end, p.end + 14)) && heSheNext(st.text, p.end)) keys.add(p.key);
  }
  if (keys.size === 0) return left;
  const rest: Pending[] = [];
  for (const p of left) {
    if (!keys.has(p.key)) {
      rest.push(p);
      continue;
    }
    attachSurname(st, p, false);
  }
  return rest;
}
