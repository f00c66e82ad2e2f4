// A quotation that is the object of a speech verb in a relative clause after it: `instead of the
// "bonfire of quangos" New Labour had promised, there had been an "explosion"`. The quotation is
// what the clause's subject promised (its speaker), and the verb, having no object of its own,
// is no cue for a quotation later in the sentence.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Cue } from "./phrases.ts";
import { phraseOf } from "./phrases.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

export const RELATIVE_OBJECT_SWITCH = {
  name: "relative-object",
  doc: '`the "bonfire of quangos" New Labour had promised, …`: the quotation is the object of the verb after it, whose subject speaks it; the verb cues nothing later',
};

/** Auxiliaries between the clause's subject and its verb ("had promised", "has long wanted"). */
const AUX = /^(?:had|has|have|would|will|once|long|always|often|repeatedly|never|also|first)$/;

/** The quotation is not set off from what follows: no punctuation inside its closing marks. */
function runsOn(toks: Tok[], qi: number, text: string): boolean {
  const q = toks[qi]!;
  const inner = text
    .slice(q.start, q.end)
    .replace(/["“”'’\s]+$/u, "")
    .slice(-1);
  return q.end > q.start && !/[,.!?…:;—–-]/.test(inner);
}

/** `"…" New Labour had promised,`: the subject's first and last token and the verb's, or null. */
function clauseAfter(toks: Tok[], qi: number, text: string): { s: number; e: number; v: number } | null {
  if (toks[qi]?.type !== "q" || !runsOn(toks, qi, text)) return null;
  // "the Harbour Board": a determiner, then the capitalised words of a name.
  const s = toks[qi + 1]?.lower === "the" ? qi + 2 : qi + 1;
  let e = s;
  while (e < toks.length && e - s < 4 && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
  if (e === s) return null;
  let v = e;
  while (v < toks.length && v - e < 2 && AUX.test(toks[v]!.lower)) v++;
  const verb = toks[v];
  if (verb?.type !== "w" || isCap(verb) || !isVerbish(verb) || !/ed$|ote$|aid$/.test(verb.lower)) return null;
  // No object of its own: the clause ends right after the verb.
  const next = toks[v + 1];
  return !next || (next.type === "p" && /^[,.;]$/.test(next.text)) ? { s: qi + 1, e: e - 1, v } : null;
}

/** The quotation toks[qi]'s speaker, when it is the object of a relative clause right after it. */
export function relativeObjectCue(toks: Tok[], qi: number, text: string, switches: StepSwitches): Cue | null {
  if (!isOn("quotes", RELATIVE_OBJECT_SWITCH.name, switches)) return null;
  const c = clauseAfter(toks, qi, text);
  return c ? { speaker: phraseOf(toks, c.s, c.e, text), cue: toks[c.v]!.lower, label: false } : null;
}

/** Is toks[j] the verb of such a relative clause (so no cue for a quotation after it)? */
export function relativeObjectVerb(toks: Tok[], j: number, text: string, switches: StepSwitches): boolean {
  if (!isOn("quotes", RELATIVE_OBJECT_SWITCH.name, switches)) return false;
  for (let qi = j - 2; qi >= 0 && j - qi <= 7; qi--)
    if (toks[qi]!.type === "q") return clauseAfter(toks, qi, text)?.v === j;
  return false;
}
