// `Rep. Trey Gowdy: “…”`, `… - Carl Bialik: “…”`: a name alone before a colon introduces the
// quotation after it (transcripts, round-ups). Only a name that looks like a person's (a title, or a known given name), opening its
// sentence or set off by a dash, so a heading ("Bottom Line: “…”") is never taken for a speaker.

import { genderOfName } from "../actors/index.ts";
import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { HONORIFICS, TITLE_WORDS } from "../lexicons/titles.ts";
import { type Cue, nameRun, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

/** The cue of the quotation toks[j] when only a known name and a colon stand before it. */
export function colonName(toks: Tok[], j: number, text: string): Cue | null {
  if (toks[j - 1]?.text !== ":") return null;
  const e = j - 1;
  let s = e;
  while (
    s > 0 &&
    e - s < 5 &&
    toks[s - 1]!.type === "w" &&
    (isCap(toks[s - 1]!) || PARTICLES_IN_SPEAKER_NAMES.has(toks[s - 1]!.lower))
  )
    s--;
  const before = toks[s - 1];
  if (before && !(before.type === "p" && /^[―—–-]$/.test(before.text))) return null;
  if (!nameRun(toks, s, e)) return null;
  const p = phraseOf(toks, s, e - 1, text);
  // A person by the look of it: a title or honorific first ("Rep.", "Dr"), or a known given name.
  const first = toks[s]!.text;
  const person =
    TITLE_WORDS.has(first.toLowerCase()) || HONORIFICS.has(first) || genderOfName(p.text) !== "any";
  return person && e - s >= 2 ? { speaker: p, cue: ":", label: false } : null;
}
