// `the so-called "next wave" countries`: a term the writer marks as a label with "so-called" is no
// one's quoted words, so it has no speaker, whatever tag or report lies near it.

import type { QuoteFound } from "./types.ts";

const SO_CALLED = /\bso[- ]called\s*["“‘']$/i;

/** Clears the speaker of every term right after "so-called". */
export function unattributeSoCalled(text: string, direct: QuoteFound[]): void {
  unattributeTermsAfter(text, direct, SO_CALLED);
}

/** Clears the speaker of every term whose 20 characters before it end with `before` (a label's
 *  marker: "so-called", "known as", "nicknamed"), unless `keep` holds for the text after it. */
export function unattributeTermsAfter(
  text: string,
  direct: QuoteFound[],
  before: RegExp,
  keep?: (after: string) => boolean,
): void {
  for (const q of direct) {
    if (q.kind !== "term" || !before.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    if (keep?.(text.slice(q.end, q.end + 6))) continue;
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
