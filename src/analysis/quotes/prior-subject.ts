// The person a he/she takes up when the speaker history has no one in the sentence before: the
// person that sentence names as a clause's subject ("His words came as Cardinal Ann Roe, the
// Archbishop of Wexford, backed the plan. In a statement, he said"), read from the model's
// mentions; and a relative clause's antecedent passed over for the main clause's subject.

import type { Mention } from "../../types.ts";
import { isOn } from "../steps.ts";
import { RESTRICTIVE_WHO_SUBJECT_SWITCH } from "./set23-switches.ts";
import { prepositionObjectWho, roleFirstApposed } from "./set32-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { firstSpanEndingAfter } from "./tokens.ts";

/** Words after a name that show it is no clause's subject ("Ann Roe of …", "Ann Roe and …"). */
const NOT_A_VERB = new Set(
  `of and or in on at for to with from by as who whom whose which that the a an his her its their than
  but nor into over after before about against under during without between yesterday today tonight
  last this next`.split(/\s+/),
);
/** Words before a name that leave it a clause's subject ("… as Cardinal Ann Roe backed"). */
const OPENS_CLAUSE = new Set(
  `and but as when while because after before that since if although though whereas where then so
  once until unless`.split(/\s+/),
);

/** Where the sentence holding `pos` starts (0 before the first). */
export function sentenceStart(doc: QuoteDoc, pos: number): number {
  let start = 0;
  for (const para of doc.article.paragraphs)
    for (const s of para.sentences) {
      if (s.start > pos) return start;
      start = s.start;
    }
  return start;
}

/** Where the sentence holding `pos` ends (the text's end after the last). */
export function sentenceEnd(doc: QuoteDoc, pos: number): number {
  for (const para of doc.article.paragraphs)
    for (const s of para.sentences) if (s.start <= pos && pos < s.end) return s.end;
  return doc.text.length;
}

/** Where the sentence before the one holding `pos` starts (across paragraphs). */
export function previousSentenceStart(doc: QuoteDoc, pos: number): number {
  const here = sentenceStart(doc, pos);
  return here > 0 ? sentenceStart(doc, here - 1) : 0;
}

/** "Ann Roe backed", "Ann Roe, the archbishop, backed", "…, as Ann Roe backed", "Ann Roe, who": a subject. */
export function subjectAt(text: string, start: number, end: number, restrictive = false): boolean {
  const after = text.slice(end, end + 120);
  if (/^,\s+(?:who|whose)\b/.test(after)) return true;
  // "the return of skipper Ann Roe who missed the game": a who-clause with no comma (set 23)
  if (restrictive && /^\s+who\s+\p{Ll}/u.test(after) && /^\p{Lu}/u.test(text.slice(start, end))) return true;
  // The word before the name and any title or initial ("why Mr Smith had", "the festival's
  // Golden Kinnaree awards": no subject).
  const before = /(?:^|\s)(\S+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )?.[1];
  if (before && /['’]s?$/.test(before)) return false;
  // "… in the best actress category was Cate Blanchett, herself nominated": an inverted subject.
  if (before && /^(?:was|were|is|are)$/.test(before) && /^[,.;]/.test(after)) return true;
  if (before && /^\p{Ll}+$/u.test(before) && !OPENS_CLAUSE.has(before)) return false;
  const verb =
    /^\s+(\p{Ll}+)\b/u.exec(after) ??
    /^,\s+(?:the|a|an|his|her|its|their|\p{Lu}|\d)[^,.;:"“”]{1,80},\s+(\p{Ll}+)\b/u.exec(after);
  return !!verb && !NOT_A_VERB.has(verb[1]!);
}

/** A name inside a quotation is the speaker's words ("… Gordon Brown would love me"), not a mention. */
export function insideQuotation(doc: QuoteDoc, pos: number): boolean {
  const span = doc.spans[firstSpanEndingAfter(doc.spans, pos)];
  return span !== undefined && span.markOpen <= pos;
}

/** The people the model names (not by pronoun or role) outside quotations, starting in
 *  [from, pos), nearest first. */
export function* namedPersonsBefore(doc: QuoteDoc, pos: number, from: number): Generator<Mention> {
  const ms = doc.actors.mentionsIn(doc.article.docId);
  let hi = ms.length;
  for (let lo = 0; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = hi - 1; k >= 0 && ms[k]!.start >= from; k--) {
    const m = ms[k]!;
    if (m.via === "pronoun" || m.via === "role" || doc.actors.byId.get(m.actorId)?.kind !== "person")
      continue;
    if (!insideQuotation(doc, m.start)) yield m;
  }
}

/**
 * The latest person the model names as a clause's subject from the sentence before `pos` up to
 * it, that `fits`; null when there is none.
 */
export function subjectMentionBefore(
  doc: QuoteDoc,
  pos: number,
  fits: (id: string) => boolean,
): string | null {
  const restrictive = isOn("quotes", RESTRICTIVE_WHO_SUBJECT_SWITCH.name, doc.switches);
  for (const m of namedPersonsBefore(doc, pos, previousSentenceStart(doc, pos)))
    if (
      fits(m.actorId) &&
      // ("Chief engineer at the port, Ann Roe, would": the name; "a successor to Tom Hale, who": none)
      (subjectAt(doc.text, m.start, m.end, restrictive) ||
        roleFirstApposed(doc.text, m.start, m.end, doc.switches)) &&
      !prepositionObjectWho(doc.text, m.start, m.end, doc.switches)
    )
      return m.actorId;
  return null;
}

/** Person mentions in [from, to), by name (not pronoun or role), or with `pronouns` by pronoun. */
export function personNamesIn(doc: QuoteDoc, from: number, to: number, pronouns = false): Mention[] {
  return doc.actors
    .mentionsIn(doc.article.docId)
    .filter(
      (m) =>
        m.start >= from &&
        m.end <= to &&
        (pronouns ? m.via === "pronoun" : m.via !== "pronoun" && m.via !== "role") &&
        doc.actors.byId.get(m.actorId)?.kind === "person",
    );
}
