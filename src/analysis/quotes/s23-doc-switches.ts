// Documents as speakers, session 23 (issue #13, BBC study sets 42-48): a document that is the
// subject of a speech verb speaks for its author when the article ties one to it: "The letter,
// from the Home Office, says", "His sales pitch adds", "a statement from the club … The statement
// added", "the Beige Book said" after "the Fed said in its latest Beige Book report", "The legal
// submission described …" in an article on who is suing. With no tie the older rules run (the
// document's issuer before it, else the document as written).

import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { forms } from "../lexicons/word-list.ts";
import { type Alternative, isOn } from "../steps.ts";
import { LAWSUIT_FILER_SWITCH, lawsuitFiler } from "./lawsuit-filer.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { resolveHeShe } from "./pronouns.ts";
import { REPORT_BODY } from "./report-body.ts";
import { DOCUMENT_OWNER_RULE } from "./s25-document-owner.ts";
import { NATIONAL_BRANCH_RULE } from "./s25-national-branch.ts";
import { documentChainStart } from "./s27-document-chain.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { at, lastOf, paraOf, type QuoteDoc, speakerForActor, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

const DOCUMENT_SOURCE_SWITCH = {
  name: "document-source-tie",
  doc: '"The letter, from the Home Office, says", "His sales pitch adds", "The statement added" after a spokesperson\'s words: a document speaks for the author the article ties to it',
};

const WITH_SPOKESPERSON_SWITCH = {
  name: "with-spokesperson-saying",
  doc: '"The Harbour Board defended the tolls, with a spokesperson saying: “…”": the spokesperson of the subject, not the subject',
};

/** Written things that speak for whoever wrote them, beyond DOCUMENT_HEADS. */
const MORE_DOCUMENT_HEADS: ReadonlySet<string> = new Set(
  forms(`submission pitch proposal note notice petition brochure advert advertisement affidavit blurb
  book citation complaint`),
);

/** Documents a party to a court case puts in: they speak for the one suing. */
const COURT_HEADS = /^(?:submissions?|filings?|complaints?|affidavits?|petitions?|claims?)$/;

const isDocumentHead = (w: string) => DOCUMENT_HEADS.has(w) || MORE_DOCUMENT_HEADS.has(w);

/** A capitalised name of up to six words ("the Department for Transport", "Harbour Board"). */
const NAME = String.raw`\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}'’&.-]*){0,5}`;

/** Words after a name that end it there (a verb, a preposition), not a noun it modifies. */
const CLAUSE_GOES_ON =
  /^(?:and|or|in|on|at|to|for|of|that|which|who|with|as|about|last|this|said|says|is|are|was|were|has|have|had|will|would|also|[\p{Ll}-]+ed)$/u;

/** The model's actor for the name at [start, start + name.length), else null; never a name
 *  that only modifies a noun after it ("the Sanders campaign", "the New Hampshire primary"). */
