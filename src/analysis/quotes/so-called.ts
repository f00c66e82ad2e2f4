// `the so-called "next wave" countries`: a term the writer marks as a label with "so-called" is no
// one's quoted words, so it has no speaker, whatever tag or report lies near it.

import type { QuoteFound } from "./types.ts";

const SO_CALLED = /\bso[- ]called\s*["“‘']$/i;

/** Clears the speaker of every term right after "so-called". */
export function unattributeSoCalled(text: string, direct: QuoteFound[]): void {
  for (const q of direct) {
    if (q.kind !== "term" || !SO_CALLED.test(text.slice(Math.max(0, q.start - 14), q.start))) continue;
    clearSpeaker(q);
  }
}

/** Takes every trace of a speaker off a quotation (speaker, cue, how it was found, its organisation). */
export function clearSpeaker(q: QuoteFound): void {
  q.speakerId = null;
  q.speakerText = null;
  q.speakerName = null;
  q.speakerKind = null;
  q.via = null;
  q.cue = null;
  q.speakerOrg = null;
  q.speakerOrgId = null;
}
