// Noun phrases around a speech verb: the subject read backwards from the verb, the phrase read
// forwards after it (inverted tags), a passive's agent, a sentence's opening subject or name.

import { CLAUSE_BREAKERS, QUESTION_OPENERS } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES, PARTICLES_IN_SPEAKER_NAMES } from "../lexicons/person-names.ts";
import { DEMONYM_NOUNS } from "../lexicons/places.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { ROLE_GENDER, ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import { barePossessive } from "./bare-possessive.ts";
import { inBracketedAcronym } from "./bracketed-acronym.ts";
import { officeOfName, roleAnd, roleAndName } from "./coordinated-role.ts";
import { documentNoun } from "./document-noun.ts";
import { placedGroup } from "./group-head.ts";
import { beforeHonorific } from "./honorific-front.ts";
import { measuresAnd } from "./measures-and.ts";
import { nameForThe } from "./name-for-the.ts";
import { namePresentVerb } from "./name-present-verb.ts";
import { beforeNickname } from "./nickname-words.ts";
import { capitalOf, lowerBodyAnd, orgLink } from "./org-link.ts";
import {
  BARE_TIME,
  frontWord,
  knownAsName,
  nameLink,
  OPENING_PREPOSITION,
  openingParticiple,
  rangeEnd,
  tailBreak,
} from "./phrase-bounds.ts";
import { quantifiedGroup } from "./quantified-group.ts";
import { withAnonymousSource } from "./source-link.ts";
import { undeterminedFront } from "./subject-front.ts";
import { DETERMINERS, isAdverb, isCap, isPronoun, isVerbish, ROLE_LIKE, type Tok } from "./tokens.ts";

export interface Phrase {
  start: number;
  end: number;
  text: string;
}

/** The subject noun phrase ending right before tokens[at] (exclusive), reading backwards. */
export function phraseBefore(toks: Tok[], at: number, text: string): Phrase | null {
  // "A source close to Cruz said": the anonymous source speaks, not its link's object (session 39)
  const p = quantifiedGroup(toks, subjectEnd(toks, at), text) ?? readPhraseBefore(toks, at, text);
  return p && withAnonymousSource(toks, p, text);
}
function readPhraseBefore(toks: Tok[], at: number, text: string): Phrase | null {
  const j = subjectEnd(toks, at);
  if (j < 0) return null;
  const last = toks[j]!;
  if (last.type !== "w" || DETERMINERS.has(last.lower) || frontWord(toks, j)) return null;
  if (isPronoun(last) || last.lower === "it") return phraseOf(toks, j, j, text);
  let k = j;
  let words = 0;
  while (k >= 0 && words < 10) {
    const t = toks[k]!;
    if (t.type === "q") break;
    if (t.type === "p") {
      // Possessive and hyphen pieces stay inside a phrase; anything else ends it.
      if ((t.text === "&" && k > 0) || pluralPossessive(toks, k) || inBracketedAcronym(toks, k)) {
        k--;
        continue;
      }
      break;
    }
    // "one trader said": "one" before a noun is a determiner too ("no one said" is no phrase).
    // "Charles A Tolley": a middle initial, no article, reads on as a name's word.
    const det = DETERMINERS.has(t.lower) && !middleInitial(toks, k, j);
    if (det || (t.lower === "one" && k < j && toks[k - 1]?.lower !== "no")) {
      k--;
      words++;
      break;
    }
    if ((frontWord(toks, k) && isCap(t)) || beforeHonorific(toks, k, j)) break;
    if (
      !isCap(t) &&
      CLAUSE_BREAKERS.has(t.lower) &&
      !PARTICLES_IN_SPEAKER_NAMES.has(t.lower) &&
      !linksInside(toks, k, j)
    )
      break;
    // "The Hale report said": a document noun closing the subject is no verb; a pronoun ends it.
    if ((isVerbish(t) && !isCap(t) && !(k === j && documentNoun(toks, k))) || isPronoun(t)) break;
    // A lowercase word is part of the phrase only when it is a title, a particle, or leads a
    // capitalised or title word ("shadow foreign secretary", "senior State Department official").
    k--;
    words++;
  }
  const from = k + 1;
  if (from > j) return null;
  // Lowercase words at the front with no determiner are usually a clause, not a subject
  // ("the plan was cancelled, officials said" is fine; "…and then spoke Rubio said" is not).
  const hasDet = DETERMINERS.has(toks[from]!.lower) || (toks[from]!.lower === "one" && from < j);
  const s = hasDet ? from : undeterminedFront(toks, from, j);
  if (s < 0) return null;
  // "Critics of the plan", "an aide to Ruiz", "a spokesman for the club": the head comes first.
  const link = toks[s - 1];
  const head = toks[s - 2];
  if (
    link?.type === "w" &&
    head?.type === "w" &&
    (link.lower === "of" ||
      nameForThe(toks, s) ||
      ((link.lower === "to" || link.lower === "for" || link.lower === "at") &&
        (ANONYMOUS_HEADS.has(head.lower) || TITLE_WORDS.has(head.lower) || namedModifier(toks, s - 2, j))) ||
      // "Officials in Brussels said": the people, not the place they are in.
      (link.lower === "in" &&
        (ANONYMOUS_HEADS.has(head.lower) || ROLE_HEADS.has(head.lower.replace(/s$/, "")))) ||
      placedGroup(toks, s)) // ("delegates at the convention in Philadelphia said": group-head.ts)
  ) {
    const outer = phraseBefore(toks, s - 1, text);
    if (outer && !(outer.text.toLowerCase() in PRONOUNS))
      return { ...outer, end: toks[j]!.end, text: text.slice(outer.start, toks[j]!.end) };
  }
  return inTimePhrase(toks, s, j) || rangeEnd(toks, s) ? null : phraseOf(toks, s, j, text);
}

