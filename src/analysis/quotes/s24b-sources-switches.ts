// Sources readers find that the tag rules missed (session 24b, issue #13): an inverted tag right
// after a quoted term with no comma between (`2019 was a "lost year" said Ann Roe, head of …`).

import { isOn, type StepSwitches } from "../steps.ts";
import { isCap, type Tok } from "./tokens.ts";

const UNPUNCTUATED_INVERTED_TAG_SWITCH = {
  name: "tag-inverted-unpunctuated",
  doc: '`was a "lost year" said Ann Roe, head of …`: a verb of saying that is never a noun, then its speaker closing the clause, tags a term with no comma before it',
};

/** Verbs of saying that no reader takes for a noun after a quoted term ("claims", "notes" are). */
const NEVER_NOUN_SAYING =
  /^(?:said|says|added|adds|insisted|insists|explained|explains|admitted|admits|argued|argues|warned|warns|stressed|stresses|declared|conceded|concedes|remarked|commented|observed|continued|wrote|writes)$/;

/** Words that make the run after the verb a clause of its own, not a speaker ("said Labour was"). */
const CLAUSE_WORDS =
  /^(?:is|was|were|are|be|been|has|had|have|will|would|could|should|can|may|might|must|did|does|do|that|which|who|whom|he|she|they|it|we|i|you|there|this|to|not|if|when|because)$/;

/** Determiners or titles a speaker after an inverted verb may open on. */
const SPEAKER_OPENERS = /^(?:the|a|an|one|its|his|her|their|our)$/;

/** Does `"term" said X` hold an inverted tag though no comma sets the quotation off: toks[k] a
 *  verb of saying that is never a noun, and the words after it up to the next comma or stop (at
 *  most ten) a name or a description, no clause of their own? */
export function noComma({ toks, k, switches }: { toks: Tok[]; k: number; switches: StepSwitches }): boolean {
  if (!isOn("quotes", UNPUNCTUATED_INVERTED_TAG_SWITCH.name, switches)) return false;
  const verb = toks[k];
  if (verb?.type !== "w" || isCap(verb) || !NEVER_NOUN_SAYING.test(verb.lower)) return false;
  const first = toks[k + 1];
  if (first?.type !== "w" || !(isCap(first) || SPEAKER_OPENERS.test(first.lower))) return false;
  let j = k + 1;
  for (; j < toks.length && toks[j]!.type === "w" && j - k <= 10; j++)
    if (!isCap(toks[j]!) && CLAUSE_WORDS.test(toks[j]!.lower)) return false;
  const end = toks[j];
  return !end || (end.type === "p" && /^[.,;!?]$/.test(end.text));
}

/** This module's switches, for the ablation. */
export const S24B_SOURCES_SWITCHES = [UNPUNCTUATED_INVERTED_TAG_SWITCH];
