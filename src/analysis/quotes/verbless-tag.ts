// `"…it will mark a harder year," Mr Hale.`: a tag whose verb the writer left out. A quotation
// closing on a comma, then only a name of two or more capitalised words ("Mr Hale", "Tom Hale") and the
// full stop, is that person's (the comma promised a tag; nothing but the name came).

import type { Cue } from "./phrases.ts";
import { nameRun, phraseOf } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

/** The cue of quotation toks[qi] when a verbless name tag follows it, else null. */
export function verblessNameTag(toks: Tok[], qi: number, k: number, text: string): Cue | null {
  const q = toks[qi]!;
  if (k !== qi + 1 || !/,\s*["”“’']?\s*$/.test(text.slice(q.start, q.end))) return null;
  let e = k;
  while (e < toks.length && e - k < 5 && toks[e]!.type === "w") e++;
  const after = toks[e];
  if (after && !(after.type === "p" && after.text === ".")) return null;
  // ("Mr Hale", "Tom Hale": a lone word may be anything capitalised)
  if (e - k < 2 || !nameRun(toks, k, e)) return null;
  return { speaker: phraseOf(toks, k, e - 1, text), cue: ",", label: false };
}
