// Session 23 (issue #13), descriptions: news writing refers back to a person it has named with a
// role, rank, age, nationality or record ("the two-time champion", "The seventh seed", "The
// Australian", "the 25-year-old Dubliner", "The director"). Such a description is the person the
// sentence (or the sentence before) opens on as its subject, else one named or he/she as a
// clause's subject there; else the article's main person (the lead's) when mentioned just before
// or when no one is named just before outside quotations. The same reading gives a he/she right
// after a sentence opened by such a description.

import { SUBORDINATOR_BEFORE } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { DEMONYM_NOUNS } from "../lexicons/places.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { OFFICE_HEADS, ROLE_GENDER, ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { personNoun } from "./person-noun.ts";
import type { Phrase } from "./phrases.ts";
import {
  insideQuotation,
  namedPersonsBefore,
  previousSentenceStart,
  sentenceStart,
  subjectAt,
  subjectMentionBefore,
} from "./prior-subject.ts";
import { openingModelRole } from "./s22-pron-switches.ts";
import { lastOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** A he/she after a sentence that opens on such a description is the person it describes. */
const DESCRIBED_SUBJECT_PRONOUN_SWITCH = {
  name: "pronoun-after-description-subject",
  doc: '"The seventh seed, who may meet Ivo Marsh, is ready. “…,” he said": he is the person the description subject stands for, not a name in its relative clause',
} as const;

/** Words that tie a description to something else ("director of", "seed and"), so it may be new. */
const LINKS = /^(?:of|for|at|to|in|on|with|and|or|from|by|who|whose|which|that)$/i;

/** Who holds a title or a place in a ranking: "winner", "title-holder", "finalist", "seed". */
const HOLDER = /(?:winner|holder|finalist|medallist|seed)$/;

/** "the man", "the woman": a person of that sex. */
export const SEX: Readonly<Record<string, "male" | "female">> = { man: "male", woman: "female" };

/** Function words with a person noun's ending ("the reason for": no "for"). */
const FUNCTION_WORD =
  /^(?:nor|after|over|under|per|ever|never|other|another|rather|whether|together|either|neither)$/;

/** A word a description may hold before its head: lower-case, a number, an age. */
const MODIFIER = /^[\p{L}\d][\p{L}\d.-]*$/u;

/** "the <up to four modifiers> <person noun>": the head, lower-cased, else null. A possessive
 *  ("the club's manager"), a link ("the director of …"), an anonymous source ("the official"), an
 *  organisation, a document or a plural is no description of one named person. */
/** Awards whose winners a description names ("the Oscar winner", "the Bafta-winning actress"). */
const AWARDS =
  /^(?:Oscar|Grammy|Bafta|Emmy|Brit|Olympic|Nobel|Booker|Pulitzer|Golden|Wimbledon)(?:-\p{Ll}+)?$/u;

export function describedHead(text: string): string | null {
  const ws = text.split(/\s+/);
  if (ws.length < 2 || ws.length > 6 || !/^the$/i.test(ws[0]!)) return null;
  const mods = ws.slice(1, -1);
  if (mods.some((w) => !MODIFIER.test(w) || LINKS.test(w))) return null;
  const head = ws[ws.length - 1]!;
  // a capitalised head is a nationality after lower-case words only ("the 25-year-old Dubliner"),
  // never a name after a title ("the Lord Chancellor Lord Falconer")
  const capital = /^\p{Lu}/u.test(head);
  if (!/^\p{L}[\p{Ll}-]+$/u.test(head)) return null;
  // "the New York businessman", "The Republican candidate": a description holding a name is
  // written as a source of its own (PolNeAR's annotators keep it as the source)
  // (an award's name is no source's: "The Oscar winner"; nor "New" in "the New Zealander")
  const named = (w: string) => /^\p{Lu}/u.test(w) && !AWARDS.test(w) && !(w === "New" && capital);
  if (mods.some(named)) return null;
  const lower = head.toLowerCase();
  // an office ("the foreign secretary", "the Tory leader") is its own rules' (office-subject.ts);
  // a film's or show's director is a maker, not an office
  if (OFFICE_HEADS.has(lower) && lower !== "director") return null;
  // a gendered noun ("the actress") is description-subject.ts's
  if (lower in ROLE_GENDER || FUNCTION_WORD.test(lower) || LINKS.test(lower)) return null;
  // a role ("champion", "defender"), a ranked player ("seed"), a title-holder ("winner",
  // "finalist") or a nationality ("the Australian", "the Dubliner"); not any word with a person's
  // ending ("the email matter", "the top 1 percent")
  const role = ROLE_HEADS.has(lower) || DEMONYM_NOUNS.has(lower) || HOLDER.test(lower) || lower in SEX;
  if (!role && !(capital && personNoun(lower))) return null;
  if (ORG_NOUNS.has(lower) || DOCUMENT_HEADS.has(lower) || ANONYMOUS_HEADS.has(lower)) return null;
  return /[^s]s$/.test(lower) ? null : lower;
}

/** The first person named outside quotations in the article's first body sentence: the lead's. */
function leadPerson(doc: QuoteDoc): string | null {
  const lead = doc.article.paragraphs
    .flatMap((para) => para.sentences)
    .find((s) => s.start >= doc.article.bodyStart);
  if (!lead) return null;
  // (a name of up to three words: not a headline the model took for one)
  const named = [...namedPersonsBefore(doc, lead.end, lead.start)].pop();
  const name = named ? doc.actors.byId.get(named.actorId)?.name : undefined;
  return named && name && name.split(/\s+/).length <= 3 ? named.actorId : null;
}

/** The person named first in [from, to), after up to four words of role ("Team member Ann Roe",
 *  "- Britain's Ann Roe") and before a verb: the sentence's subject, else null. */
function openingName(doc: QuoteDoc, from: number, to: number): string | null {
  const first = [...namedPersonsBefore(doc, to, from)].pop();
  if (!first) return null;
  // (after a sentence adverb too: "Meanwhile, Perpignan centre Ann Roe is …")
  const lead = doc.text.slice(from, first.start).replace(OPENER, "");
  if (!/^[-–—\s]*(?:[\p{L}\d'’.-]+\s+){0,4}$/u.test(lead)) return null;
  return SUBJECT_END.test(doc.text.slice(first.end, first.end + 40)) ? first.actorId : null;
}

/** The person a he/she that is a clause's subject in [from, to) takes up ("…, he did say …"). */
function heSheSubject(doc: QuoteDoc, from: number, to: number): string | null {
  const ms = doc.actors
    .mentionsIn(doc.article.docId)
    .filter(
      (m) =>
        m.via === "pronoun" &&
        m.start >= from &&
        m.start < to &&
        /^(?:he|she)$/i.test(doc.text.slice(m.start, m.end)) &&
        !insideQuotation(doc, m.start) &&
        subjectAt(doc.text, m.start, m.end),
    );
  return ms[ms.length - 1]?.actorId ?? null;
}

/** The switch of the description-chain step of describedPerson. */
export const DESCRIPTION_CHAIN_SWITCH = {
  name: "description-chain",
  doc: "'The Oscar winner said …. “…,” said the New Zealander': a description whose sentence before opens on another description is the person that one stands for",
};

/** The person a description at `p` stands for (see the file's head), or null. */
export function describedPerson(doc: QuoteDoc, p: Phrase, depth = 0): string | null {
  const from = previousSentenceStart(doc, p.start);
  // the person the sentence before opens on as its subject ("Team member Ann Roe said …. “…,”
  // added the winner"), else names as a clause's subject
  const here = sentenceStart(doc, p.start);
  // "Frank Capra was the butt of a gaffe when the host opened the envelope": a description opening
  // a subordinate clause after its sentence's own person subject is someone else (switch)
  const own = openingName(doc, here, p.start);
  if (own && isOn("quotes", SUBORDINATE_DESCRIPTION_SWITCH.name, doc.switches)) {
    if (SUBORDINATOR_BEFORE.test(doc.text.slice(Math.max(here, p.start - 16), p.start))) return null;
  }
  const subject =
    own ??
    openingName(doc, from, here) ??
    subjectMentionBefore(doc, p.start, () => true) ??
    heSheSubject(doc, from, p.start);
  if (subject) return subject;
  // "The Oscar winner said …. “…,” said the New Zealander": a description opening the sentence
  // before stands for whom it stands for (one step back at most)
  const opening =
    depth === 0 && isOn("quotes", DESCRIPTION_CHAIN_SWITCH.name, doc.switches)
      ? openingDescription(doc, from, here)
      : null;
  const chained = opening && opening.p.start < p.start ? describedPerson(doc, opening.p, 1) : null;
  if (chained) return chained;
  // the article's main person, mentioned just before (by a possessive, "Roe's form", or a he/she)
  const main = leadPerson(doc);
  const near = doc.actors
    .mentionsIn(doc.article.docId)
    .filter(
      (m) => m.via !== "role" && m.start >= from && m.start < p.start && !insideQuotation(doc, m.start),
    );
  if (main && near.some((m) => m.actorId === main)) return main;
  // the person a he/she just before takes up ("“…,” he said. The Russian added")
  const heShe = near.filter((m) => m.via === "pronoun" && doc.actors.byId.get(m.actorId)?.kind === "person");
  const said = lastOf(
    doc,
    (h) => h.kind === "person" && !!h.id && h.start >= from && /^(?:he|she)$/i.test(h.text),
    p.start,
  );
  if (said?.id) return said.id;
  if (heShe.length > 0) return null;
  // the sentence before all someone's words ("“…,” said the doctor. “…” The Australian has"), no
  // one named outside them: the article's main person
  const quoted = insideQuotation(doc, from);
  return main && quoted && namedPersonsBefore(doc, p.start, from).next().done ? main : null;
}

/** Conjunctions and adverbs that may open a sentence before its subject. */
const OPENER = /^(?:(?:But|And|However|Meanwhile|Now|Yet|So),?\s+)?/u;

/** After a subject: ", who", or a verb ("has", "said", "underlined", "also"), not a noun. */
const SUBJECT_END =
  /^(?:,\s+who\b|\s+(?!(?:this|his|its|as|us|thus|whereas|plus|less|unless|across|perhaps)\b)(?:\p{Ll}+(?:ed|s)|has|had|is|was|will|would|could|can|may|might|must|said|told|made|took|gave|went|came|also|then|later|now|still|did|does)\b)/u;

/** The description opening the sentence at `start` as its subject ("But the 25-year-old Dubliner
 *  underlined", "The seventh seed, who …"): the phrase and its head, else null. */
function openingDescription(doc: QuoteDoc, start: number, end: number): { p: Phrase; head: string } | null {
  const text = doc.text.slice(start, end);
  const skip = OPENER.exec(text)![0].length;
  const words = [...text.slice(skip).matchAll(/[^\s,.;:"“”]+/g)].slice(0, 7);
  for (let k = 1; k < words.length - 1; k++) {
    const last = words[k]!;
    const e = skip + last.index! + last[0].length;
    const phrase = text.slice(skip, e);
    const head = /\s/.test(phrase.trim()) ? describedHead(phrase) : null;
    // a verb or ", who" follows the subject
    if (head && SUBJECT_END.test(text.slice(e)))
      return { p: { start: start + skip, end: start + e, text: phrase }, head };
  }
  return null;
}

/** `The seventh seed, who …, is ready. "…," he said` (switch): the person the description opening
 *  the sentence before stands for, when he/she is the tag after a quotation or opens its sentence. */
export function descriptionSubjectPronoun(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", DESCRIBED_SUBJECT_PRONOUN_SWITCH.name, doc.switches)) return null;
  const here = sentenceStart(doc, p.start);
  if (here === 0 || insideQuotation(doc, p.start)) return null;
  if (!/^(?:["“][^"”]*["”],?\s*)?$/u.test(doc.text.slice(here, p.start))) return null;
  const prev = previousSentenceStart(doc, p.start);
  const desc = openingDescription(doc, prev, here);
  if (!desc) return null;
  // (after an opening "But", the model's reading of it, which turns from the subject before:
  // "… ready to bid for Dunne. But the 25-year-old Dubliner underlined …", s34 switch)
  const turned = /^\s*(?:But|However|Yet)\b/.test(doc.text.slice(prev, desc.p.start));
  const id =
    (turned ? openingModelRole(doc, desc.p.start, here, () => true) : null) ?? describedPerson(doc, desc.p);
  const g = id ? (doc.actors.genderOf?.(doc.article.docId, id) ?? "any") : "any";
  return id && (g === "any" || g === want) ? speakerForActor(doc, id, p, want) : null;
}

/** The inline switches of this file, for the ablation (study-set-switches.ts). */
const SUBORDINATE_DESCRIPTION_SWITCH = {
  name: "description-in-subordinate-clause",
  doc: '"Frank Capra was the butt of a gaffe when the host opened …": a description opening a subordinate clause is not the person its sentence opens on (session 33)',
};

export const S23_DESC_SWITCHES = [
  DESCRIBED_SUBJECT_PRONOUN_SWITCH,
  DESCRIPTION_CHAIN_SWITCH,
  SUBORDINATE_DESCRIPTION_SWITCH,
];
