// Session 27 (issue #13): a participle of saying after a finite clause ("<subject> <verb>
// <object> saying …") hangs on that clause's subject, whoever stands between.
// - `Ann Roe also left the Union Party saying Tom Ashby would "lead better"`: the name right before
//   the participle is the past verb's object, not the participle's subject (the name-participle
//   rule read "the Union Party"). Verbs of seeing, showing and quoting keep their object as the
//   one speaking ("footage showed Tom Ashby saying", "the paper quoted Ms Roe saying").
// - `The board's former head Ann Roe quit last May claiming she was "let down"`: a subject of a
//   role and a name before an irregular past ("quit", "left", "held") ends at that verb; the
//   sentence-subject reader ran on past it ("… Ann Roe quit last May") and gave no speaker.

import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { IRREGULAR_PAST_FORMS, SAME_FORM_PASTS } from "../lexicons/verbs.ts";
import type { Alternative } from "../steps.ts";
import { nameRun, type Phrase, phraseOf, sentenceSubject } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { DETERMINERS, isAdverb, isCap, isVerbish, PASSIVE_AUX, type Tok } from "./tokens.ts";

/** Past verbs whose object is the one seen or heard doing the participle ("showed Ann Roe saying"). */
const DEPICTING = new Set(
  `saw heard overheard watched showed caught filmed pictured photographed recorded taped quoted cited
  found captured depicted featured portrayed imagined reported noticed spotted`.split(/\s+/),
);

/** A lower-case finite past verb: "left", "quit", "criticised" (not after a passive's "was"). */
function pastVerb(toks: Tok[], v: number): boolean {
  const t = toks[v];
  if (t?.type !== "w" || isCap(t) || DEPICTING.has(t.lower) || isVerbish(t)) return false;
  const past =
    IRREGULAR_PAST_FORMS.has(t.lower) || SAME_FORM_PASTS.has(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text);
  return (
    past && !PASSIVE_AUX.has(toks[v - 1]?.lower ?? "") && !/^(?:was|were|had|did|said|told)$/.test(t.lower)
  );
}

/** The subject ending right before past verb toks[v] (past adverbs: "also", "has"), else null. */
function subjectBefore(toks: Tok[], v: number, text: string): Phrase | null {
  let b = v - 1;
  while (b > 0 && isAdverb(toks[b]!)) b--;
  if (b < 0 || toks[b]!.type !== "w") return null;
  const s = sentenceSubject(toks, b + 1, text);
  if (s) return s.end === toks[b]!.end ? s : null;
  // "The board's former head Ann Roe quit": a role before a name; the name speaks.
  if (!DETERMINERS.has(toks[0]?.lower ?? "") || b > 10) return null;
  if (toks.slice(0, b + 1).some((t) => t.type !== "w" || CLAUSE_BREAKERS.has(t.lower))) return null;
  let a = b;
  while (a > 1 && b - a < 3 && isCap(toks[a - 1]!)) a--;
  return nameRun(toks, a, b + 1) ? phraseOf(toks, a, b, text) : null;
}

/** Words only between the clause's verb toks[v] and the participle toks[j]: no comma, no quotation,
 *  no word opening another clause or phrase of its own ("that", "who", "of", "by"). */
function oneClause(toks: Tok[], v: number, j: number): boolean {
  if (j - v > 7) return false;
  for (let k = v + 1; k < j; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || (CLAUSE_BREAKERS.has(t.lower) && t.lower !== "to") || isVerbish(t)) return false;
  }
  return true;
}

export const PARTICIPLE_PAST_OBJECT_RULE: Alternative<VerbAt, Phrase> = {
  name: "participle-past-object",
  doc: "`Ann Roe also left the Union Party saying …`: a participle after a past verb's named object is the subject's, not the object's",
  try: ({ toks, j, text }) => {
    if (!/\p{Ll}ing$/u.test(toks[j]!.text) || j < 3 || !isCap(toks[j - 1]!)) return null;
    let a = j - 1;
    while (a > 0 && j - a < 4 && isCap(toks[a - 1]!)) a--;
    if (!nameRun(toks, a, j)) return null;
    // ("left the Union Party": one article before the name)
    const v = toks[a - 1]?.lower === "the" ? a - 2 : a - 1;
    if (!pastVerb(toks, v)) return null;
    return oneClause(toks, v, j) ? subjectBefore(toks, v, text) : null;
  },
};

export const PARTICIPLE_ROLE_NAME_PAST_RULE: Alternative<VerbAt, Phrase> = {
  name: "participle-role-name-past",
  doc: "`The board's former head Ann Roe quit last May claiming …`: the name before the clause's irregular past verb is the participle's subject",
  try: ({ toks, j, text }) => {
    if (!/\p{Ll}ing$/u.test(toks[j]!.text) || toks[j - 1]?.text === ",") return null;
    for (let v = 1; v < j && v <= 12; v++) {
      const t = toks[v]!;
      if (t.type !== "w") return null;
      if (isCap(t) || !(IRREGULAR_PAST_FORMS.has(t.lower) || SAME_FORM_PASTS.has(t.lower))) continue;
      return pastVerb(toks, v) && oneClause(toks, v, j) ? subjectBefore(toks, v, text) : null;
    }
    return null;
  },
};

/** The comma closing a participle clause that opens the sentence ("Responding to the Budget
 *  Review,"), when only words stand before it and it comes before toks[j]; else -1. */
export function frontedParticipleComma(toks: Tok[], j: number): number {
  const t = toks[0];
  if (t?.type !== "w" || !isCap(t) || !/\p{Ll}ing$/u.test(t.text) || t.lower === "according") return -1;
  for (let k = 1; k < j && k <= 12; k++) {
    const u = toks[k]!;
    if (u.text === ",") return k > 1 ? k : -1;
    if (u.type !== "w") return -1;
  }
  return -1;
}

/** The switch of the clause subject read past a fronted participle clause (sentence.ts). */
export const FRONTED_PARTICIPLE_SUBJECT = {
  name: "fronted-participle-subject",
  doc: '`Responding to the Budget Review, Ann Roe attacked the "unfair" tax`: the clause subject after a fronted participle clause\'s comma owns the quotation',
};

export const FRONTED_PARTICIPLE_NO_INVERSION_RULE: Alternative<VerbAt, "skip"> = {
  name: "fronted-participle-no-inversion",
  doc: '`Responding to the Budget Review, Ann Roe attacked the "unfair" tax`: a participle opening the sentence and closed by a comma has no subject after it (no inverted tag)',
  try: ({ toks, j }) => {
    if (j !== 0 || !/\p{Ll}ing$/u.test(toks[0]!.text)) return null;
    for (let k = 1; k < toks.length && k <= 12; k++) {
      const t = toks[k]!;
      if (t.text === ",") return k > 1 ? "skip" : null;
      if (t.type !== "w") return null;
    }
    return null;
  },
};
