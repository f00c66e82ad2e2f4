// Subjects an organisation's name takes in reported speech: "the Music Managers' Forum (MMF), who
// say British artists face …" (a relative pronoun after a comma speaks for the name before it, past
// a bracketed abbreviation). Only a capitalised phrase: "the plan, which said …" is no one.

import { type Phrase, phraseBefore } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** toks[a - 1] closes a bracketed abbreviation ("(BCC)"): the index of its "(", else -1. */
function abbreviationOpen(toks: Tok[], a: number): number {
  return toks[a - 1]?.text === ")" &&
    toks[a - 3]?.text === "(" &&
    /^\p{Lu}[\p{Lu}&]{1,6}$/u.test(toks[a - 2]?.text ?? "")
    ? a - 3
    : -1;
}

/** The antecedent of "who"/"which" at toks[a - 1], when toks[a] is its verb (group). */
export function relativeSubject(toks: Tok[], a: number, text: string): Phrase | null {
  if (!/^(?:who|which)$/.test(toks[a - 1]?.lower ?? "") || toks[a - 2]?.text !== ",") return null;
  const c = a - 2;
  const open = abbreviationOpen(toks, c);
  const p = open > 0 ? phraseBefore(toks, open, text) : phraseBefore(toks, c, text);
  return p && /\p{Lu}/u.test(p.text) ? p : null;
}

/** Heads of organisations' names the shared lexicon leaves out ("the Music Managers' Forum"). */
const NAME_TAILS = /\s(?:Forum|Alliance|Coalition|Society|Trust|Chambers?|Consortium|Confederation|Lobby)$/;

/** A capitalised name of two words or more that ends on an organisation's head ("Music Managers' Forum"). */
export const organisationName = (name: string | null): boolean => !!name && NAME_TAILS.test(name);
