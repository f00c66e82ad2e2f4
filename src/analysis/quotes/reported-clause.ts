// Reported speech: where a reporting verb's clause begins. After "said", "told reporters",
// "argued on Tuesday": past the words that stand between a verb and its clause (time, place,
// hearer), then a test that the words there read as a clause (a subject and a finite verb).
// Cheap token tests only: no parser.

import { TITLE_WORDS } from "../lexicons/titles.ts";
import { HEARER_VERBS, IRREGULAR_PAST_FORMS } from "../lexicons/verbs.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { pastGathering } from "./hearer-noun.ts";
import { PLURAL_SUBJECT_VERB_SWITCH, pluralSubjectVerb } from "./plural-subject-verb.ts";
import { THAT_AFTER_CLAUSE_SWITCH } from "./s42-switches.ts";
import { TOLD_HEARER_NOUN_SWITCH } from "./set31-switches.ts";
import { isAdverb, isCap, isVerbish, type Tok } from "./tokens.ts";

/** Words that may stand between a verb and its clause: time, place of saying, manner. */
export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier
  later repeatedly also again now then previously once publicly privately`.split(/\s+/),
);
/** Object pronouns: the hearer of "told him", never a clause subject. */
const OBJECT_PRONOUNS = new Set("him her them us me you".split(" "));
/** Auxiliaries and modals: a clause's finite verb wherever it stands. */
export const AUXILIARY =
  /^(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn['’]t|wasn['’]t|aren['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t)$/;
/** A verb form that may be finite: -ed, or -s (also a plural noun, so read only right after a subject). */
const PAST = /^\p{Ll}+ed$/u;
const PRESENT_S = /^\p{Ll}+[^s'’]s$/u;

/** The last word or quotation of the sentence, at or after `from`: the content ends with it. */
export function lastContentTok(toks: Tok[], from: number): number {
  for (let k = toks.length - 1; k >= from; k--) if (toks[k]!.type !== "p") return k;
  return -1;
}

/** Pronouns that open another attribution after a comma (", she said"). */
const ATTRIBUTING_PRONOUN = /^(?:he|she|they|we|i)$/;

/** Does a colon or a quotation follow within four words (", Trump said last month: “…”")? A
 *  comma first makes the attribution an aside inside the content (", he said, would help"). */
function opensQuotation(toks: Tok[], from: number): boolean {
  for (let k = from; k < toks.length && k < from + 4; k++) {
    const t = toks[k]!;
    if (t.type === "q" || t.text === ":") return true;
    if (t.type === "p") return false;
  }
  return false;
}

/** The comma at or after `a` that opens another speaker's direct quotation (", Trump glibly said
 *  last month: “…”"): a name or a pronoun, at most two adverbs, a verb of saying, then a colon or
 *  the quotation. */
function nextAttribution(toks: Tok[], a: number): number {
  for (let k = a + 1; k < toks.length - 2; k++) {
    if (toks[k]!.text !== ",") continue;
    let m = k + 1;
    if (ATTRIBUTING_PRONOUN.test(toks[m]!.lower)) m++;
    else while (m < toks.length && m - k <= 4 && isCap(toks[m]!)) m++;
    if (m === k + 1) continue;
    while (m < toks.length && m - k <= 7 && isAdverb(toks[m]!)) m++;
    const v = toks[m];
    if (v && !isCap(v) && isVerbish(v) && opensQuotation(toks, m + 1)) return k;
  }
  return -1;
}

/** Content from token `a` to the sentence end, or null when nothing is there; it never runs on
 *  into another speaker's attribution ("… two countries, Trump said last month: “…”"). */
export function contentFrom(toks: Tok[], a: number): { start: number; end: number } | null {
  const next = nextAttribution(toks, a);
  const b = lastContentTok(next > a ? toks.slice(0, next) : toks, a);
  return a < toks.length && b >= a ? { start: toks[a]!.start, end: toks[b]!.end } : null;
}

/** Words after a verb that open no clause: prepositions, "to", "so", "nothing", wh-words. */
const NOT_OPENERS = new Set(
  `to in on at for of with about by from into as so nothing something anything yes what how why
  whether which who when where goodbye hello thanks`.split(/\s+/),
);
/** "it's", "they're", "I'm", "he'd": a subject and its verb in one word. */
const CONTRACTED = /^(?:it|he|she|they|we|i|there|that|you|who)['’](?:s|re|m|d|ll|ve)$/;

/** Could toks[k] be a clause's finite verb (given the word before it)? */
function finiteAt(toks: Tok[], k: number, a: number, switches?: StepSwitches): boolean {
  const u = toks[k]!;
  if (AUXILIARY.test(u.lower)) return true;
  // "said voters want change" (switch): a plain verb after a plural subject.
  if (
    switches &&
    k <= a + 2 &&
    isOn("quotes", PLURAL_SUBJECT_VERB_SWITCH.name, switches) &&
    pluralSubjectVerb(toks, a, k)
  )
    return true;
  const prev = toks[k - 1]!;
  if (DETERMINER_LIKE.has(prev.lower) || TITLE_WORDS.has(prev.lower)) return false;
  if (PAST.test(u.lower) || IRREGULAR_PAST_FORMS.has(u.lower)) return true;
  // An -s form is also a plural noun: only right after a name, a pronoun or "the <noun>".
  return PRESENT_S.test(u.lower) && (isCap(prev) || prev.lower in PRONOUN_SUBJECTS || k === a + 2);
}

/**
 * Does toks[a…] read as a clause: a pronoun subject, or an opening word and then a finite verb
 * within a dozen words (a quotation there carries the verb: `the justice's "mind is shot"`).
 */
