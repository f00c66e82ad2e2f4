// An interview feature: "Rob Partridge remembers the man behind the legend", then paragraphs of
// answers with no tag (the corpus often loses the questions). Where every quotation the article
// attributes is one person's, a statement still without a speaker that opens its sentence is that
// person's too, unless it speaks of them ("Bob was a good player" is not Bob's). With more than
// one voice, a first-person statement opening a paragraph after a stretch of narrative is the
// voice quoted last, a paragraph or two before (latest-voice).

import type { Step } from "../steps.ts";
import { attribute, type QuoteDoc } from "./state.ts";
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

/** Only marks, spaces and a lost question's colon between the sentence's start and the quotation. */
function opensSentence(text: string, markOpen: number): boolean {
  const before = /[^\s"“”‘’':;—–-]/u.exec(
    [...text.slice(Math.max(0, markOpen - 200), markOpen)].reverse().join(""),
  );
  return !before || /[.!?]/.test(before[0]);
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
      if (speakers[q] || kinds[q] === "term" || !opensSentence(text, s.markOpen)) continue;
      if (!speaksOf(text.slice(s.start, s.end), voice.sp, false))
        attribute(doc, q, voice.sp, null, "context");
    }
  },
};

const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|our|us)\b/;

/** Paragraphs the latest voice carries over. */
const VOICE_REACH = 2;

export const LATEST_VOICE: Step<QuoteDoc> = {
  name: "latest-voice",
  doc: "a first-person statement opening a paragraph with no speaker: the person quoted last, a paragraph or two before",
  run: (doc) => {
    const { spans, speakers, kinds, text, via } = doc;
    for (let q = 1; q < spans.length; q++) {
      const s = spans[q]!;
      if (speakers[q] || kinds[q] === "term" || !opensSentence(text, s.markOpen)) continue;
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
