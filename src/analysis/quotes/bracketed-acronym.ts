// "said a senior Confederation of British Industry (CBI) economist", "a senior Petroleos de
// Venezuela (PDVSA) official said": an acronym in brackets right after the name it abbreviates,
// inside a speaker's phrase whose head noun follows it, reads on as part of the phrase (the
// brackets ended it, leaving "a senior Confederation" or no speaker at all). Not before a body's
// own noun ("the Press Trust of India (PTI) news agency" is the agency its name gives).

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { isCap, type Tok } from "./tok.ts";
import { isVerbish } from "./tokens.ts";

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}&.-]{1,9}$/u;

/** toks[k] is a bracket of "( ACRONYM )" after a capitalised word and before a lower-case word. */
export function inBracketedAcronym(toks: readonly Tok[], k: number): boolean {
  const open = toks[k]?.text === "(" ? k : toks[k]?.text === ")" ? k - 2 : -1;
  if (open < 1 || toks[open]?.text !== "(" || toks[open + 2]?.text !== ")") return false;
  const acronym = toks[open + 1]!;
  const before = toks[open - 1]!;
  const after = toks[open + 3];
  return (
    acronym.type === "w" &&
    ACRONYM.test(acronym.text) &&
    before.type === "w" &&
    isCap(before) &&
    after?.type === "w" &&
    /^\p{Ll}/u.test(after.text) &&
    !isVerbish(after) &&
    !bodyHeadAfter(toks, open + 3)
  );
}

/** "the Press Trust of India (PTI) news agency": a body's own noun follows, so the phrase is the
 *  body, which its name before the brackets already names. */
function bodyHeadAfter(toks: readonly Tok[], from: number): boolean {
  for (let k = from; k < from + 3 && toks[k]?.type === "w" && /^\p{Ll}/u.test(toks[k]!.text); k++)
    if (ORG_NOUNS.has(toks[k]!.lower)) return true;
  return false;
}

/** A word of a speaker's phrase, or a bracket of its acronym ("… Industry (CBI) economist said"). */
export const phraseToken = (toks: readonly Tok[], k: number): boolean =>
  toks[k]!.type === "w" || inBracketedAcronym(toks, k);
