// Reported speech: a reporting verb after "and"/"but" shares the subject opening the sentence.
// "Calloway met the crews on Thursday and said the port must act", "Wrenfield declined to name
// the bidders but said one was local", "…, then says": the shared subject rules read back from the
// verb and would take the first conjunct's object ("the crews") or stop at a day.

import { SUBORDINATORS } from "../lexicons/clauses.ts";
import { REPORTED_BARE_VERBS, REPORTED_THAT_VERBS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { SUBORDINATE_APPOSITION_SWITCH } from "./subordinate-coordination.ts";
import { isAdverb, type Tok } from "./tokens.ts";

export const COORDINATED_SWITCH = {
  name: "reported-coordinated-verb",
  doc: '"Calloway met the crews and said …": a verb after "and"/"but" shares the name opening the sentence',
};

/** Most tokens the first conjunct may hold between the opening name and the conjunction. */
const MAX_CONJUNCT = 30;
const CONJUNCTION = /^(?:and|but)$/;
/** Adverbs that may stand between the conjunction and the verb ("and later said", ", then says"). */
const BETWEEN = /^(?:also|then|later|again|repeatedly|quickly|still|now|even)$/;

/**
 * The subject of the reporting verb toks[j] when it opens the second of two coordinated verb
 * phrases: the name opening the sentence (`leadOf`), when nothing in the first conjunct could be
 * the verb's own subject (a clause of saying whose words the conjunction may continue: "Calloway said the
 * crews were tired and wanted …").
 */
export function coordinatedSubject(
  toks: Tok[],
  j: number,
  leadOf: () => Phrase | null,
  switches: StepSwitches,
): Phrase | null {
  if (/ing$/.test(toks[j]!.lower) || !isOn("quotes", COORDINATED_SWITCH.name, switches)) return null;
  let a = j;
  while (a > 0 && j - a < 2 && (BETWEEN.test(toks[a - 1]!.lower) || isAdverb(toks[a - 1]!))) a--;
  const conj = toks[a - 1];
  const then = toks[a]?.lower === "then" && conj?.text === ",";
  if (!conj || !(CONJUNCTION.test(conj.lower) || then)) return null;
  const lead = leadOf();
  if (!lead) return null;
  const first = toks.findIndex((t) => t.start >= lead.end);
  if (first < 0 || a - 1 - first < 2 || a - 1 - first > MAX_CONJUNCT) return null;
  const verb = toks[j]!.lower;
  const breaks = isOn("quotes", SUBORDINATE_APPOSITION_SWITCH.name, switches);
  for (let k = first; k < a - 1; k++) {
    const t = toks[k]!;
    if (t.type === "q" || (t.type === "p" && !/^[,—–-]$/.test(t.text))) return null;
    const saying = REPORTED_THAT_VERBS.has(t.lower) || REPORTED_BARE_VERBS.has(t.lower);
    if (saying && t.lower !== verb) return null;
    // ("Roe signed an order, while Bo Lind proposed a tax and said …": a clause of another subject
    // opens between the lead and the verb; the subordinate-coordination rule reads it)
    if (t.text === "," && SUBORDINATORS.has(toks[k + 1]?.lower ?? "") && breaks) return null;
  }
  return lead;
}
