// Coreference rule of session 27's pronoun work (issue #13): a person named again after a
// lowercase role noun that opens the sentence is the sentence's subject. "Tom Vale … British actor
// Vale is hoping to win. He arrived …": Vale is the subject the he/she goes on from, not an object
// that a speaker of two sentences back outranks. (Only a person named before: a first mention,
// "Club director Dan Roe held talks with Vale", brings in a side figure more often than the focus.)

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";

export const COREF_ROLE_PREMODIFIED_SUBJECT_STEP = {
  name: "coref-role-premodified-subject",
  doc: "'British actor Vale is hoping …' (Vale named before): a name after a lowercase role noun opening the sentence is its subject",
} as const;

/** "After a tough first set, Jo Molik grew in confidence. She …": a name after a fronted phrase
 *  and its comma is the sentence's subject (session 34). */
export const COREF_FRONTED_PHRASE_SUBJECT_STEP = {
  name: "coref-fronted-phrase-subject",
  doc: "'After a tough first set, Jo Molik grew in confidence. She will now meet …': a name right after an opening prepositional or time phrase and its comma is the sentence's subject",
} as const;

/** An opening phrase of a preposition or time word ("One month after announcing …", session 40),
 *  up to its comma (no name may follow it inside: the words are read before the name, so a name
 *  inside leaves no comma at the end). */
const FRONTED =
  /^[\s"“‘'([—–-]*(?:(?:But|And|However|Yet|So),?\s+)?(?:After|Before|During|Despite|Following|Since|Until|Unlike|Like|With|Without|Having|Earlier|Later|Last|This|On|In|At|By|For|Under|Over|Against|Amid|Throughout|(?:(?:One|Two|Three|Four|Five|Six|A|\d+)\s+(?:few\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)|Shortly|Soon|Just|Hours|Days|Weeks|Months|Moments)\s+(?:after|before|since))\s[^,.;:!?"“”()]{1,60},\s*$/u;

/** "And, while we are on the subject of Mr Lee, Mr Morris despatches him": a name right after an
 *  opening subordinate clause and its comma is the main clause's subject (session 35). */
export const COREF_FRONTED_CLAUSE_SUBJECT_STEP = {
  name: "coref-fronted-clause-subject",
  doc: "'And, while we are on the subject of Mr Lee, Mr Morris despatches him': a name right after an opening subordinate clause and its comma is the sentence's subject",
} as const;

/** An opening subordinate clause (when, while, as, although …) up to its comma. */
const FRONTED_CLAUSE =
  /^[\s"“‘'([—–-]*(?:(?:But|And|However|Yet|So),?\s+)?(?:[Ww]hen|[Ww]hile|[Ww]hilst|[Aa]s|[Aa]lthough|[Tt]hough|[Bb]ecause|[Oo]nce|[Ww]hereas)\s[^,.;:!?"“”()]{1,80},\s*$/u;

/** Do the words before a name open its sentence: none, or (when `fronted`) an opening phrase and its comma? */
export const opensAfterFront = (before: string, fronted: boolean, clause = false): boolean =>
  before.trim() === "" || (fronted && FRONTED.test(before)) || (clause && FRONTED_CLAUSE.test(before));

/** The lowercase role noun (with at most one lowercase word before it) ending `stripped`, the
 *  sentence's words before a name with its capitalised words taken out. */
const ROLE_TAIL = /(?:^|\s)(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)\s+$/u;

/**
 * `stripped` (what opens the sentence before a name, capitalised words removed) without a closing
 * lowercase role noun ("actor ", "fellow actor ", "frontman "), for the opening test; else as it is.
 */
export function withoutRoleTail(stripped: string): string {
  const m = ROLE_TAIL.exec(stripped);
  if (!m || !ROLE_HEADS.has(m[1]!)) return stripped;
  return stripped.slice(0, m.index);
}

/**
 * The opening test's reader for coref's candidates, called once per person mention in text order:
 * the sentence's words `before` the name with its capitalised words (and a lowercase word before
 * one) taken out, and, when the person was named before, its closing role noun too; nothing for
 * an opening phrase and its comma alone (each switched as its step).
 */
export function openingWordsReader(switches: StepSwitches): (before: string, actorId: string) => string {
  const on = isOn("actors", COREF_ROLE_PREMODIFIED_SUBJECT_STEP.name, switches);
  const fronted = isOn("actors", COREF_FRONTED_PHRASE_SUBJECT_STEP.name, switches);
  const clause = isOn("actors", COREF_FRONTED_CLAUSE_SUBJECT_STEP.name, switches);
  const seen = new Set<string>();
  return (before, actorId) => {
    // (the opening phrase read as no words: the name opens the clause; "…, Mr Morris": past the
    // name's own capitalised words before it)
    if (fronted && FRONTED.test(before)) return "";
    if (clause && FRONTED_CLAUSE.test(before.replace(/(?:\p{Lu}[\p{L}'’.-]*\s+)+$/u, ""))) return "";
    const stripped = before.replace(/(?:\p{Lu}[\p{L}'’.-]*|[a-z]+(?=\s+\p{Lu}))\s+/gu, "");
    const again = seen.has(actorId);
    seen.add(actorId);
    return on && again ? withoutRoleTail(stripped) : stripped;
  };
}