/** The last word of a subject ending before toks[at]: past adverbs and a name's own "!" ("OutRage! said"). */
function subjectEnd(toks: Tok[], at: number): number {
  let j = at - 1;
  while (j >= 0 && isAdverb(toks[j]!)) j--;
  return j > 0 && bangName(toks, j) ? j - 1 : j;
}

/** toks[k] is "!" ending a capitalised word it is glued to ("Yahoo!", "OutRage!"). */
const bangName = (toks: Tok[], k: number): boolean =>
  toks[k]!.text === "!" &&
  toks[k - 1]?.type === "w" &&
  isCap(toks[k - 1]!) &&
  toks[k - 1]!.end === toks[k]!.start;

/** toks[k] is "A" between a known first name and a surname ("Charles A Tolley"), not an article. */
const middleInitial = (toks: Tok[], k: number, j: number): boolean =>
  toks[k]!.text === "A" &&
  k < j &&
  k > 0 &&
  toks[k - 1]?.type === "w" &&
  GIVEN_NAMES.has(toks[k - 1]!.text) &&
  toks[k + 1]?.type === "w" &&
  /^\p{Lu}\p{Ll}+$/u.test(toks[k + 1]!.text);

/** toks[k] is the mark of a plural possessive inside a name ("the Musicians' Union"). */
export const pluralPossessive = (toks: Tok[], k: number): boolean =>
  /^['’]$/.test(toks[k]!.text) &&
  toks[k - 1]?.type === "w" &&
  /s$/.test(toks[k - 1]!.text) &&
  toks[k - 1]!.end === toks[k]!.start &&
  toks[k + 1]?.type === "w" &&
  ((isCap(toks[k - 1]!) && isCap(toks[k + 1]!)) || lowerPluralPossessive(toks, k));

/** "chief economist at the manufacturers' body EEF": a lower-case plural possessive inside a role,
 *  after a determiner and not closing a single-quoted word ("the 'fat cats' bonuses" stays out). */
function lowerPluralPossessive(toks: Tok[], k: number): boolean {
  if (
    isCap(toks[k - 1]!) ||
    toks[k + 1]!.start !== toks[k]!.end + 1 ||
    /(?:ss|us|is)$/.test(toks[k - 1]!.lower)
  )
    return false;
  for (let i = k - 2; i >= Math.max(0, k - 4); i--) {
    const t = toks[i]!;
    if (/^['’]$/.test(t.text)) return false;
    if (DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** toks[k], a clause breaker, joins words of one phrase ending at toks[j]: a name's, roles', an organisation's. */
const linksInside = (toks: Tok[], k: number, j: number) =>
  nameAnd(toks, k, j) ||
  roleAnd(toks, k, j) ||
  orgLink(toks, k) ||
  measuresAnd(toks, k) ||
  lowerBodyAnd(toks, k, j, ORG_NOUNS);

/**
 * "A Department for Work and Pensions spokeswoman": "and" inside an organisation's name that modifies a
 * description's head, not a second subject ("Blair and Brown said" keeps its break).
 */
function nameAnd(toks: Tok[], k: number, j: number): boolean {
  return (
    toks[k]!.lower === "and" &&
    !!toks[k - 1] &&
    isCap(toks[k - 1]!) &&
    !!toks[k + 1] &&
    namedModifier(toks, k + 1, j)
  );
}

/** toks[k] is capitalised and the phrase ends at toks[j] on a lowercase source or organisation head. */
function namedModifier(toks: Tok[], k: number, j: number): boolean {
  const head = toks[j]!;
  return isCap(toks[k]!) && !isCap(head) && (ANONYMOUS_HEADS.has(head.lower) || ORG_NOUNS.has(head.lower));
}

/** "(had said) on the eve of the announcement said": toks[s..j] end a time or place phrase, no subject. */
function inTimePhrase(toks: Tok[], s: number, j: number): boolean {
  let open = s;
  while (toks[open - 1]?.lower === "of" && toks[open - 2]?.type === "w" && !isCap(toks[open - 2]!)) {
    open -= 2;
    while (open > 0 && toks[open - 1]!.type === "w" && DETERMINERS.has(toks[open - 1]!.lower)) open--;
  }
  const before = toks[open - 1];
  return (
    before?.type === "w" &&
    TIME_PLACE_PREPOSITIONS.test(before.lower) &&
    !toks.slice(open, j + 1).some((t) => isCap(t))
  );
}

const TIME_PLACE_PREPOSITIONS = /^(?:on|in|during|after|before|since|until|throughout|over)$/;

/** The noun phrase starting at tokens[at], reading forwards ("said Foreign Secretary Jack Straw, who"). */
export function phraseAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let k = at;
  if (k >= toks.length || toks[k]!.type !== "w") return null;
  if (isPronoun(toks[k]!)) return phraseOf(toks, k, k, text);
  const s = k;
  let words = 0;
  while (k < toks.length && words < 10) {
    const t = toks[k]!;
    if (t.type !== "w" && !(k > s && (barePossessive(toks, k, text) || inBracketedAcronym(toks, k)))) break;
    const office = officeOfName(toks, s, k); // ("said former secretary of state Hillary Clinton")
    if (office > 0) {
      [words, k] = [words + office - k, office];
      continue;
    }
    if (
      k > s &&
      !isCap(t) &&
      CLAUSE_BREAKERS.has(t.lower) &&
      !PARTICLES_IN_SPEAKER_NAMES.has(t.lower) &&
      !roleAndName(toks, s, k) &&
      !(k === s + 1 && capitalOf(toks, k)) &&
      !orgLink(toks, k)
    )
      break;
    if (k > s && !isCap(t) && !orgLink(toks, k) && tailBreak(toks, k)) break;
    // ("according to the report": a document noun closing the phrase is no verb)
    if (k > s && isVerbish(t) && !isCap(t) && !documentNoun(toks, k) && !t.roleModifier) break;
    // ("according to Defra's lawyers chasing away animals was": a gerund after a plural ends it, s36)
    if (k > s && /^\p{Ll}{3,}ing$/u.test(t.text) && /^\p{Ll}+[^s]s$/u.test(toks[k - 1]!.text)) break;
    // "said Nadal afterwards": an adverb ends the phrase; "… Vadim Mitroshin The dispute": a
    // capitalised article after a name opens a sentence whose full stop the copy lost.
    if (k > s && ((!isCap(t) && isAdverb(t)) || (/^(?:The|An)$/.test(t.text) && isCap(toks[k - 1]!)))) break;
    k++;
    words++;
  }
  if (k === s) return null;
  const p = knownAsName(toks, k, text) ?? phraseOf(toks, s, k - 1, text);
  // "said in a statement", "said on Tuesday": no speaker there.
  if (!/\p{Lu}/u.test(p.text) && !DETERMINERS.has(toks[s]!.lower)) return null;
  return p;
}

export function phraseOf(toks: Tok[], a: number, b: number, text: string): Phrase {
  while (a < b && frontWord(toks, a)) a++;
  return { start: toks[a]!.start, end: toks[b]!.end, text: text.slice(toks[a]!.start, toks[b]!.end) };
}

/** The agent after "by": the name closing the phrase ("his friend and fellow broadcaster Michael Pointon"). */
export function agentAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let e = at;
  while (e < toks.length && e - at < 12 && toks[e]!.type === "w") e++;
  if (e === at) return null;
  let s = e - 1;
  if (isCap(toks[s]!)) {
    while (s > at && (isCap(toks[s - 1]!) || PARTICLES_IN_SPEAKER_NAMES.has(toks[s - 1]!.lower))) s--;
    return phraseOf(toks, s, e - 1, text);
  }
  return phraseAfter(toks, at, text);
}

const BAND_HEADS = /^(?:band|duo|trio|quartet)$/; // "The band thanked “…”, adding:": a music group speaks
const AUXILIARY = /n['’]t$|^(?:is|are|was|were|has|had|have|will|would|could|can|may|might|did|does|should)$/;

/** The subject of a sentence: its opening pronoun, name or definite noun phrase ("In a statement, the club …"). */
export function sentenceSubject(toks: Tok[], before: number, text: string): Phrase | null {
  // "“… for so long.” Mr Morgan said he …": a quotation ending a sentence of its own before it.
  const q = toks[0];
  let i =
    q?.type === "q" && /[.!?]["'”’]?$/.test(text.slice(q.start, q.end)) && toks[1] && isCap(toks[1]) ? 1 : 0;
  while (
    i < before &&
    toks[i]!.type === "w" &&
    frontWord(toks, i) &&
    // ("And then Trump went on the attack, saying": a lower-case adverb after an opening one)
    (isCap(toks[i]!) ||
      (i > 0 && toks[i - 1]!.type === "w" && /^(?:then|now|also|later|still|so)$/.test(toks[i]!.lower))) &&
    // "In a statement, …", "At Sunday's debate, …": an opening prepositional phrase, read below.
    !OPENING_PREPOSITION.test(toks[i]!.lower)
  ) {
    i++;
    if (toks[i]?.text === ",") i++;
  }
  // An opening prepositional or participle phrase up to its comma ("Shivering in a long dress, …").
  if (BARE_TIME.test(toks[i]?.lower ?? "") && toks[i + 1] && isCap(toks[i + 1]!)) i++;
  else if (toks[i] && (OPENING_PREPOSITION.test(toks[i]!.lower) || openingParticiple(toks, i))) {
    let c = i;
    while (c < before && c - i < 20 && toks[c]!.text !== ",") c++;
    if (toks[c]?.text !== ",") return null;
    i = c + 1;
  }
  const first = toks[i];
  if (first?.type !== "w" || i >= before) return null;
  if (isPronoun(first) || first.lower === "it") return phraseOf(toks, i, i, text);
  let e = i;
  while (
    e < before &&
    toks[e]!.type === "w" &&
    !(
      e > i &&
      !isCap(toks[e]!) &&
      (isAdverb(toks[e]!) ||
        (isVerbish(toks[e]!) && !toks[e]!.roleModifier) ||
        // "Weaver didn't seem impressed": a name's subject ends at its auxiliary.
        (isCap(first) && AUXILIARY.test(toks[e]!.lower)) ||
        (CLAUSE_BREAKERS.has(toks[e]!.lower) && !toks[e]!.joins && !nameLink(toks, e, before)) ||
        /ed$/.test(toks[e]!.lower) ||
        namePresentVerb(toks, i, e) ||
        // "The Tory leader supports a cut and has said": a verb in -s after a person's role noun.
        (/^\p{Ll}+[^s]s$/u.test(toks[e]!.text) &&
          ROLE_HEADS.has(toks[e - 1]!.lower) &&
          DETERMINERS.has(first.lower)))
    )
  )
    e++;
  if (e === i) return null;
  const p = phraseOf(toks, i, e - 1, text);
  const head = toks[e - 1]!.lower;
  if (DETERMINERS.has(first.lower)) {
    // ("The Argentine had stoked …, by saying": a nationality noun stands for a person too)
    const person = ROLE_LIKE.test(head) || head in ROLE_GENDER || DEMONYM_NOUNS.has(head);
    // (or a body's name with "of" in it, "The European Court of Justice")
    const named = p.text.includes(" of ") && /^The(?:\s+(?:\p{Lu}\S*|of))+$/u.test(p.text);
    return ORG_NOUNS.has(head) || BAND_HEADS.test(head) || ANONYMOUS_HEADS.has(head) || person || named
      ? p
      : null;
  }
  // "How can she be “urban” …?": a question's opening word is no subject
  return isCap(first) && !QUESTION_OPENERS.has(first.lower) ? p : null;
}

/** The comma opening an apposition ("Tony Lloyd, the city's MP,") that ends at the comma toks[c]. */
export function appositionComma(toks: Tok[], c: number): number {
  for (let d = c - 1; d >= 0 && c - d < 12; d--) {
    const u = toks[d]!;
    if (u.type === "q" || (u.type === "p" && u.text !== ",")) return -1;
    if (u.text === ",") return DETERMINERS.has(toks[d + 1]?.lower ?? "") ? d : -1;
  }
  return -1;
}

/** toks[a, b) are only the words of a name ("Lord Sand", "Maria de la Cruz"). */
export function nameRun(toks: Tok[], a: number, b: number): boolean {
  if (b <= a || b - a > 5 || !isCap(toks[a]!) || !isCap(toks[b - 1]!)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.type !== "w" || !(isCap(t) || PARTICLES_IN_SPEAKER_NAMES.has(t.lower)) || frontWord(toks, k))
      return false;
  }
  return true;
}

/** A capitalised name at the start of a sentence ("Mr Straw", "Lib Dem leader Charles Kennedy"). */
export function leadingName(toks: Tok[], text: string): Phrase | null {
  let k = 0;
  while (
    k < toks.length &&
    toks[k]!.type === "w" &&
    (isCap(toks[k]!) ||
      (k > 0 && (PARTICLES_IN_SPEAKER_NAMES.has(toks[k]!.lower) || TITLE_WORDS.has(toks[k]!.lower))))
  )
    k++;
  if (k === 0) return null;
  const next = toks[k];
  // A sentence subject is followed by a verb-like lowercase word or a comma (apposition).
  if (!next || (next.type === "w" && isCap(next))) return null;
  const words = toks.slice(0, k).map((t) => t.text);
  // (`Antonio "LA" Reid, … said`: a given name before a nickname is no leading name alone)
  if (next?.type === "q" && beforeNickname(text, toks[k - 1]!.end)) return null;
  if (
    words.length === 1 &&
    /^(?:The|A|An|In|On|At|But|And|It|This|That|There|However|Last|After|Before)$/.test(words[0]!)
  )
    return null;
  return phraseOf(toks, 0, k - 1, text);
}

/** An attribution cue: the speaker's phrase and the reporting word ("said", "according to"). */
export interface Cue {
  speaker: Phrase;
  cue: string;
  label: boolean;
}
