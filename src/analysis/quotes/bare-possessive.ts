// "said PBS' Jacoba Atlas", "said the Joneses' lawyer Al Park": the possessive of a name ending
// in s, written with a bare apostrophe, runs on into the name or role it owns, as "the SNP's Nicola
// Sturgeon" does; read as the end of the phrase, it gave the owner ("PBS") as the speaker.

import type { Tok } from "./tokens.ts";

/** Is toks[k] a bare possessive apostrophe ("PBS'") with a word after it? */
export function barePossessive(toks: readonly Tok[], k: number, text: string): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    t.type === "p" &&
    /^['’]$/.test(t.text) &&
    prev?.type === "w" &&
    /s$/i.test(prev.text) &&
    prev.end === t.start &&
    next?.type === "w" &&
    /^\s+$/.test(text.slice(t.end, next.start))
  );
}
