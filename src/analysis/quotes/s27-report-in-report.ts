// Session 27 (issue #13): a speech verb inside another's report whose "subject" is only the object
// of a preposition. "He says evidence from branches around the country suggests there are
// “significant” numbers": "the country" does not suggest anything (evidence does, and evidence
// speaks through him); the words are the outer verb's subject's, "He".

import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { isVerbish, nounUse, type Tok } from "./tokens.ts";

export const REPORT_IN_REPORT_SWITCH = {
  name: "report-in-report-object",
  doc: "'He says evidence from branches around the country suggests “…”': an inner speech verb whose subject is a preposition's object gives way to the outer verb",
} as const;

const PREPOSITION = /^(?:of|from|in|at|around|across|on|for|with|among|throughout|within)$/;
/** The outer verbs of saying whose report may hold another's ("He says evidence … suggests"). */
const OUTER = /^(?:says|said|tells|told|claims|claimed|insists|insisted|argues|argued|believes|believed)$/;
/** How many words the outer verb may lie before the preposition. */
const REACH = 12;

/**
 * The phrase `subj`, found as the subject of the speech verb toks[j] right before it, follows a
 * preposition (not "by": an agent), and the words before it run back, unbroken by punctuation, a quotation or another speech verb, to an outer
 * lowercase verb of saying ("says", "told") of this sentence: the inner verb is no cue of its own.
 */
export function reportInsideReport(toks: Tok[], j: number, subj: Phrase, switches: StepSwitches): boolean {
  if (!isOn("quotes", REPORT_IN_REPORT_SWITCH.name, switches)) return false;
  let s = toks.length - 1;
  while (s > 0 && toks[s]!.start > subj.start) s--;
  if (s < 2 || toks[s]!.start !== subj.start || !PREPOSITION.test(toks[s - 1]!.lower)) return false;
  // (the subject right before the verb: not "a report which branded", "Holmes, who admitted")
  if (toks[j - 1]?.end !== subj.end) return false;
  for (let k = s - 2, n = 0; k >= 0 && n < REACH; k--, n++) {
    const t = toks[k]!;
    if (t.type !== "w") return false;
    if (isVerbish(t)) return OUTER.test(t.text) && !nounUse(toks, k) && k > 0;
  }
  return false;
}
