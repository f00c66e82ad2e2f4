// "India's Sania Mirza", "Tennis Australia's Geoff Pollard": the capitalised-run finder reads the
// possessor and the person as one run, and the article's "fullest name" for "Mirza" became
// "India Sania Mirza", the name users saw. A run with a possessive word inside it is two names
// when what follows the possessive reads as a person's name (two or three capitalised words, not
// ending on an organisation noun): "People's Party", "Women's Institute" stay whole.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import type { Tok } from "./tokens.ts";

export const POSSESSOR_NAME_SWITCH = {
  name: "possessor-name-split",
  doc: '"India\'s Sania Mirza", "Tennis Australia\'s Geoff Pollard": a name run through a possessive is the possessor and a person, not one name "India Sania Mirza"',
};

const POSSESSIVE = /^\p{Lu}.*['’]s$/u;
/** A person's name after the possessive: two or three capitalised words, none a headline's
 *  function word ("Christie's Attack Is Over Marco Rubio" is a title, not a name). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]*(?:-\p{Lu}\p{Ll}+)?$/u;
const TITLE_WORDS = new Set("is are was to for of and in on at with a the over as by from not".split(" "));
const personAfter = (toks: readonly Tok[], from: number, k: number) =>
  k - from >= 2 &&
  k - from <= 3 &&
  toks.slice(from, k).every((t) => NAME_WORD.test(t.text) && !TITLE_WORDS.has(t.text.toLowerCase()));

/** A person's name as the possessor: a known given name and one or two more name words (after
 *  a title: "Coach Mike Friday's"). */
const personBefore = (toks: readonly Tok[], i: number, p: number) => {
  const g = [p - 1, p - 2].find((j) => j >= i && GIVEN_NAMES.has(toks[j]!.text));
  return g !== undefined && toks.slice(g, p + 1).every((t) => NAME_WORD.test(t.text.replace(/['’]s$/, "")));
};

/** A name run [i, k) of `toks` cut after an inner possessive word when two or more words, the last
 *  no organisation noun, follow it as a person's name; the run itself otherwise. */
export function cutAtPossessor(toks: readonly Tok[], i: number, k: number): Array<readonly [number, number]> {
  for (let p = i; p < k - 1; p++) {
    if (!POSSESSIVE.test(toks[p]!.text)) continue;
    // ("Mike Friday's England side": a person possessing a team or a place, session 43)
    if (personBefore(toks, i, p)) return [[i, p + 1], ...cutAtPossessor(toks, p + 1, k)];
    if (p >= k - 2 || !personAfter(toks, p + 1, k)) continue;
    // (a headline in title case on either side is no pair of names)
    // (an opening "The" is the sentence's determiner, not a title's word: "The Fabian Society's Sundar Katwala")
    const from = /^(?:The|A|An)$/.test(toks[i]!.text) ? i + 1 : i;
    if (toks.slice(from, p).some((t) => TITLE_WORDS.has(t.text.toLowerCase()))) return [[i, k]];
    const last = toks[k - 1]!.text.replace(/['’]s$/, "").toLowerCase();
    if (ORG_NOUNS.has(last)) return [[i, k]];
    return [[i, p + 1], ...cutAtPossessor(toks, p + 1, k)];
  }
  return [[i, k]];
}
