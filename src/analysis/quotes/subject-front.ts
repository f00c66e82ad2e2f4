// The front of a subject read backwards from its verb when no determiner opens it: lowercase
// clause words are skipped, but "a spokesman for carmaker Volkora" keeps the firm's trade between
// an anonymous source's "for/at/with" and the firm's name.
import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import { DETERMINERS, isCap, isVerbish, type Tok } from "./tokens.ts";

/** toks[s - 1] is a lowercase trade before a name, after "for/at/with" and an anonymous source's
 *  head ("a spokesman for carmaker Volkora"): without it, the firm alone would be the speaker. */
function tradeBeforeName(toks: Tok[], s: number): boolean {
  const trade = toks[s - 1];
  const link = toks[s - 2];
  const head = toks[s - 3];
  return (
    trade?.type === "w" &&
    /^\p{Ll}[\p{Ll}-]{2,}$/u.test(trade.text) &&
    !DETERMINERS.has(trade.lower) &&
    !isVerbish(trade) &&
    !CLAUSE_BREAKERS.has(trade.lower) &&
    isCap(toks[s]!) &&
    link?.type === "w" &&
    /^(?:for|at|with)$/.test(link.lower) &&
    head?.type === "w" &&
    ANONYMOUS_HEADS.has(head.lower)
  );
}

/** With no determiner, lowercase words at the front are skipped to the first capitalised, title or
 *  particle word; -1 when only a lowercase non-source word is left. */
export function undeterminedFront(toks: Tok[], from: number, j: number): number {
  let s = from;
  while (
    s < j &&
    !isCap(toks[s]!) &&
    !TITLE_WORDS.has(toks[s]!.lower) &&
    !PARTICLES_IN_SPEAKER_NAMES.has(toks[s]!.lower) &&
    !/^\d/.test(toks[s]!.text)
  )
    s++;
  if (s === j && !isCap(toks[j]!) && !ANONYMOUS_HEADS.has(toks[j]!.lower) && !ORG_NOUNS.has(toks[j]!.lower))
    return -1;
  // "a spokesman for distributor Toho": the firm's trade before its name stays in the phrase.
  return tradeBeforeName(toks, s) ? s - 1 : s;
}
