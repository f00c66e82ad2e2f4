// "Ministers deny they have been spurred into action. Instead, they say the plans are part of an
// “evolving” process": "they" takes up the bare plural noun of sources ("Ministers", "Officials",
// "Critics") a sentence opens on as its subject, when no organisation or group has spoken since,
// not an older organisation from the speaker history.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { type QuoteDoc, unnamed } from "./state.ts";
import { ROLE_LIKE } from "./tok.ts";
import type { Speaker } from "./types.ts";

/** "They after a plural source": its switch (set21-switches.ts). */
export const PLURAL_SOURCE_THEY_SWITCH = {
  name: "they-plural-source-opener",
  doc: '"Ministers deny …. Instead, they say": "they" is the bare plural of sources a sentence just before opens on',
};

/** "They" closing the sentence of a quotation: the plural subject that sentence opens on. */
export const THEY_OWN_SUBJECT_SWITCH = {
  name: "they-own-sentence-subject",
  doc: '"The TV makers want us to get the “true impact” of HD, they say": a "they" tag after a quotation takes up the plural noun phrase its own sentence opens on',
};

/** Plural nouns of people who speak as a group. */
const SOURCES = new Set(
  `ministers officials critics analysts experts campaigners economists researchers observers insiders
  aides advisers sources witnesses residents protesters scientists doctors teachers diplomats`.split(/\s+/),
);
/** A sentence opening (past a connective and a quantifier) on a plural noun and a lowercase verb. */
const OPENER =
  /^(?:(?:But|And|However|Meanwhile|Now),?\s+)?(?:(?:Some|Many|Senior|Other)\s+)?(\p{Lu}\p{Ll}+s)\s+(?:(?:have|had|also|now|still)\s+)?(\p{Ll}+)\b/u;
const NOT_VERBS = /^(?:of|in|at|from|for|with|to|on|by|and|or|who|whose|which|that)$/;

/** A sentence opening (past a connective; its first letter lowered) on a definite or bare plural
 *  noun phrase ending on a lower-case plural (capitalised modifiers allowed: "the TV display
 *  manufacturers", "the British producers of US Wife Swap") and a lower-case verb. */
const PLURAL_OPENER =
  /^(?:(?:but|and|however|meanwhile|now),?\s+)?((?:(?:the|these|those|many|some|most)\s+)?(?:(?:\p{Lu}[\p{L}-]*|\p{Ll}[\p{Ll}-]*)\s+){0,3}\p{Ll}[\p{Ll}-]*[^s'’]s)(?:\s+of(?:\s+\p{Lu}[\p{L}'’-]*){1,4})?\s+(?:(?:have|had|also|now|still|do|did)\s+)?(\p{Ll}+)\b/u;

/** The plural subject of people or bodies sentence text `s` opens on ("The TV makers want"), else null. */
export function pluralOpener(s: string): RegExpExecArray | null {
  const m = PLURAL_OPENER.exec(s.charAt(0).toLowerCase() + s.slice(1));
  if (!m || NOT_VERBS.test(m[2]!)) return null;
  // (a noun of people or bodies: "manufacturers", "campaigners", "residents", "ministers")
  const head = /(\p{Ll}+)s$/u.exec(m[1]!)![1]!;
  return ROLE_LIKE.test(head) || ORG_NOUNS.has(head) || SOURCES.has(`${head}s`) ? m : null;
}

/** "they" at p: the plural source the sentence before (or its own) opens on, else null. */
export function pluralSourceThey(doc: QuoteDoc, p: Phrase): Speaker | null {
  const own = ownSentenceSubject(doc, p);
  if (own) return own;
  if (!isOn("quotes", PLURAL_SOURCE_THEY_SWITCH.name, doc.switches)) return null;
  const from = previousSentenceStart(doc, p.start);
  // (an organisation or a group that spoke since then is what "they" takes up)
  if (doc.history.some((h) => h.start >= from && h.start < p.start && h.kind !== "person")) return null;
  const s = doc.text.slice(from, p.start);
  const m = OPENER.exec(s);
  if (!m || !SOURCES.has(m[1]!.toLowerCase()) || NOT_VERBS.test(m[2]!)) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return unnamed({ start, end: start + m[1]!.length, text: m[1]! }, "plural");
}

/** "…, they say" after a quotation of its own sentence: the plural noun phrase the sentence opens
 *  on, when no organisation or group spoke in between; else null. */
function ownSentenceSubject(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", THEY_OWN_SUBJECT_SWITCH.name, doc.switches)) return null;
  const from = sentenceStart(doc, p.start);
  const s = doc.text.slice(from, p.start);
  // (only a tag, "they" after a comma and a quotation closed before it in the sentence, or "they"
  // and a verb of saying before the quotation: "… against a show they claim is “…”")
  const tag = /,\s*$/.test(s) && /["”]/u.test(s);
  const rest = doc.text.slice(p.end, p.end + 40);
  if (
    !tag &&
    !(
      /^\s+(?:claim|claimed|say|said|argue|argued|insist|insisted|believe|believed|allege|alleged)\b/.test(
        rest,
      ) &&
      /["“]/u.test(rest) &&
      !/["“”]/u.test(s)
    )
  )
    return null;
  const m = pluralOpener(s);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  // (a speaker between the subject, with its "of …", and the tag is what "they" takes up)
  const past = from + m.index + m[0].length;
  if (doc.history.some((h) => h.start >= past && h.start < p.start)) return null;
  return unnamed({ start, end, text: doc.text.slice(start, end) }, "plural");
}
