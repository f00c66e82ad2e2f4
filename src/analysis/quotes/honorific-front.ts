// "Leaving a Brussels summit Mr Blair said": a name opened by an honorific starts the speaker
// phrase; the noun phrase before it ("a Brussels summit") belongs to the clause, not the name.

import { PERSONAL_HONORIFICS, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { DETERMINERS, isCap, type Tok } from "./tokens.ts";

/** Is toks[k] the common noun (no title or role) ending a determined noun phrase just before an
 *  honorific inside the phrase ending at toks[j]? ("shadow chancellor Mr Brown" keeps its title;
 *  "Mr Lee then e-mailed Mr Roe" has no determiner and is left to the verb readers.) */
export function beforeHonorific(toks: readonly Tok[], k: number, j: number): boolean {
  const t = toks[k]!;
  const next = toks[k + 1];
  if (
    k + 1 >= j ||
    t.type !== "w" ||
    isCap(t) ||
    next === undefined ||
    !PERSONAL_HONORIFICS.has(next.text) ||
    TITLE_WORDS.has(t.lower) ||
    ROLE_HEADS.has(t.lower)
  )
    return false;
  for (let i = k - 1; i >= Math.max(0, k - 3); i--) {
    const w = toks[i]!;
    if (w.type !== "w") return false;
    if (DETERMINERS.has(w.lower) && w.lower !== "one") return true;
  }
  return false;
}
