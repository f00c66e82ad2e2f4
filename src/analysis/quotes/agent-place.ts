// "MTV has been criticised for “…” by television campaigners in the US.": a passive's agent
// whose words end on a place after "in" is the noun before "in", not the place; the passive-agent
// rule then weighs that noun (it speaks only if it can), and a lead's agent nobody names is left
// to the source the next sentence names (lead-named-next.ts).

import { type Phrase, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const AGENT_PLACE_SWITCH = {
  name: "agent-before-place",
  doc: '`criticised for "…" by campaigners in the US`: the agent is the noun before "in", not the place',
} as const;

/** The agent's own words when the phrase after "by" runs lower-case words, "in" (the) and a
 *  capitalised place to its end; else null. */
export function agentBeforePlace(toks: Tok[], at: number, text: string): Phrase | null {
  let e = at;
  while (e < toks.length && e - at < 12 && toks[e]!.type === "w") e++;
  let s = e - 1;
  if (s <= at || !isCap(toks[s]!)) return null;
  while (s > at && isCap(toks[s - 1]!)) s--;
  let i = s - 1;
  if (toks[i]?.lower === "the") i--;
  if (i <= at || toks[i]?.lower !== "in" || isCap(toks[i - 1]!)) return null;
  return phraseOf(toks, at, i - 1, text);
}
