// `… "risen by a fifth" if you left out the self-employed, Ms Hale told BBC Radio 4's Today
// programme.`, `…, Tom Gill told the BBC News website.`: the one told, after a closing tag's
// "told", is no adverbial that keeps the tag from closing the sentence; the tail-tag rule
// (tail-tag.ts) reads past it (switch).

import { isCap, type Tok } from "./tokens.ts";

/** Lowercase nouns closing a medium's name: "Today programme", "BBC News website". */
const MEDIUM_NOUNS =
  /^(?:programme|program|show|website|site|newspaper|paper|magazine|channel|station|radio|television|agency|reporters?|journalists?)$/;

/** toks[v] is "told"/"tells": the index past the hearer after it (an optional "the", capitalised
 *  words, numbers and possessives, and one medium noun), else v + 1. */
export function pastHearer(toks: Tok[], v: number, last: number): number {
  if (!/^(?:told|tells)$/.test(toks[v]?.lower ?? "")) return v + 1;
  let k = v + 1;
  if (toks[k]?.lower === "the") k++;
  const from = k;
  while (
    k <= last &&
    toks[k]!.type === "w" &&
    (isCap(toks[k]!) || /^\d+(?:['’]s)?$/.test(toks[k]!.text) || /^['’]s$/.test(toks[k]!.text))
  )
    k++;
  if (k === from) return v + 1;
  if (k <= last && toks[k]!.type === "w" && MEDIUM_NOUNS.test(toks[k]!.lower)) k++;
  return k;
}
