// Reported speech: an aside between paired dashes is not part of the clause around it. "Wrenfield
// — who once ran the ferries — said the fees rose", "said — on the radio, as it happens — that …":
// the rules read the sentence's words with the aside taken out, so the subject meets its verb and
// the verb its "that". The content's span still runs over the aside (offsets are the text's).

import type { Tok } from "./tokens.ts";

export const DASH_ASIDE_SWITCH = {
  name: "reported-dash-aside",
  doc: '"Wrenfield — who once ran the ferries — said …": the rules read past an aside between paired dashes',
};

/** Most tokens an aside may hold. */
const MAX_ASIDE = 30;

/** A dash standing apart ("—", " - ", "--"): the index past it, or -1. */
function dashAt(toks: Tok[], i: number): number {
  const t = toks[i]!;
  if (t.type !== "p" || !/^[—–-]$/.test(t.text)) return -1;
  let e = i + 1;
  if (t.text === "-" && toks[e]?.text === "-" && toks[e]!.start === t.end) e++;
  const before = toks[i - 1];
  const after = toks[e];
  // A hyphen between words ("Bush-era") is no dash; an em dash needs no spaces.
  if (
    t.text === "-" &&
    e === i + 1 &&
    ((before && before.end === t.start) || (after && after.start === t.end))
  )
    return -1;
  return e;
}

/** The sentence's tokens without its paired-dash asides, or null when it has none. */
export function withoutDashAsides(toks: Tok[]): Tok[] | null {
  let out: Tok[] | null = null;
  let from = 0;
  for (let i = 1; i < toks.length; i++) {
    const open = dashAt(toks, i);
    if (open < 0) continue;
    let close = -1;
    let k = open;
    for (; k < toks.length && k - open <= MAX_ASIDE; k++) {
      close = dashAt(toks, k);
      if (close >= 0 || /^[.;:!?]$/.test(toks[k]!.text)) break;
    }
    // An aside opens after a word and closes before more words of the clause.
    if (close < 0 || k === open || close >= toks.length) continue;
    out ??= [];
    out.push(...toks.slice(from, i));
    from = close;
    i = close - 1;
  }
  if (!out) return null;
  out.push(...toks.slice(from));
  return out;
}
