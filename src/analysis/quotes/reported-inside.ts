// A quotation inside reported speech: `Calloway said the ferry had been "patient beyond words"`.
// The direct walk finds no cue of its own for a quotation in the middle of a clause, and leaves
// it without a speaker; the reported-speech record around it names who said the clause, so the
// quotation's words are that speaker's too. Only a statement with no speaker takes one (a term,
// `claims that "outsourcing" is to blame`, stays the writer's), and only from a record whose
// checks already trusted its speaker (REPORTED_SPEAKER_CHECKS).

import type { QuoteFound } from "./types.ts";

/** Gives each quotation without a speaker the speaker of the reported speech holding it. */
export function lendReportedSpeakers(quotes: QuoteFound[], reported: readonly QuoteFound[]): void {
  if (reported.length === 0) return;
  for (const q of quotes) {
    if (q.speakerName || q.kind === "term") continue;
    const r = reported.find((x) => x.start <= q.start && q.end <= x.end && x.speakerName);
    if (!r) continue;
    q.speakerName = r.speakerName;
    q.speakerText = r.speakerText;
    q.speakerId = r.speakerId;
    q.speakerKind = r.speakerKind;
    q.cue = r.cue;
    q.via = "cue";
  }
}
