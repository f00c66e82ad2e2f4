// "the work and pensions minister has said", "the trade and industry secretary": a portfolio of
// two lower-case nouns joined by "and" before an office head names one office. Read as a clause
// breaker, the "and" cut the subject to "pensions minister", which no rule takes up. The "and"
// token is marked here (switch "portfolio-and") and the phrase readers keep a marked "and" inside.

import { OFFICE_HEADS, ROLE_HEADS } from "../lexicons/titles.ts";
import type { Tok } from "./tok.ts";

/** Heads of a portfolio's office or its spokesperson. */
const HEAD = (w: string) => OFFICE_HEADS.has(w) || /^spokes(?:man|woman|person)$/.test(w);

/** Words opening a definite or owned description. */
const OPENER = /^(?:the|its|his|her|their)$/;

/** Function words that are never a portfolio's noun. */
const FUNCTION_WORD =
  /^(?:the|a|an|and|or|of|to|in|on|at|by|for|with|as|that|this|his|her|its|their|he|she|it|they|we|who|which|is|was|has|had|have|be|been|will|would|also|then|now|not)$/;

/** A lower-case word that may be a portfolio's noun ("work", "pensions", "rural"). */
const portfolioWord = (t: Tok | undefined) =>
  t?.type === "w" &&
  /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) &&
  !FUNCTION_WORD.test(t.lower) &&
  !ROLE_HEADS.has(t.lower);

/**
 * toks[k] is "and" in "the <word> and <word> [<word>] <office>": one or two portfolio words after
 * an opener before it, one or two after it, then a lower-case office head.
 */
function portfolioAndAt(toks: readonly Tok[], k: number): boolean {
  if (toks[k]?.lower !== "and" || !portfolioWord(toks[k - 1])) return false;
  const open = (i: number) => OPENER.test(toks[i]?.lower ?? "");
  if (!open(k - 2) && !(portfolioWord(toks[k - 2]) && open(k - 3))) return false;
  for (let e = k + 2; e <= k + 3; e++) {
    const head = toks[e];
    if (!portfolioWord(toks[e - 1])) return false;
    if (head?.type === "w" && /^\p{Ll}/u.test(head.text) && HEAD(head.lower)) return true;
  }
  return false;
}

/** Marks each "and" inside a lower-case portfolio (`joins`), so the phrase readers keep it. */
export function markPortfolioAnd(toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) if (portfolioAndAt(toks, k)) toks[k]!.joins = true;
}
