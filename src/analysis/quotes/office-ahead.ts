// "The attorney general has again denied being “leant on” … Lord Goldsmith said": an article that
// opens on an office ("the attorney general", "the first minister") before naming anyone names
// its holder next, as a clause's subject. The office is that person when the two sentences after
// it name one, the model links the office to no one, and the article gives that person no other
// office.

import { CREEDS, DEMONYMS } from "../lexicons/places.ts";
import { OFFICE_HEADS } from "../lexicons/titles.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation, subjectAt } from "./prior-subject.ts";
import { articleCoref } from "./role-antecedent.ts";
import { type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Where the `n`th sentence after the one holding `pos` ends (the text's end if there is none). */
function sentencesOn(doc: QuoteDoc, pos: number, n: number): number {
  const ends = doc.article.paragraphs.flatMap((para) => para.sentences.map((s) => s.end));
  const i = ends.findIndex((e) => e > pos);
  return i < 0 ? doc.text.length : (ends[Math.min(ends.length - 1, i + n)] ?? doc.text.length);
}

/** The person an opening office description stands for, named just after it; else null. */
export function officeAhead(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = /^the\s+(?:[\p{L}-]+\s+){0,3}(\p{Ll}+)$/iu.exec(p.text)?.[1];
  return head && OFFICE_HEADS.has(head) ? personNamedAhead(doc, p, head) : null;
}

/**
 * The person a description of `head` (an office, or a lead's "a Home Office minister") stands for:
 * the person named next as a clause's subject within two sentences, when nobody is named in the
 * body before it and the model links the description to no one. An office's holder has no other
 * office in the article; a lead's description (`next` 1: the very next sentence) may be one of many.
 */
export function personNamedAhead(
  doc: QuoteDoc,
  p: Phrase,
  head: string,
  next: 1 | 2 = 2,
  owned = false,
): Speaker | null {
  const { actors, article } = doc;
  const own = actors.mentionAt(article.docId, p.start, p.end);
  // (the "his" of "his former adviser" is the owner's mention, not the description's)
  if (own && !(owned && own.via === "pronoun" && own.start === p.start)) return null;
  const person = (id: string) => actors.byId.get(id)?.kind === "person";
  const ms = actors.mentionsIn(article.docId).filter((m) => m.via !== "pronoun" && m.via !== "role");
  // Cataphora only: nobody named in the body (after any headline) before the office.
  const body = Math.max(article.bodyStart, article.paragraphs[0]?.start ?? 0);
  // "UK Muslims should …": a people's plural the model took for a name is nobody named.
  const people = (t: string) =>
    /^\p{Lu}\p{Ll}+s$/u.test(t) && (CREEDS.has(t.slice(0, -1)) || DEMONYMS.has(t.slice(0, -1)));
  const before = ms.filter(
    (m) => m.start >= body && m.start < p.start && person(m.actorId) && !people(m.text),
  );
  // …but "his former adviser" (`owned`) is someone other than those named before it.
  if (before.length && !owned) return null;
  const earlier = new Set(before.map((m) => m.actorId));
  const limit = sentencesOn(doc, p.end, next);
  const roles = articleCoref(doc).roles;
  for (const m of ms) {
    if (m.start < p.end || !person(m.actorId) || earlier.has(m.actorId)) continue;
    if (m.start >= limit) break;
    if (insideQuotation(doc, m.start)) continue;
    if (!subjectAt(doc.text, m.start, m.end)) continue;
    // "Jack Law, chief executive of …": a person the article gives another office is someone else.
    const last = doc.text.slice(m.start, m.end).split(/\s+/).pop()!;
    if (next === 2 && roles.some((l) => l.name.endsWith(last) && l.head !== head)) return null;
    return speakerForActor(doc, m.actorId, p);
  }
  return null;
}
