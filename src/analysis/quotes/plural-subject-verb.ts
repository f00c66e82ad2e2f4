// "said voters want change", "says Americans deserve better", "said most people misunderstand
// him": a plural subject and a plain present verb open the reported clause. A plain form looks
// like any noun, so it counts only from a closed list of common verbs, right after a plural
// subject word (and one quantifier at most before it).

import type { Tok } from "./tokens.ts";

/** Common verbs in their plain present form (third person plural). */
const PLAIN_VERBS = new Set(
  `want need deserve think believe know like support oppose misunderstand understand feel see have
  expect hope agree disagree worry trust fear face remain continue plan prefer care love hate favor
  favour back reject accept lack seem appear tend remember forget intend refuse
  say tell get go make take come keep become bear pay owe wish mean matter count`.split(/\s+/),
);
/** Plurals without an -s ending. */
const IRREGULAR_PLURALS = new Set("people children men women police staff".split(" "));
/** One quantifier may open the subject: "most people", "many voters". */
const QUANTIFIERS = new Set("most many some all few several both".split(" "));

const plural = (w: string) => IRREGULAR_PLURALS.has(w.toLowerCase()) || /^\p{L}{3,}[^su'’]s$/u.test(w);

/** Is toks[k] a plain present verb after a plural subject that opens at toks[a]? */
export function pluralSubjectVerb(toks: readonly Tok[], a: number, k: number): boolean {
  const word = (i: number) => (toks[i]?.type === "w" ? toks[i]!.text : "");
  if (!PLAIN_VERBS.has(word(k))) return false;
  const subject = k - 1;
  if (subject < a || !plural(word(subject))) return false;
  return subject === a || (subject === a + 1 && QUANTIFIERS.has(word(a).toLowerCase()));
}

export const PLURAL_SUBJECT_VERB_SWITCH = {
  name: "reported-plural-subject-verb",
  doc: '"said voters want change", "says most people misunderstand him": a plural subject and a plain present verb',
};
