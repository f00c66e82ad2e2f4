// A term class found on BBC study set 33 (issue #13): a word quoted to ask or define what it means
// is mentioned, not used; no one says it, whatever tag ends the sentence (so-called.ts reads the
// writer's labels the same way).

import { clearSpeaker } from "./so-called.ts";
import type { QuoteFound } from "./types.ts";

/** The switch of the rule (listed in set33-switches.ts). */
export const MENTIONED_WORD_SWITCH = {
  name: "mentioned-word",
  doc: '`without knowing what "green" means, the panel said`, `the meaning of "fair"`: a word mentioned for its meaning has no speaker',
};

/** Before the term: "what", "the meaning of", "the definition of". */
const BEFORE = /(?:\bwhat|\b(?:meaning|definition|sense)\s+of(?:\s+the\s+word)?)\s*["“‘']$/i;
/** After "what" and the term: a verb of meaning. */
const MEANS = /^["”’']?\s*(?:really\s+)?(?:means|meant|mean|stands\s+for|stood\s+for)\b/;

/** Clears the speaker of every term mentioned for its meaning. */
export function unattributeMentioned(text: string, direct: QuoteFound[]): void {
  for (const q of direct) {
    if (q.kind !== "term") continue;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    if (!BEFORE.test(before)) continue;
    if (/\bwhat\s*["“‘']$/i.test(before) && !MEANS.test(text.slice(q.end, q.end + 20))) continue;
    clearSpeaker(q);
  }
}
