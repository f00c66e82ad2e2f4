// `As Ann Roe of the Widget Club put it: "…"`, `Or, as one trader put it bluntly, "…"`: "put it"
// (with an adverb of manner, perhaps) before a colon, a comma or the quotation is a verb of saying;
// its subject speaks, as the subject of "said" does.

import { isOn, type StepSwitches } from "../steps.ts";
import { mannerBeforeParticiple } from "./manner-tag.ts";
import { openingMoreVerb } from "./s22-nospk-switches.ts";
import { PUT_IT_SWITCH } from "./set29-switches.ts";
import type { Tok } from "./tokens.ts";

/** toks[j] is "put" of "put it" (and a -ly adverb) right before a colon, a comma or a quotation. */
function putItCue(toks: Tok[], j: number, switches: StepSwitches): boolean {
  if (!/^puts?$/.test(toks[j]!.lower) || toks[j + 1]?.lower !== "it") return false;
  let k = j + 2;
  if (toks[k]?.type === "w" && /ly$/.test(toks[k]!.lower)) k++;
  const after = toks[k];
  const opens = after?.type === "q" || (after?.type === "p" && /^[:,]$/.test(after.text));
  return opens && isOn("quotes", PUT_IT_SWITCH.name, switches);
}

/** cueBefore's verbs past the speech verbs proper: a manner word before a participle, or "put it". */
export const mannerOrPutIt = (toks: Tok[], j: number, switches: StepSwitches): boolean =>
  mannerBeforeParticiple(toks, j, switches) ||
  putItCue(toks, j, switches) ||
  openingMoreVerb(toks, j, switches);
