// `the so-called "next wave" countries`: a term the writer marks as a label with "so-called" is no
// one's quoted words, so it has no speaker, whatever tag or report lies near it.

import type { QuoteFound } from "./types.ts";

const SO_CALLED = /\bso[- ]called\s*["“‘']$/i;

/** "Mr Putin referred to a period of so-called “cowboy capitalism”": a person's verb of speaking
 *  about something, earlier in the clause, makes the label the speaker's own (session 35 switch). */
export const SPOKEN_SO_CALLED_SWITCH = {
  name: "so-called-spoken-of",
  doc: "\"Mr Putin referred to a period of so-called “cowboy capitalism”\": after a person's verb of speaking of something in the clause, a so-called term stays the speaker's",
};

/** A verb of speaking of something, then no clause break, up to the term. */
const SPOKEN_OF =
  /\b(?:referred|refers|refer|referring|spoke|speaks|speaking|talked|talks|talking|mentioned|mentions)\s+(?:to|of|about)\b[^.;:!?"“”]*$/;

/** Clears the speaker of every term right after "so-called" (with `spoken`, not one a person
 *  spoke of). */
export function unattributeSoCalled(text: string, direct: QuoteFound[], spoken = false): void {
  for (const q of direct) {
    if (q.kind !== "term" || !SO_CALLED.test(text.slice(Math.max(0, q.start - 20), q.start))) continue;
    if (
      spoken &&
      q.speakerKind === "person" &&
      SPOKEN_OF.test(text.slice(Math.max(0, q.start - 120), q.start).replace(/["“‘']$/, ""))
    )
      continue;
    clearSpeaker(q);
  }
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
