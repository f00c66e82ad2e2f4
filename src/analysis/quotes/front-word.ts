// The opening words a subject phrase is read past ("As", "But", "So"), told apart from an acronym
// written the same ("AS offers one viewpoint:", the Spanish paper; session 35).

import { FRONT_WORDS, type Tok } from "./tokens.ts";

/** An opening word ("As", "But", "So") — not one written in capitals among lower-case words, an
 *  acronym ("AS offers one viewpoint:", the Spanish paper, session 35). */
export function frontWord(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!FRONT_WORDS.has(t.lower)) return false;
  const caps = (u: Tok | undefined) => !!u && u.type === "w" && /^\p{Lu}{2,}$/u.test(u.text);
  return !caps(t) || caps(toks[k - 1]) || caps(toks[k + 1]);
}
