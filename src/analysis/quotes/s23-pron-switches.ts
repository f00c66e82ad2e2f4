// Pronoun classes of session 23 (issue #13; fresh BBC study sets 42-48): salience. A he/she tag
// takes up the grammatical subject of the most recent clause whose subject is a person of its
// gender: the subject of a sentence's last clause ("…, but Tom Hale rejected it"), a subject
// written after a possessive and a role ("Leeds' chief executive Ann Roe was …"), and, past a
// sentence whose own subject is that he/she ("But she is calm.") or that names people only as
// noun modifiers ("a late Tom Hale goal"), the subject of the sentence before it.

import type { Mention } from "../../types.ts";
import { isOn } from "../steps.ts";
import { insideQuotation, personNamesIn, sentenceStart } from "./prior-subject.ts";
import {
  FRONTED,
  finiteAfter,
  fitsGender,
  NO_TITLE,
  openingSubject,
  TAIL_SPEECH,
  TITLE_WORDS,
  tagSentence,
} from "./s22-pron-switches.ts";
import { prefixedVerbs } from "./s25-prefixed-verb.ts";
import type { QuoteDoc } from "./state.ts";

const LAST_CLAUSE_SWITCH = {
  name: "pronoun-last-clause-subject",
  doc: '"Ann Roe said …, but Leeds\' Tom Hale rejected it. “…,” he said": the subject of the last clause before the tag, a possessive and role before it allowed',
};
const SUBJECT_CHAIN_SWITCH = {
  name: "pronoun-subject-chain",
  doc: '"Ann Roe, the champion, will face Ida Holt. But she is calm. “…,” she said": past a sentence whose subject is the he/she itself, or that names people only as modifiers ("a Tom Hale goal"), the subject before',
};

export const S23_PRON_SWITCHES = [LAST_CLAUSE_SWITCH, SUBJECT_CHAIN_SWITCH];

/** A connective opening a later main clause, then words before its subject: title words, or a
 *  possessive and a role ("but Tennis Vale's chief Ann Roe"). */
const LATER_LEAD =
  /(?:,?\s+(?:but|while|whereas)|,\s*and|;\s*(?:but|and)?)\s+(?:then\s+)?((?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+(?:[\p{L}-]+\s+){0,4})|(?:(?:former|\p{Lu}[\p{L}.'’-]*)\s+){0,4})$/u;
/** A possessive and a role before a name opening a sentence ("Spain's sports minister "). */
const POSSESSED_ROLE =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+(?:former\s+)?\p{Ll}[\p{L}-]*\s+(?:[\p{L}-]+\s+){0,4}$/u;
/** A name as a noun modifier: "an Alan Brice strike", "the Ida Holt era". */
const MODIFIER_BEFORE = /\b(?:an?|the)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * The he/she of the tag at `p` (of gender `want`, not `named`) by salience: the subject of the
 * last clause of the sentence before, when a later clause has a person subject of that gender;
 * a subject after a possessive and a role; or, past a he/she or modifier-only sentence, the
 * subject of the sentence before that; else the opening subject of s22-pron (null: the older
 * rules decide).
 */
export function salientSubject(
  doc: QuoteDoc,
  p: { start: number; end: number },
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  return lastClauseSubject(doc, p, want, named) ?? openingSubject(doc, p, want, named);
}

function lastClauseSubject(
  doc: QuoteDoc,
  p: { start: number; end: number },
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  if (!isOn("quotes", LAST_CLAUSE_SWITCH.name, doc.switches)) return null;
  const window = tagSentence(doc, p.start);
  if (!window) return null;
  const { from, to } = window;
  const fits = (id: string) => !named?.(id) && fitsGender(doc, id, want);
  const last = subjectOf(doc, from, to, fits);
  if (last || !isOn("quotes", SUBJECT_CHAIN_SWITCH.name, doc.switches)) return last;
  // (one sentence back at most: a he/she of that gender or modifier-only names in between)
  if (from === 0 || !passable(doc, from, to, want)) return null;
  const before = sentenceStart(doc, from - 1);
  return subjectOf(doc, before, from, fits) ?? openingOf(doc, before, from, fits);
}

/** The latest person subject of a later clause of [from, to) ("…, but Tom Hale rejected …") that
 *  `fits`, or the sentence's opening subject after a possessive and a role; else null. */
function subjectOf(doc: QuoteDoc, from: number, to: number, fits: (id: string) => boolean): string | null {
  if (insideQuotation(doc, from) || TAIL_SPEECH.test(doc.text.slice(from, to))) return null;
  const names = personNamesIn(doc, from, to).filter((m) => !insideQuotation(doc, m.start));
  for (let i = names.length - 1; i >= 1; i--) {
    const m = names[i]!;
    const lead = doc.text.slice(Math.max(from, m.start - 80), m.start);
    if (LATER_LEAD.test(lead) && verbAfter(doc, m, to) && fits(m.actorId)) return m.actorId;
  }
  const first = names[0];
  if (!first) return null;
  const lead = doc.text.slice(from, first.start);
  const rest = lead.slice((FRONTED.exec(lead)?.[0] ?? "").length);
  if (POSSESSED_ROLE.test(rest) && verbAfter(doc, first, to) && fits(first.actorId)) return first.actorId;
  return null;
}

/** The sentence's opening subject by name (title words only before it), if it `fits`. */
function openingOf(doc: QuoteDoc, from: number, to: number, fits: (id: string) => boolean): string | null {
  if (insideQuotation(doc, from) || TAIL_SPEECH.test(doc.text.slice(from, to))) return null;
  const m = personNamesIn(doc, from, to).find((x) => !insideQuotation(doc, x.start));
  if (!m) return null;
  const lead = doc.text.slice(from, m.start);
  const rest = lead.slice((FRONTED.exec(lead)?.[0] ?? "").length);
  if (!TITLE_WORDS.test(rest) || NO_TITLE.test(rest.split(/\s+/)[0] ?? "") || /['’]s\s/u.test(rest))
    return null;
  return verbAfter(doc, m, to) && fits(m.actorId) ? m.actorId : null;
}

/** A finite verb after the subject `m` (past an apposition in commas naming no other person). */
function verbAfter(doc: QuoteDoc, m: Mention, to: number): boolean {
  const x = finiteAfter(doc.text.slice(m.end, Math.min(to, m.end + 220)), prefixedVerbs(doc));
  if (!x) return false;
  const at = x[1] ? m.end + x[0].indexOf(x[1]) : 0;
  return !x[1] || personNamesIn(doc, at, at + x[1].length).length === 0;
}

/** A sentence the he/she reads past: its subject is a he/she of that gender ("But she is calm."),
 *  or it names people only as noun modifiers ("an Alan Brice strike earned them a draw"). */
function passable(doc: QuoteDoc, from: number, to: number, want: "male" | "female"): boolean {
  const lead = doc.text.slice(from, to);
  const rest = lead.slice((FRONTED.exec(lead)?.[0] ?? "").length);
  const pro = /^(he|she)\s/iu.exec(rest);
  if (pro)
    return (
      (pro[1]!.toLowerCase() === "he") === (want === "male") &&
      !!finiteAfter(rest.slice(pro[1]!.length), prefixedVerbs(doc))
    );
  const names = personNamesIn(doc, from, to).filter((m) => !insideQuotation(doc, m.start));
  return (
    names.length > 0 &&
    names.every(
      (m) =>
        MODIFIER_BEFORE.test(doc.text.slice(Math.max(from, m.start - 30), m.start)) &&
        /^\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 3)),
    )
  );
}
