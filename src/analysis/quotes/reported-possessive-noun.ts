// Reported speech in a noun after a possessive name: "Halvorsen's claim that the fund is safe",
// "Okonkwo's endorsement of the new coach", "the mayor questioned Farrow's plan to sell the pier".
// The possessor took the stance; the content is what follows the noun's link word ("that", "to",
// "of", "for", "on", "against", "about") up to the next comma, dash or the sentence end.

import type { Alternative } from "../steps.ts";
import { AUXILIARY } from "./reported-clause.ts";
import type { CueAt, ReportedCue } from "./reported-cue.ts";
import { cueWith } from "./reported-cue.ts";
import type { Tok } from "./tokens.ts";

/** Nouns of a stance someone takes or states. */
export const STANCE_NOUNS: ReadonlySet<string> = new Set(
  `claim claims assertion assertions argument view views proposal proposals pledge pledges promise promises
  vow vows call calls demand demands endorsement criticism criticisms attack attacks praise decision refusal
  insistence suggestion warning warnings announcement acknowledgment acknowledgement denial denials
  rejection embrace opposition commitment belief contention accusation accusations allegation allegations
  threat threats remarks comments statement declaration declarations defense defence condemnation
  dismissal support backing plea appeal request insinuation prediction plan plans`.split(/\s+/),
);

/** A capitalised name (up to four words, after titles such as "Mr.") with its possessive mark, and one modifier at most. */
const POSSESSOR =
  /(?<![\p{L}.])((?:\p{Lu}\p{L}{0,2}\. )*\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?:['’]s|(?<=s)['’]) (?:\p{Ll}[\p{L}-]* )?$/u;
/** A word ending in a possessive mark, or the mark alone ("Okafor's", "Hawks", "'"). */
const POSSESSIVE_MARK = /['’]s?$/;
/** Words that link the noun to its content, and whether the content starts after them. */
const LINKS: ReadonlyMap<string, number> = new Map([
  ["that", 1],
  ["to", 0],
  ["of", 1],
  ["for", 1],
  ["on", 1],
  ["against", 1],
  ["about", 1],
]);
/** Punctuation that closes the content: a comma, a dash, a semicolon, a bracket. */
const CLOSERS = /^(?:[,;:()–—]|--)$/;

/** A word that may be the sentence's verb after a noun phrase ("… surprised the board", "… is"). */
const verbLike = (t: Tok) => t.type === "w" && (AUXILIARY.test(t.lower) || /^\p{Ll}+ed$/u.test(t.text));

export const REPORTED_POSSESSIVE_NOUN: Alternative<CueAt, ReportedCue> = {
  name: "reported-possessive-noun",
  doc: '"Halvorsen\'s claim that …", "Okonkwo\'s endorsement of …": a stance noun after a possessive name',
  try: ({ toks, j, text }) => {
    const t = toks[j]!;
    if (t.type !== "w" || !STANCE_NOUNS.has(t.lower)) return null;
    const skip = LINKS.get(toks[j + 1]?.lower ?? "");
    if (skip === undefined) return null;
    // Cheap first: a possessive mark on one of the two words before the noun.
    if (!POSSESSIVE_MARK.test(toks[j - 1]?.text ?? "") && !POSSESSIVE_MARK.test(toks[j - 2]?.text ?? ""))
      return null;
    const from = Math.max(0, t.start - 80);
    const m = POSSESSOR.exec(text.slice(from, t.start));
    if (!m) return null;
    const a = j + 1 + skip;
    // A noun phrase ("of the new coach") ends before the sentence's verb; a clause ("that …", "to …") runs on.
    const phrase = skip === 1 && toks[j + 1]!.lower !== "that";
    let b = a;
    while (b < toks.length && toks[b]!.type !== "p" && !(phrase && b > a && verbLike(toks[b]!))) b++;
    if (
      b === a ||
      (b < toks.length && toks[b]!.type === "p" && !CLOSERS.test(toks[b]!.text) && toks[b]!.text !== ".")
    )
      return null;
    const start = from + m.index;
    const speaker = { start, end: start + m[1]!.length, text: m[1]! };
    const cue = cueWith(speaker, t.lower, { start: toks[a]!.start, end: toks[b - 1]!.end });
    return cue && { ...cue, nominal: true };
  },
};
