// An interview feature: "Rob Partridge remembers the man behind the legend", then paragraphs of
// answers with no tag (the corpus often loses the questions). Where every quotation the article
// attributes is one person's, a statement still without a speaker that opens its sentence is that
// person's too, unless it speaks of them ("Bob was a good player" is not Bob's). With more than
// one voice, a first-person statement opening a paragraph after a stretch of narrative is the
// voice quoted last, a paragraph or two before (latest-voice).

import { literal } from "../../text/regex-literal.ts";
import type { Step } from "../steps.ts";
import { kinSpoken } from "./kin-spoken.ts";
import { runNamesSubject } from "./run-about.ts";
import { attribute, type QuoteDoc, sentenceBeforeKey } from "./state.ts";
import { speaksOf } from "./third-person.ts";
import type { Speaker } from "./types.ts";

/** The one person every attributed quotation of the article is given to, and the first such quotation. */
function soleVoice(doc: QuoteDoc): { sp: Speaker; first: number } | null {
  let sp: Speaker | null = null;
  let first = -1;
  for (let q = 0; q < doc.speakers.length; q++) {
    const s = doc.speakers[q];
    if (!s) continue;
    if (s.kind !== "person" || !s.name || (sp && sp.name !== s.name)) return null;
    if (!sp) [sp, first] = [s, q];
  }
  return sp ? { sp, first } : null;
}

/** Paragraph and sentence index of text position `pos` in paragraph `pi`. */
function sentenceAt(doc: QuoteDoc, pi: number, pos: number): number {
  const sents = doc.article.paragraphs[pi]?.sentences ?? [];
  let si = 0;
  while (si + 1 < sents.length && sents[si + 1]!.start <= pos) si++;
  return si;
}

/** Only marks, spaces or a lost question's colon between the start of `from` and the quotation. */
const bare = (doc: QuoteDoc, from: number, q: number) =>
  !/[\p{L}\p{N}]/u.test(doc.text.slice(from, doc.spans[q]!.markOpen));

/** Quotation q opens its sentence (or follows a closed one the corpus ran into it: `…TV. "The last …`). */
export function opensSentence(doc: QuoteDoc, q: number): boolean {
  const { para, markOpen } = doc.spans[q]!;
  const sent = doc.article.paragraphs[para]?.sentences[sentenceAt(doc, para, markOpen)];
  return (
    (!!sent && bare(doc, Math.min(sent.start, markOpen), q)) ||
    /[.!?]["”]?\s*$/.test(doc.text.slice(Math.max(0, markOpen - 3), markOpen))
  );
}

/** Quotation q opens its paragraph. */
export const opensParagraph = (doc: QuoteDoc, q: number) =>
  bare(doc, doc.paraStarts[doc.spans[q]!.para] ?? 0, q);

/**
 * "Ms Carrow went on to list her record. “So now we have …”": the sentence before opens on another
 * person, who may be the one speaking, unless the quotation speaks of them ("He must have had …").
 */
export function otherSubjectBefore(doc: QuoteDoc, q: number, voice: Speaker): boolean {
  const { para, markOpen, start, end } = doc.spans[q]!;
  const si = sentenceAt(doc, para, markOpen);
  const key = sentenceBeforeKey(doc.article, para, si);
  const subj = key === null ? undefined : doc.sentenceSubject.get(key);
  // (a sentence inside a quotation, "He sat down in front of the TV.", is the voice's own words)
  const quoted = !!subj && doc.spans.some((x) => x.start <= subj.start && subj.start < x.end);
  return (
    !!subj &&
    !quoted &&
    subj.name !== voice.name &&
    !speaksOf(doc.text.slice(start, end), subj, true) &&
    !runNamesSubject(doc, q, subj) &&
    !kinSpoken(doc.text, subj, doc.text.slice(start, end))
  );
}

export const SOLE_VOICE: Step<QuoteDoc> = {
  name: "sole-voice",
  doc: "an interview feature: a bare statement with no speaker is the one person the article quotes",
  run: (doc) => {
    const voice = soleVoice(doc);
    if (!voice) return;
    const { spans, speakers, kinds, text } = doc;
    for (let q = voice.first + 1; q < spans.length; q++) {
      const s = spans[q]!;
      if (speakers[q] || kinds[q] === "term" || !opensSentence(doc, q)) continue;
      if (otherSubjectBefore(doc, q, voice.sp)) continue;
      if (!speaksOf(text.slice(s.start, s.end), voice.sp, false))
        attribute(doc, q, voice.sp, null, "context");
    }
  },
};

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|our|us)\b/;

/** "David Blunkett in quotes", then untagged quotations before the first tag (session 35). */
export const SOLE_VOICE_BEFORE: Step<QuoteDoc> = {
  name: "sole-voice-before",
  doc: "a first-person statement before the sole voice's first tag, in an article whose headline or lead names that voice, is theirs too",
  run: (doc) => {
    const voice = soleVoice(doc);
    if (!voice) return;
    const { spans, speakers, kinds, text, article } = doc;
    // (the voice's surname in the headline or the lead's first sentence)
    const lead = article.paragraphs[0]?.sentences[0]?.end ?? article.bodyStart;
    const surname = voice.sp.name!.split(/\s+/).pop()!;
    if (!new RegExp(String.raw`\b${literal(surname)}\b`).test(text.slice(0, lead))) return;
    for (let q = 0; q < voice.first; q++) {
      const body = text.slice(spans[q]!.start, spans[q]!.end);
      if (speakers[q] || kinds[q] === "term" || !opensSentence(doc, q) || !FIRST_PERSON.test(body)) continue;
      if (!otherSubjectBefore(doc, q, voice.sp) && !speaksOf(body, voice.sp, false))
        attribute(doc, q, voice.sp, null, "context");
    }
  },
};

/** Paragraphs the latest voice carries over. */
const VOICE_REACH = 2;

export const LATEST_VOICE: Step<QuoteDoc> = {
  name: "latest-voice",
  doc: "a first-person statement opening a paragraph with no speaker: the person quoted last, a paragraph or two before",
  run: (doc) => {
    const { spans, speakers, kinds, text, via } = doc;
    for (let q = 1; q < spans.length; q++) {
      const s = spans[q]!;
      if (speakers[q] || kinds[q] === "term" || !opensParagraph(doc, q)) continue;
      const body = text.slice(s.start, s.end);
      if (!FIRST_PERSON.test(body)) continue;
      let k = q - 1;
      while (k >= 0 && !speakers[k]) k--;
      const sp = k >= 0 ? speakers[k]! : null;
      if (sp?.kind !== "person" || via[k] !== "cue" || s.para - spans[k]!.para > VOICE_REACH) continue;
      if (!speaksOf(body, sp, false)) attribute(doc, q, sp, null, "context");
    }
  },
};
