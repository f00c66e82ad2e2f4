// `As part of its efforts, the company said it was halving its dividend. Looking ahead, Mr Hale
// forecast growth for the year "with an operating margin in the upper-teens"`: a quotation that
// found no cue of its own took the speaker of the sentence before by context, though the
// reported speech of its own sentence holds it and names who said it. The clause's speaker is the
// nearer evidence: a quotation inside a reported-speech record whose speaker the model knows
// takes that speaker over a context one (switch "reported-over-context").

import { takeReportedSpeaker } from "./reported-inside.ts";
import type { QuoteFound } from "./types.ts";

/** Gives each quotation attributed only by context the speaker of the reported speech around it. */
export function reportedOverContext(quotes: QuoteFound[], reported: readonly QuoteFound[]): void {
  for (const q of quotes) {
    if (q.via !== "context") continue;
    // the innermost record around it, with a speaker the model knows
    const r = reported.filter((x) => x.start <= q.start && q.end <= x.end && !!x.speakerId).pop();
    if (!r || r.speakerId === q.speakerId) continue;
    takeReportedSpeaker(q, r);
  }
}