function actorAt(doc: QuoteDoc, start: number, name: string, owner = false): string | null {
  const end = start + name.length;
  const next = /^\s+([\p{Ll}-]+)|^['’]/u.exec(doc.text.slice(end, end + 30));
  if (!owner && next && !(next[1] && CLAUSE_GOES_ON.test(next[1]))) return null;
  const hit = doc.actors.mentionAt(doc.article.docId, start, end);
  const whole = hit && hit.start === start && hit.end === end;
  return (whole ? doc.actors.byId.get(hit.actorId) : doc.actors.resolve(name))?.id ?? null;
}

/** "The letter, from the Home Office, says", "The poll, released on Monday by the Kestrel
 *  Institute, showed": the author in an apposition or after "from"/"by" right after the document. */
function authorAfter(doc: QuoteDoc, p: Phrase): string | null {
  const tail = doc.text.slice(p.end, p.end + 120);
  const m = new RegExp(
    String.raw`^,?\s+(?:(?:sent|written|issued|signed|published|released|drawn up|prepared)\s+(?:[\p{L}\d-]+\s+){0,4}?)?(?:from|by)\s+(?:the\s+)?(${NAME})`,
    "u",
  ).exec(tail);
  return m ? actorAt(doc, p.end + m.index + m[0].length - m[1]!.length, m[1]!) : null;
}

/** Where the article earlier ties a document with this head to its author: "a statement from the
 *  club", "the club's statement", "the club said in a statement", "the club issued a statement";
 *  the latest such tie before `p`. */
function authorBefore(doc: QuoteDoc, head: string, p: Phrase): string | null {
  const h = `${head}s?`;
  const ties = [
    String.raw`\b${h}\s+(?:(?:sent|written|issued|signed|published|released)\s+)?(?:from|by)\s+(?:the\s+)?(${NAME})`,
    String.raw`(${NAME})['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}${h}\b`,
    String.raw`(${NAME})\s+(?:has\s+|have\s+|had\s+)?(?:said|says|wrote|writes|added|adds|stated|states)\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}${h}\b`,
    String.raw`(${NAME})\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|sent|wrote|provided|gave|put out)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}${h}\b`,
  ];
  let best: { at: number; id: string } | null = null;
  // (a tie in this paragraph or the one before: an older one may be another document)
  const para = paraOf(doc, p.start);
  // (further back while the paragraphs between go on with "the <document>", s27-document-chain.ts)
  const from = documentChainStart(
    doc,
    head,
    para,
    Math.max(doc.article.bodyStart, doc.paraStarts[Math.max(0, para - 1)]!),
  );
  const before = doc.text.slice(from, p.start);
  for (const [i, tie] of ties.entries())
    for (const m of before.matchAll(new RegExp(tie, "gu"))) {
      const start = from + m.index + m[0].indexOf(m[1]!);
      // "The statement" of the sentence itself is no tie ("The club's statement": the owner rule).
      if (/^(?:The|A|An|In|But|And|His|Her|Its|Their)$/.test(m[1]!)) continue;
      // (the owner of "the club's statement" is a name before "'s" by rule)
      const id = actorAt(doc, start, m[1]!.replace(/^(?:The|A|An)\s+/, ""), i === 1);
      if (id && (!best || start > best.at)) best = { at: start, id };
    }
  return best?.id ?? null;
}

/** "the Kestrel Review said": a capitalised title the article also calls "<title> report", the
 *  author being whoever it says the report is from ("the Fed said in its latest Beige Book
 *  report", "the Fed's Beige Book report"). */
function titledDocumentAuthor(doc: QuoteDoc, p: Phrase): string | null {
  const m = /^[Tt]he\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u.exec(p.text);
  if (!m) return null;
  const title = m[1]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const named = new RegExp(String.raw`\b${title}\s+([\p{Ll}-]+)\b`, "u").exec(doc.text);
  if (!named || !DOCUMENT_HEADS.has(named[1]!)) return null;
  const owner = new RegExp(
    String.raw`(${NAME})\s+(?:has\s+|had\s+)?(?:said|says|stated|found|warned|noted)\s+in\s+(?:its|his|her|their|the|a)\s+(?:[\p{Ll}-]+\s+){0,2}${title}\s+${named[1]}|(${NAME})['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}${title}\s+${named[1]}`,
    "u",
  ).exec(doc.text);
  if (!owner) return null;
  const name = (owner[1] ?? owner[2]!).replace(/^(?:The|the)\s+/, "");
  return actorAt(doc, owner.index + owner[0].indexOf(name), name);
}

/** A statement right after someone's quoted words is theirs ("A club spokeswoman denied it,
 *  insisting: “…” The statement added: “…”"): the speaker of the sentence before or this one. */
function statementOfLastSpeaker(doc: QuoteDoc, p: Phrase): Speaker | null {
  const last = lastOf(doc, (h) => !!h.speaker, p.start);
  if (!last || last.start < previousSentenceStart(doc, sentenceStart(doc, p.start))) return null;
  return at(last, p);
}

/** Is `p` the subject of a verb ("the statement added", "The letter, from …, says") or of an
 *  inverted tag ("…," said the statement)? ("according to his book" is the reporter's source.) */
function speaks(doc: QuoteDoc, p: Phrase): boolean {
  const after = doc.text.slice(p.end, p.end + 160).replace(/^,[^,.;"“”]{1,120},/, "");
  const verb = /^\s+(?:then\s+|also\s+|further\s+|\p{Ll}+ly\s+)?([\p{Ll}-]+)/u.exec(after)?.[1];
  if (verb && (SPEECH_VERB_FORMS.has(verb) || /(?:[^s]s|ed)$/.test(verb))) return true;
  return /["”,]\s*(?:said|says|added|adds|stated|states|read|reads|continued|continues)\s+$/.test(
    doc.text.slice(Math.max(0, p.start - 20), p.start),
  );
}

function documentSource({ doc, p, lastWord }: SpeakerInput): Speaker | null {
  if (!isOn("quotes", DOCUMENT_SOURCE_SWITCH.name, doc.switches) || !speaks(doc, p)) return null;
  const titled = titledDocumentAuthor(doc, p);
  if (titled) return speakerForActor(doc, titled, p);
  if (!isDocumentHead(lastWord)) return null;
  const own = /^(?:His|Her|his|her)\s/.exec(p.text);
  if (own && !DOCUMENT_HEADS.has(lastWord)) {
    const word = own[0].trim();
    const sp = resolveHeShe(
      doc,
      { start: p.start, end: p.start + word.length, text: word },
      /^his$/i.test(word) ? "male" : "female",
    );
    return sp.id ? at(sp, p) : null;
  }
  // ("The club's statement" is the owner's: document-owner)
  if (!/^(?:[Tt]he|[Tt]his|[Tt]hat)\s/.test(p.text) || /['’]s\s/.test(p.text)) return null;
  const id = authorAfter(doc, p) ?? authorBefore(doc, lastWord.replace(/s$/, ""), p);
  if (id) return speakerForActor(doc, id, p);
  if (COURT_HEADS.test(lastWord) && isOn("quotes", LAWSUIT_FILER_SWITCH.name, doc.switches)) {
    const filer = lawsuitFiler(doc, "lawsuit", p);
    if (filer) return filer;
  }
  // ("The document reportedly said" in an article that names no document before: the one whose
  // words the sentence before reports, switch "document-first-mention")
  const first =
    isOn("quotes", DOCUMENT_FIRST_MENTION_SWITCH.name, doc.switches) && firstMention(doc, lastWord, p);
  return /^statements?$/.test(lastWord) || first ? statementOfLastSpeaker(doc, p) : null;
}

export const DOCUMENT_FIRST_MENTION_SWITCH = {
  name: "document-first-mention",
  doc: '"Mr Houston is alleged to have said that …. The document reportedly said: “…”": a document the article never named before speaks for whoever spoke just before',
};

const PERSONAL_DOCUMENTS = /^(?:document|memo|letter|e-?mail|note|dossier|leaflet|message|posting)$/;

/** Is `p` ("the document") the article's first word of its kind, no earlier document to tie it to? */
function firstMention(doc: QuoteDoc, head: string, p: Phrase): boolean {
  const h = head.replace(/s$/, "");
  // (only what a person writes: "the paper", "the report" are a newspaper's or a body's)
  if (!PERSONAL_DOCUMENTS.test(h)) return false;
  return !new RegExp(String.raw`\b${h}s?\b`, "i").test(doc.text.slice(doc.article.bodyStart, p.start));
}

/** "<Subject> defended …, with a spokesperson saying: “…”": the absolute clause's speaker, who
 *  speaks for the subject (an unnamed spokesperson or official of it). */
function withSpokespersonSaying({ doc, p }: SpeakerInput): Speaker | null {
  if (!isOn("quotes", WITH_SPOKESPERSON_SWITCH.name, doc.switches)) return null;
  const m =
    /^[^.;"“”]{0,200}?,\s+with\s+(an?\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|official|aide))\s+(?:saying|adding|insisting|telling\s+[\p{L}\s]{1,30}?)[:,]?\s*(?:that\s+)?["“]/u.exec(
      doc.text.slice(p.end, p.end + 320),
    );
  if (!m) return null;
  const start = p.end + m.index + m[0].indexOf(m[1]!);
  const who = unnamed({ text: m[1]!, start, end: start + m[1]!.length });
  const org = doc.actors.resolve(p.text.replace(/^the\s+/i, ""));
  return org?.kind === "organization" ? { ...who, org: { id: org.id, name: org.name } } : who;
}

/** The document rules before "report-of-body" (resolve-speaker.ts spreads this list). */
export const REPORT_BODY_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  // (session 25: "The Bank's latest report", "the notes on Harbour's website")
  DOCUMENT_OWNER_RULE,
  // (session 25: "Amnesty International UK said")
  NATIONAL_BRANCH_RULE,
  { ...WITH_SPOKESPERSON_SWITCH, try: withSpokespersonSaying },
  { ...DOCUMENT_SOURCE_SWITCH, try: documentSource },
  REPORT_BODY,
];