export function clauseAt(toks: Tok[], a: number, switches?: StepSwitches): boolean {
  const t = toks[a];
  if (t?.type !== "w" || NOT_OPENERS.has(t.lower)) return false;
  if (CONTRACTED.test(t.lower) || (t.lower in PRONOUN_SUBJECTS && t.lower !== "it")) return true;
  for (let k = a + 1; k < toks.length && k <= a + 12; k++) {
    const u = toks[k]!;
    if (u.type === "q") return true;
    if (u.type !== "w") return u.text === "(" || u.text === ")" ? k - a < 6 : false;
    if (finiteAt(toks, k, a, switches)) return true;
  }
  return false;
}

/** Session 42: "Sanders says Clinton ran a campaign in Nevada that led to …": a clause opens right
 *  after the verb and reaches its finite verb before toks[k] ("that"), so that "that" is a
 *  relative's, and the content is the clause (the bare-clause rule's), not what follows "that". */
export function clauseBeforeThat(toks: Tok[], j: number, k: number, switches: StepSwitches): boolean {
  // ("told a meeting of island leaders that …": a hearer, then the "that" of what was said)
  if (HEARER_VERBS.has(toks[j]!.lower) || !isOn("quotes", THAT_AFTER_CLAUSE_SWITCH.name, switches))
    return false;
  const a = j + 1;
  const t = toks[a];
  const opens =
    isCap(t!) || /^(?:the|a|an|his|her|its|their|this|these|he|she|they|we)$/.test(t?.lower ?? "");
  if (t?.type !== "w" || NOT_OPENERS.has(t.lower) || !opens) return false;
  // (a past or an auxiliary: an -s word after a name is as often a plural, "Internet polls that")
  const finite = (u: Tok, prev: Tok) =>
    AUXILIARY.test(u.lower) ||
    (!DETERMINER_LIKE.has(prev.lower) && (PAST.test(u.lower) || IRREGULAR_PAST_FORMS.has(u.lower)));
  for (let m = a + 1; m < k; m++) if (toks[m]!.type === "w" && finite(toks[m]!, toks[m - 1]!)) return true;
  return false;
}

const PRONOUN_SUBJECTS: Record<string, true> = {
  he: true,
  she: true,
  they: true,
  it: true,
  we: true,
  i: true,
  there: true,
};
const DETERMINER_LIKE = new Set("the a an his her its their our this these those my your".split(" "));

/** Past the words between a verb and its clause ("on Tuesday", "Friday", "in a statement"). */
export function pastTimeWords(toks: Tok[], k: number): number {
  while (toks[k]?.type === "w" && (TIME_WORDS.has(toks[k]!.lower) || isAdverb(toks[k]!))) k++;
  if (toks[k]?.lower === "on" && TIME_WORDS.has(toks[k + 1]?.lower ?? "")) k += 2;
  // "told the paper last week she would": a week, month or year before the clause.
  if (
    /^(?:last|this|next)$/.test(toks[k]?.lower ?? "") &&
    /^(?:week|month|year|night)$/.test(toks[k + 1]?.lower ?? "")
  )
    k += 2;
  return k;
}

