// "the Music Managers' Forum (MMF), who say British artists face …", "Ofcom, which said …": a
// relative pronoun after a comma speaks for the noun phrase before the comma (an abbreviation
// in brackets after it skipped). Only a capitalised phrase: "the plan, which said …" is no one.

import { type Phrase, phraseBefore } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** The antecedent of "who"/"which" at toks[a - 1], when toks[a] is its verb (group). */
export function relativeSubject(toks: Tok[], a: number, text: string): Phrase | null {
  if (!/^(?:who|which)$/.test(toks[a - 1]?.lower ?? "") || toks[a - 2]?.text !== ",") return null;
  let c = a - 2;
  // "(MMF)": a bracketed abbreviation between the name and the comma.
  if (toks[c - 1]?.text === ")" && toks[c - 3]?.text === "(") c -= 3;
  const p = phraseBefore(toks, c, text);
  return p && /\p{Lu}/u.test(p.text) ? p : null;
}
