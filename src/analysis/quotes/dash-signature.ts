// `“…” ― Dana Obi`, `"…" - Sanders.`: a name alone after a dash signs the quotation before it (a
// closing-tag rule of cue-after.ts, in a module of its own).

import { PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { type Cue, nameRun, phraseOf } from "./phrases.ts";
import type { TagInput } from "./tag-input.ts";
import { isCap } from "./tok.ts";

/** `“…” ― Dana Obi`, `"…" - Sanders.`: a name alone after a dash signs the quotation before it. */
export function dashSignature({ toks, qi, k, text }: TagInput): Cue | null {
  if (k !== qi + 2 || !/^[―—–-]$/.test(toks[qi + 1]!.text)) return null;
  let e = k;
  while (
    e < toks.length &&
    e - k < 6 &&
    toks[e]!.type === "w" &&
    (isCap(toks[e]!) || PARTICLES_IN_SPEAKER_NAMES.has(toks[e]!.lower))
  )
    e++;
  const after = toks[e];
  if (
    !nameRun(toks, k, e) ||
    (after && after.type === "w") ||
    (after?.type === "p" && !/^[.,;]$/.test(after.text))
  )
    return null;
  return { speaker: phraseOf(toks, k, e - 1, text), cue: toks[qi + 1]!.text, label: false };
}
