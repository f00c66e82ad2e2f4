// The actions of a sentence without a lexicon of events: verbs in the past (-ed forms and common
// irregular pasts), in the future or after a modal ("will vote", "to close"), and "is/are … -ing".
// Plain English morphology, not tuned to one corpus.

import type { EventWord } from "../../text/views.ts";

const IRREGULAR_PAST = new Set(
  "went made took gave met left came held found won lost began brought sent struck fell rose saw got set put ran hit cut paid sold built led spoke wrote flew fled shot fought broke became kept stood threw drew drove beat bought caught chose froze grew hung knew laid lit meant rode rang sank sat slept spent spread stole stuck swept swore taught tore thought woke wore withdrew overtook undertook upheld sought sank told said burst shut quit split cast bid".split(
    " ",
  ),
);
/** -ed words that are no verb form. */
const NOT_PAST = new Set(
  "need speed seed feed breed bleed bed red shed hundred wed reed deed greed steed weed indeed embed bred sacred naked wicked rugged ragged aged".split(
    " ",
  ),
);
const MODAL = /^(?:will|would|shall|could|can|may|might|must|should|to)$/i;
const BE = /^(?:is|are|was|were|be|been)$/i;
/** Subject pronouns, which a modal may stand before in a question or after "never", "nor". */
const INVERTED_SUBJECT = /^(?:i|we|you|he|she|they|it)$/;
const DETERMINER_BEFORE =
  /^(?:a|an|the|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all)$/i;
/** Reporting verbs: an action of last resort (a label "X said" says little). */
export const REPORTING =
  /^(?:said|says|say|told|tells|added|stated|reported|reports|announced|announces|insisted|explained)$/i;
/** Reporting verbs in the present ("the Times says in an editorial on Thursday"). */
const PRESENT_REPORTING = /^(?:says|tells|reports|announces)$/;
const FUNCTION = /^(?:a|an|the|not|never|also|be|have|been|and|or|but|of|in|on|at|for|with|by)$/i;

const PAST_HINT = new RegExp(`[a-z]ed\\b|\\b(?:${[...IRREGULAR_PAST].join("|")})\\b`);

/** The sentence may hold a past action (a cheap test before reading its words). */
export const mayHavePast = (sentence: string): boolean => PAST_HINT.test(sentence);

export interface Action {
  /** Word indexes: the first (a modal or auxiliary when there is one) and the verb. */
  from: number;
  verb: number;
  reporting: boolean;
}

const lower = (w: EventWord | undefined) => w !== undefined && /^[a-z][a-z'-]*$/.test(w.text);
/** A sentence opening on a participle ("Rescued on Nov. 25 by fishermen, …"): the word, lower-cased. */
const OPENING_PARTICIPLE = /^(?:[A-Z][a-z]+ed)$/;
const AFTER_PARTICIPLE = /^(?:on|in|at|by|from|after|before|with|during|last|,)$/i;

/** The index of "did"/"does" before word i, past "not" and adverbs ("did not publicly"), or -1. */
function doSupport(words: readonly EventWord[], i: number): number {
  let k = i - 1;
  while (k >= i - 2 && k >= 0 && /^(?:not|never|\w+ly)$/i.test(words[k]!.text)) k--;
  return k < i - 1 && k >= 0 && /^(?:did|does|didn't|doesn't)$/i.test(words[k]!.text) ? k : -1;
}

/** Is word i the verb after a modal and its subject pronoun ("will we accept")? */
const invertedAfter = (words: readonly EventWord[], i: number): boolean =>
  INVERTED_SUBJECT.test(words[i - 1]?.text ?? "") &&
  MODAL.test(words[i - 2]?.text ?? "") &&
  words[i - 2]!.text !== "to";

/** Every action of the sentence's words, in order. */
export function actionsIn(words: readonly EventWord[]): Action[] {
  const out: Action[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i === 0 && OPENING_PARTICIPLE.test(w.text) && AFTER_PARTICIPLE.test(words[1]?.text ?? "")) {
      out.push({ from: 0, verb: 0, reporting: false });
      continue;
    }
    if (!lower(w)) continue;
    const t = w.text; // lower case already (lower: a-z, ' and - only)
    const prev = words[i - 1];
    const prevText = prev?.text.toLowerCase() ?? "";
    // "will we accept", "Under no circumstance will we accept": a modal before its subject asks or
    // denies (a question, a negative inversion); neither the pronoun nor the verb after is an action.
    if ((MODAL.test(prevText) && INVERTED_SUBJECT.test(t)) || invertedAfter(words, i)) continue;
    if (MODAL.test(prevText) && !FUNCTION.test(t) && !MODAL.test(t) && !/(?:ed|ing)$/.test(t)) {
      out.push({ from: i - 1, verb: i, reporting: REPORTING.test(t) });
      continue;
    }
    // "did not publicly comment": do-support, past a negation or an adverb.
    const aux = doSupport(words, i);
    if (aux >= 0 && !FUNCTION.test(t) && !/(?:ed|ing|ly)$/.test(t)) {
      out.push({ from: aux, verb: i, reporting: REPORTING.test(t) });
      continue;
    }
    if (PRESENT_REPORTING.test(t)) {
      out.push({ from: i, verb: i, reporting: true });
      continue;
    }
    if (t.endsWith("ing") && BE.test(prevText)) {
      out.push({ from: i - 1, verb: i, reporting: false });
      continue;
    }
    const past = IRREGULAR_PAST.has(t) || (t.length >= 5 && t.endsWith("ed") && !NOT_PAST.has(t));
    if (past && !DETERMINER_BEFORE.test(prevText))
      out.push({ from: i, verb: i, reporting: REPORTING.test(t) });
  }
  return out;
}
