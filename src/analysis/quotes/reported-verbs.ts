// Which words the reported-speech rules read as verbs of each kind: the shared lexicons
// (verbs.ts) and, switchable for the ablation, the reported-only ones (reported-verbs lexicon).

import { PREP_ADJECTIVES as ADJECTIVES } from "../lexicons/prep-verbs.ts";
import { MORE_INTENT_VERBS, MORE_STANCE_VERBS, MORE_THAT_VERBS } from "../lexicons/reported-verbs.ts";
import { INTENT_VERBS, REPORTED_THAT_VERBS, STANCE_OBJECT_VERBS } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { AUXILIARY } from "./reported-clause.ts";
import type { CueAt } from "./reported-cue.ts";
import { isCap } from "./tokens.ts";

/** Words before a base or -s form that make it a verb: a name, a pronoun, an auxiliary, "not". */
const SUBJECT_END =
  /^(?:he|she|they|it|we|i|you|who|not|n['’]t|never|also|still|often|will|would|could|should|can|may|might|must|did|does|do|to)$/;

/**
 * "remarks about", "the campaign for", "his focus on": a base or -s form is a verb only after a
 * name, a pronoun or an auxiliary; -ed, -ing and irregular past forms are verbs anyway.
 */
export function verbAt({ toks, j }: CueAt): boolean {
  const w = toks[j]!.lower;
  if (/(?:ed|ing)$/.test(w) || /^(?:spoke|spoken|wrote|written)$/.test(w) || ADJECTIVES.has(w)) return true;
  const prev = toks[j - 1];
  return (
    prev?.type === "w" &&
    ((isCap(prev) && !singularBeforeBase(toks, j)) ||
      SUBJECT_END.test(prev.lower) ||
      AUXILIARY.test(prev.lower))
  );
}

/** "the Olympic champion went down": a base form after one capitalised word that a determiner
 *  opens is a noun, as a singular name takes the -s form (session 39); a plural ("the Democrats")
 *  is left to the other checks. */
function singularBeforeBase(toks: CueAt["toks"], j: number): boolean {
  const [w, prev, det] = [toks[j]!.lower, toks[j - 1]!, toks[j - 2]];
  return (
    !/s$/.test(w) &&
    !/s$/.test(prev.lower) &&
    det?.type === "w" &&
    /^(?:the|a|an|this|that|his|her|its|their)$/.test(det.lower)
  );
}

export const MORE_VERBS_SWITCH = {
  name: "reported-more-verbs",
  doc: '"derided the plan", "learned that …", "tried to block …": verbs of stance, knowledge and trying beyond the shared lexicon',
};

/** Every word of the reported-only lexicons, for the cue scan. */
export const MORE_CUE_WORDS: readonly string[] = [
  ...new Set([...MORE_STANCE_VERBS, ...MORE_THAT_VERBS, ...MORE_INTENT_VERBS]),
];

const more = (c: CueAt, set: ReadonlySet<string>) =>
  set.has(c.toks[c.j]!.lower) && verbAt(c) && isOn("quotes", MORE_VERBS_SWITCH.name, c.switches);

export const stanceVerb = (c: CueAt) =>
  STANCE_OBJECT_VERBS.has(c.toks[c.j]!.lower) || more(c, MORE_STANCE_VERBS);
export const thatVerb = (c: CueAt) => REPORTED_THAT_VERBS.has(c.toks[c.j]!.lower) || more(c, MORE_THAT_VERBS);
export const intentVerb = (c: CueAt) => INTENT_VERBS.has(c.toks[c.j]!.lower) || more(c, MORE_INTENT_VERBS);
