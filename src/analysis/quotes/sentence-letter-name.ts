// "Malcolm X. Attallah Shabazz, the daughter of …. “…,” she said": a phrase naming a speaker
// that runs through a one-letter word whose period ends a sentence (letter-sentence-end.ts) is
// the name after it (switch "letter-name-sentence-end").

import { isOn } from "../steps.ts";
import { writtenBare } from "./letter-sentence-end.ts";
import type { Phrase } from "./phrases.ts";
import { LETTER_SENTENCE_END_SWITCH } from "./set24-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** "Malcolm X. Attallah Shabazz": a name, a one-letter word and its period, then two or more
 *  capitalised words (a phrase naming a speaker). */
const MERGED =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+\p{Lu})\.\s+(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)$/u;

/** The name after a one-letter word whose period ends a sentence, in a phrase naming a speaker
 *  ("Malcolm X. Attallah Shabazz" → "Attallah Shabazz"), else null (switch). */
export function nameAfterSentenceLetter(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", LETTER_SENTENCE_END_SWITCH.name, doc.switches)) return null;
  const m = MERGED.exec(p.text);
  if (!m) return null;
  if (!writtenBare(doc.text.slice(doc.article.bodyStart), m[1]!)) return null;
  return { start: p.end - m[2]!.length, end: p.end, text: m[2]! };
}
