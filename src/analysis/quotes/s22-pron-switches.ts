// Pronoun classes of session 22 (issue #13; BBC study sets 38-39 and PolNeAR train): a he/she
// tag takes up the person the sentence before it opens on as its grammatical subject, over a
// speaker further back or a name written later in that sentence as an object or inside a clause.

import type { Mention } from "../../types.ts";
import { ORG_NAME_HEADS, ORG_NOUNS } from "../lexicons/organisations.ts";
import { PLACES } from "../lexicons/places.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { IRREGULAR_PAST_FORMS, S_WORDS_NO_VERB } from "../lexicons/verbs.ts";
import { isOn } from "../steps.ts";
import { insideQuotation, sentenceStart } from "./prior-subject.ts";
import { personLike } from "./pronoun-fits.ts";
import { heSheMayBe } from "./pronoun-lone-surname.ts";
import { roleAntecedent } from "./role-antecedent.ts";
import { leadRolePerson } from "./s22-pron2-switches.ts";
import { prefixedVerbs, unprefixed } from "./s25-prefixed-verb.ts";
import type { QuoteDoc } from "./state.ts";

/** "Obama also addressed the concerns. “…,” he added": the opening subject before the tag. */
const OPENING_SUBJECT_SWITCH = {
  name: "pronoun-opening-subject",
  doc: '"Ann Roe, who won, thanked Tom Hale. “…,” she said": the person the sentence before opens on as subject is the he/she',
};

/** "But the 25-year-old Dubliner underlined …": the model's reading of a description opening the
 *  sentence before after "But", which turns from that sentence's subject (session 34). */
export const OPENING_MODEL_ROLE_SWITCH = {
  name: "pronoun-opening-model-role",
  doc: '"… ready to bid for Dunne. But the 25-year-old Dubliner underlined his intention to stay. He added: “…”": after "But", the model\'s reading of a description opening the sentence before is the subject he/she takes up',
};

export const S22_PRON_SWITCHES = [OPENING_SUBJECT_SWITCH, OPENING_MODEL_ROLE_SWITCH];