/** "said for weeks he's …", "said at a rally Trump would …": past a short phrase to a clause. */
export function pastPhrase(toks: Tok[], k: number): number {
  if (!PHRASE_OPENERS.has(toks[k]?.lower ?? "")) return k;
  for (let m = k + 2; m <= k + 5 && m < toks.length; m++) {
    const t = toks[m]!;
    if (t.type !== "w") return k;
    if ((t.lower in PRONOUN_SUBJECTS || CONTRACTED.test(t.lower) || isCap(t)) && clauseAt(toks, m)) return m;
  }
  return k;
}
const PHRASE_OPENERS = new Set("in on at during for after last this earlier over".split(" "));

/** Past the hearer of "told reporters", "told The Washington Post", "told him"; with `switches`,
 *  also "told a conference on housing" (set 31, hearer-noun.ts). */
export function pastHearer(toks: Tok[], k: number, switches?: StepSwitches): number {
  const t = toks[k];
  if (t?.type !== "w") return k;
  if (OBJECT_PRONOUNS.has(t.lower)) return k + 1;
  if (switches && isOn("quotes", TOLD_HEARER_NOUN_SWITCH.name, switches)) {
    const gathering = pastGathering(toks, k, toks.length - 1);
    if (gathering > k) return gathering;
  }
  const common = pastCommonHearer(toks, k);
  if (common !== k) return common;
  // "told host Chris Cuomo": a role word before the hearer's name.
  const named = isCap(t) || t.lower === "the" || (HEARER_ROLES.has(t.lower) && isCap(toks[k + 1] ?? t));
  if (named) {
    let e = k + 1;
    while (toks[e]?.type === "w" && isCap(toks[e]!) && e - k < 5) e++;
    // "told The Star-Ledger of Newark": the place that completes an outlet's name.
    if (toks[e]?.lower === "of" && isCap(toks[e + 1] ?? t) && !(toks[e + 1]!.lower in PRONOUN_SUBJECTS))
      e += 2;
    return e;
  }
  // "told reporters", "told supporters": one plural noun.
  return /s$/.test(t.lower) && !DETERMINER_LIKE.has(t.lower) && !(t.lower in PRONOUN_SUBJECTS) ? k + 1 : k;
}

/**
 * "told the audience he believed …", "told the annual conference that …": "the" and up to three
 * lower-case words are the hearer when a clause opens right after them (else k: the words may
 * be the content's own subject, "told the truth").
 */
function pastCommonHearer(toks: Tok[], k: number): number {
  if (toks[k]?.lower !== "the" || toks[k + 1]?.type !== "w" || isCap(toks[k + 1]!)) return k;
  for (let m = k + 2; m <= k + 4 && toks[m - 1]?.type === "w"; m++) {
    const u = toks[m];
    if (u?.type !== "w") return k;
    if (u.lower === "that" || u.lower in PRONOUN_SUBJECTS || (isCap(u) && clauseAt(toks, m))) return m;
    if (isCap(u) || isVerbish(toks[m - 1]!)) return k;
  }
  return k;
}

/** Role words that may stand before a hearer's name ("told host Chris Cuomo"). */
const HEARER_ROLES = new Set("host anchor interviewer moderator radio".split(" "));

/** Is there a verb-like word between toks[a] and toks[b] (then it is a clause, not an apposition)? */
export function verbBetween(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (
      t.type === "q" ||
      AUXILIARY.test(t.lower) ||
      (t.type === "w" && !isCap(t) && (PAST.test(t.lower) || isVerbish(t)))
    )
      return true;
  }
  return false;
}

/**
 * After "said"/"says" almost anything is the content: toks[a…] reads as a clause when it opens
 * with a word that is no preposition or verb and a finite-looking verb (or a quotation) follows
 * anywhere in the sentence ("said Trump's use of social media gives …", "said his band and
 * collaborator Brian Burton, AKA Danger Mouse, wrote …"). "What Trump said was": a verb right
 * after "said" makes "said" part of a subject, not a reporting verb.
 */
export function looseClauseAt(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (t?.type !== "w" || NOT_OPENERS.has(t.lower) || AUXILIARY.test(t.lower) || LOOSE_NOT.has(t.lower))
    return false;
  for (let k = a + 1; k < toks.length; k++) {
    const u = toks[k]!;
    if (u.type === "q") return true;
    if (u.type !== "w") continue;
    if (
      AUXILIARY.test(u.lower) ||
      PAST.test(u.lower) ||
      IRREGULAR_PAST_FORMS.has(u.lower) ||
      PRESENT_S.test(u.lower)
    )
      return true;
  }
  return false;
}
/** Words that never open a said-clause: conjunctions, object pronouns. */
const LOOSE_NOT = new Set("and but or nor him them me us".split(" "));
