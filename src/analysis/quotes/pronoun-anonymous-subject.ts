// "A Hong Kong trader estimated stocks at three mln tonnes. “Now they are falling,” he said.": a
// he/she nothing else resolves (no person of the article fits) goes to an anonymous source that
// opens the sentence before as its subject ("a trader", "an ADB spokesman", "the source"), when
// no named person comes between. A plural or another gender's source does not. (Reported speech
// is read after the speaker walk, so the history never holds that sentence's subject.)

import { isOn } from "../steps.ts";
import { headGender } from "./indefinite-source.ts";
import type { Phrase } from "./phrases.ts";
import { personNamesIn, previousSentenceStart, sentenceStart } from "./prior-subject.ts";
import { anonymousSource } from "./speaker-words.ts";
import { type QuoteDoc, unnamed } from "./state.ts";
import type { Speaker } from "./types.ts";

export const PRONOUN_ANONYMOUS_SUBJECT_SWITCH = {
  name: "pronoun-anonymous-subject",
  doc: '"A trader estimated stocks …. “…,” he said": a he/she nothing else resolves is the anonymous source opening the sentence before',
} as const;

/** "(In Manila, )an ADB spokesman declined": a determiner, up to four words, an anonymous head, a verb. */
const OPENING_SOURCE =
  /^(?:[A-Z][\p{L} -]{0,30},\s+)?((?:[Aa]n?|[Tt]he|One)\s+(?:[\p{L}.&'’-]+\s+){0,4}?(\p{Ll}+))\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u;

/** The anonymous source opening the sentence before `p`'s, as the speaker at `p`, when no person
 *  is named from that sentence's start to `p`; else null. */
export function anonymousSubjectBefore(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", PRONOUN_ANONYMOUS_SUBJECT_SWITCH.name, doc.switches)) return null;
  return openingSource(doc, p, want, (names) => names.length === 0);
}

export const ANONYMOUS_SUBJECT_OVER_NAME_SWITCH = {
  name: "anonymous-subject-over-name",
  doc: '"The senior official sounded pessimistic about Prime Minister Ken Abe. “…,” he said": the anonymous source opening the sentence before, over a person it names after its verb',
} as const;

/** Session 39: the same source when every person named since stands after its verb, in its own
 *  sentence (an object, not the subject); else null. */
export function anonymousSubjectOverName(doc: QuoteDoc, p: Phrase, want: "male" | "female"): Speaker | null {
  if (!isOn("quotes", ANONYMOUS_SUBJECT_OVER_NAME_SWITCH.name, doc.switches)) return null;
  return openingSource(
    doc,
    p,
    want,
    (names, verbEnd, to) => names.length > 0 && names.every((n) => n.start >= verbEnd && n.start < to),
  );
}

/** The anonymous source of `want`'s gender (or none) opening the sentence before `p`'s, as the
 *  speaker at `p`, when `namesOk` accepts the persons named from there to `p`; else null. */
function openingSource(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  namesOk: (names: readonly { start: number }[], verbEnd: number, to: number) => boolean,
): Speaker | null {
  const from = previousSentenceStart(doc, p.start);
  const to = sentenceStart(doc, p.start);
  if (from >= to) return null;
  const m = OPENING_SOURCE.exec(doc.text.slice(from, to));
  const head = m?.[2] ?? "";
  if (!m || !anonymousSource(m[1]!) || /people$/.test(head)) return null;
  const g = headGender(head);
  if ((g !== "any" && g !== want) || !namesOk(personNamesIn(doc, from, p.start), from + m[0].length, to))
    return null;
  const start = from + m[0].indexOf(m[1]!);
  return {
    ...unnamed({ start, end: start + m[1]!.length, text: m[1]! }, want),
    start: p.start,
    end: p.end,
    text: p.text,
  };
}