/** A connective or short fronted phrase before the subject ("But", "On Sunday,", "Speaking in Leeds,"). */
export const FRONTED =
  /^(?:(?:And|But|Meanwhile|However|Instead|Still|Then|So|Yet|Also|Earlier|Later|Now|Afterwards)\b,?\s+)?(?:[^,;:"“”()]{1,50},\s+)?/u;
/** Title or role words written before a name ("Former Senator", "House Republican", "(R-Kan.)"). */
export const TITLE_WORDS = /^(?:(?:former|\p{Lu}[\p{L}.'’-]*|\([^)]{1,30}\))\s+)*$/u;
/** Capitalised words opening a sentence that are no title: a subordinate clause or a preposition
 *  ("When Ann Roe asked", "After Tom Hale's …"), or a determiner ("The Hale campaign"). */
export const NO_TITLE =
  /^(?:When|Whenever|While|Whilst|If|As|After|Before|Although|Though|Because|Since|Until|Unless|Once|Whether|Asked|In|On|At|For|With|By|From|During|Despite|Like|Unlike|Without|Under|Over|Among|Between|Even|Only|That|This|These|Those|What|How|Why|Where|Who|It|There|Here|The|A|An|His|Her|Their|Its|Our|My|Your|To|Of|Than|Not|No|Both|Neither|Either|Each|Every|All|Some|Many|Most)$/;
/** After the name: a bracket, an apposition or who-clause in commas, "himself", an adverb. */
const AFTER_NAME =
  /^(?:\s*\([^)]{1,40}\))?(,[^.;:!?"“”]{1,160}?,)?(?:\s+(?:himself|herself))?(?:\s+(?:also|then|still|never|later|now|again|just|only|once|quickly|\p{Ll}+ly))?\s+(\p{Ll}+)\b/u;
/** A finite verb: an auxiliary or modal, a past form, or a third person present ("brags"). */
const FINITE =
  /^(?:would|will|could|can|may|might|should|must|shall|has|had|have|is|was|are|were|does|did|\p{Ll}+ed|\p{Ll}+[^s\W]s)$/u;
/** A tail tag closing the sentence ("…, Stovall said.", "…, he said."): its words are a report. */
export const TAIL_SPEECH =
  /,\s+(?:(?:he\s+|she\s+|they\s+|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:said|says|added|noted|explained|wrote|recalled)|(?:said|says|added|noted|explained|wrote|recalled)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})\s*\.?\s*$/u;
/** A later clause with a subject of its own: "…, but Ann Roe is unfazed". */
const LATER_CLAUSE = /(?:,?\s+(?:but|while|whereas)|,\s*and|;\s*(?:but|and)?)\s+(?:then\s+)?$/;

/**
 * The person the sentence before `p`'s tag opens on as its subject, of gender `want` (or none
 * known, that may be a person's: anyFits) and not `named`; null when that sentence opens on no such name. The
 * sentence is the quotation's own when words stand before its opening mark, else the one before.
 */
export function openingSubject(
  doc: QuoteDoc,
  p: { start: number; end: number },
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  if (!isOn("quotes", OPENING_SUBJECT_SWITCH.name, doc.switches)) return null;
  const window = tagSentence(doc, p.start);
  if (!window) return null;
  const { from, to } = window;
  if (insideQuotation(doc, from)) return null;
  const m = firstPersonName(doc, from, to);
  const id = m && openingName(doc, from, to, m) ? m.actorId : openingRole(doc, from, to);
  return id && !named?.(id) && fitsGender(doc, id, want) ? id : null;
}

/** The sentence a he/she tag at `start` looks back to: the quotation's own when words stand
 *  before its opening mark, else the one before; null at the text's first sentence. */
export function tagSentence(doc: QuoteDoc, start: number): { from: number; to: number } | null {
  const anchor = quoteOpenBefore(doc, start) ?? start;
  const here = sentenceStart(doc, anchor);
  const own = /\p{L}/u.test(doc.text.slice(here, anchor));
  if (!own && here === 0) return null;
  return own ? { from: here, to: anchor } : { from: sentenceStart(doc, here - 1), to: here };
}

/** Is actor `id` a he/she of gender `want`? A person the model gives no gender may be too ("Obama also said"). */
export const fitsGender = (doc: QuoteDoc, id: string, want: "male" | "female"): boolean => {
  const g = doc.actors.genderOf?.(doc.article.docId, id) ?? "any";
  return g === want || (g === "any" && anyFits(doc, id, want));
};

/** A person of no known gender a he/she may stand for: a full personal name, a lone surname
 *  titled somewhere, or a one-word name no place's or body's ("Obama", "Rihanna"), which the
 *  opening subject, a verb after it, makes a person's. */
export const anyFits = (doc: QuoteDoc, id: string, want: "male" | "female"): boolean => {
  if (personLike(doc, id) || heSheMayBe(doc, id, want)) return true;
  const name = doc.actors.byId.get(id)?.name ?? "";
  return (
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(name) &&
    !PLACES.has(name) &&
    !ORG_NAME_HEADS.has(name) &&
    !ORG_NOUNS.has(name.toLowerCase())
  );
};

/** "But the party leader argued …": a definite role description opening the sentence as its
 *  subject stands for the person the article gave that role (role-antecedent.ts). */
export const MODEL_ROLE_SWITCH = {
  name: "opening-role-model-link",
  doc: '"The previous day, the Olympic champion went down … to Nathalie Dechy. “…,” she said": an opening description the actor model tied to a person stands for that person',
};

function openingRole(doc: QuoteDoc, from: number, to: number): string | null {
  const lead = doc.text.slice(from, to);
  const fronted = FRONTED.exec(lead)?.[0] ?? "";
  const start = from + fronted.length;
  const role = roleHead(
    lead.slice(fronted.length),
    (rest) => !!finiteAfter(doc.text.slice(start + rest, to), prefixedVerbs(doc)),
  );
  if (!role) return null;
  const sp = roleAntecedent(doc, { start, end: start + role.length, text: role });
  if (sp?.kind === "person") return sp.id;
  // (the person the actor model tied the description to, when the quote rules' history has none:
  // over a whole corpus "the Olympic champion" is many people's; session 39, switch)
  const tied = isOn("quotes", MODEL_ROLE_SWITCH.name, doc.switches)
    ? doc.actors.mentionAt(doc.article.docId, start, start + role.length)
    : null;
  if (tied?.via === "role" && doc.actors.byId.get(tied.actorId)?.kind === "person") return tied.actorId;
  // (a role the article tied to no name: its lead's person, s22-pron2)
  return leadRolePerson(doc, start, role, (a, b) => {
    const m = firstPersonName(doc, a, b);
    return m && openingName(doc, a, b, m) ? m.actorId : null;
  });
}

/** "the council leader argued": the description up to its role head, the word before the finite
 *  verb (the shortest such: "the Tory leader", then "the council leader"); or null. */
function roleHead(text: string, verbAfter: (end: number) => boolean): string | null {
  for (let n = 0; n <= 3; n++) {
    const d = new RegExp(`^the\\s+(?:[\\p{L}'’-]+\\s+){${n}}(\\p{Ll}+)\\b`, "u").exec(text);
    if (d && ROLE_HEADS.has(d[1]!) && verbAfter(d[0].length)) return d[0];
  }
  return null;
}

/** Where the quotation that closes right before `pos` opens (`“…,” he said`); else null. */
export function quoteOpenBefore(doc: QuoteDoc, pos: number): number | null {
  if (!/["”]\s*$/u.test(doc.text.slice(Math.max(0, pos - 3), pos))) return null;
  for (let i = doc.spans.length - 1; i >= 0; i--) {
    const s = doc.spans[i]!;
    if (s.markClose < pos && s.markClose >= pos - 3) return s.markOpen;
    if (s.markClose < pos - 3) break;
  }
  return null;
}

/** The first person the model names (not by pronoun or role) in [from, to), outside quotations. */
function firstPersonName(doc: QuoteDoc, from: number, to: number): Mention | null {
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start < from || m.via === "pronoun" || m.via === "role") continue;
    if (m.start >= to) return null;
    if (doc.actors.byId.get(m.actorId)?.kind !== "person" || insideQuotation(doc, m.start)) continue;
    return m;
  }
  return null;
}

/** Another person opening a later clause of the sentence ("…, but Ann Roe is unfazed"). */
function laterSubject(doc: QuoteDoc, m: Mention, to: number): boolean {
  for (const x of doc.actors.mentionsIn(doc.article.docId)) {
    if (x.start <= m.end || x.via === "role" || x.actorId === m.actorId) continue;
    if (x.start >= to) return false;
    if (LATER_CLAUSE.test(doc.text.slice(Math.max(0, x.start - 20), x.start))) return true;
  }
  return false;
}

/** The finite verb after a subject (past a bracket, an apposition in commas, an adverb); the
 *  match, or null. */
export function finiteAfter(after: string, prefixed = false): RegExpExecArray | null {
  // ("Lee co-created …": a verb's hyphenated prefix read past, s25's switch)
  const x = AFTER_NAME.exec(prefixed ? unprefixed(after) : after);
  const verb = x?.[2];
  if (!verb || S_WORDS_NO_VERB.has(verb) || !(FINITE.test(verb) || IRREGULAR_PAST_FORMS.has(verb)))
    return null;
  return x;
}

/** Does the sentence at `from` open on the name `m` as its subject: connective, title words,
 *  the name, an optional apposition or clause in commas naming no one else, and a finite verb? */
function openingName(doc: QuoteDoc, from: number, to: number, m: Mention): boolean {
  const text = doc.text;
  if (TAIL_SPEECH.test(text.slice(from, to))) return false;
  const lead = text.slice(from, m.start);
  const fronted = FRONTED.exec(lead)?.[0] ?? "";
  const titles = lead.slice(fronted.length);
  if (!TITLE_WORDS.test(titles) || NO_TITLE.test(titles.split(/\s+/)[0] ?? "")) return false;
  // (no possessive before the name, "London's Evening Standard"; no later clause's own subject)
  if (/['’]s\s/u.test(titles) || laterSubject(doc, m, to)) return false;
  const after = text.slice(m.end, Math.min(to, m.end + 220));
  if (/^['’]s\s+(?:been|got|gone|had)\b/u.test(after)) return true;
  const x = finiteAfter(after, prefixedVerbs(doc));
  if (!x) return false;
  // (no other person named inside the commas: "Hale, Roe said, has …")
  const at = x[1] ? m.end + x[0].indexOf(x[1]) : 0;
  return !x[1] || !firstPersonName(doc, at, at + x[1].length);
}

/** The person the model reads a description opening [from, to) as (past a connective or a short
 *  fronted phrase), when the switch is on and it `fits`; else null. */
export function openingModelRole(
  doc: QuoteDoc,
  from: number,
  to: number,
  fits: (id: string) => boolean,
): string | null {
  if (!isOn("quotes", OPENING_MODEL_ROLE_SWITCH.name, doc.switches)) return null;
  const start = from + (FRONTED.exec(doc.text.slice(from, to))?.[0].length ?? 0);
  const m = doc.actors.mentionsIn(doc.article.docId).find((x) => x.via === "role" && x.start === start);
  return m && doc.actors.byId.get(m.actorId)?.kind === "person" && fits(m.actorId) ? m.actorId : null;
}
