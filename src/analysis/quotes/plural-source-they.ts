// "Ministers deny they have been spurred into action. Instead, they say the plans are part of an
// “evolving” process": "they" takes up the bare plural noun of sources ("Ministers", "Officials",
// "Critics") a sentence opens on as its subject, when no organisation or group has spoken since,
// not an older organisation from the speaker history.

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import { type QuoteDoc, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "They after a plural source": its switch (set21-switches.ts). */
export const PLURAL_SOURCE_THEY_SWITCH = {
  name: "they-plural-source-opener",
  doc: '"Ministers deny …. Instead, they say": "they" is the bare plural of sources a sentence just before opens on',
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

/** "they" at p: the plural source the sentence before (or its own) opens on, else null. */
export function pluralSourceThey(doc: QuoteDoc, p: Phrase): Speaker | null {
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
