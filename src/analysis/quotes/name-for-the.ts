// "A spokesman for the Forum for the Coastal Towns said": read backwards, the subject stops at
// the determiner of "the Coastal Towns"; a capitalised word before "for the" makes the "for"
// part of the name, so the reading goes on to "the Forum for the Coastal Towns" (and the
// spokesman before it).

import { isCap, type Tok } from "./tokens.ts";

/** toks[s] is the "the" of a name's own "for the" (a name's word before "for"). */
export const nameForThe = (toks: Tok[], s: number): boolean =>
  toks[s - 1]?.lower === "for" &&
  !!toks[s - 2] &&
  isCap(toks[s - 2]!) &&
  toks[s]!.lower === "the" &&
  !!toks[s + 1] &&
  isCap(toks[s + 1]!);
