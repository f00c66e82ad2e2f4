// "Tony Blair's official spokesman declined to comment on the plan. He said: “…”": he/she opening
// a sentence (or coming right after its quotation: `"…," he said`) after one whose subject is
// someone's spokesman, aide or adviser is that person, not the one whose spokesman it is (the
// model links "He" to the name it last saw).

import type { Phrase } from "./phrases.ts";
import { previousSentenceStart } from "./prior-subject.ts";
import { type QuoteDoc, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

/** "<owner>'s [official] spokesman" (or chief aide, adviser) followed by a lowercase verb: the subject of a clause. */
const POSSESSED =
  /(?:^|[\s,])((?:the\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:wo)?(?:man|person)|aide|advi[sz][eo]r))\s+\p{Ll}/u;

/** "But a spokesman for the Home Office defended …": a spokesperson "for" a named body opening the
 *  sentence (after a conjunction), followed by a lowercase verb (switch "spokesperson-for-subject"). */
const FOR_BODY =
  /^\s*(?:(?:But|And|Yet|However,|Meanwhile,)\s+)?((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}spokes(?:wo)?(?:man|person)\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,5})\p{Ll}/u;

/** Only a quotation (and its punctuation) before the pronoun in its sentence: `"…," he said`. */
const QUOTE_FIRST = /^\s*["“][^"“”]*["”]?\s*[,—–-]?\s*$/u;

/** The spokesperson the he/she at `p` stands for, when the sentence before opens on one; else null. */
export function possessedSpokesperson(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  forBody = false,
): Speaker | null {
  const prev = previousSentenceStart(doc, p.start);
  const own = doc.article.paragraphs
    .flatMap((para) => para.sentences)
    .find((s) => s.start <= p.start && p.start < s.end);
  // The pronoun opens its sentence, and the sentence before is the one just before it.
  const before = own ? doc.text.slice(own.start, p.start) : "";
  if (!own || own.start <= prev || (/[\p{L}\p{N}]/u.test(before) && !QUOTE_FIRST.test(before))) return null;
  const sent = doc.text.slice(prev, own.start);
  const m = POSSESSED.exec(sent) ?? (forBody ? FOR_BODY.exec(sent) : null);
  if (!m) return null;
  const phrase = m[1]!.trim();
  const gender = /woman$/.test(phrase) ? "female" : /man$/.test(phrase) ? "male" : "any";
  if (gender !== "any" && gender !== want) return null;
  const start = prev + m.index + m[0].indexOf(phrase);
  return unnamed({ start, end: start + phrase.length, text: phrase }, want);
}
