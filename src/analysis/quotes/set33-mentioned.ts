// A term class found on BBC study set 33 (issue #13): a word quoted to ask or define what it means
// is mentioned, not used; no one says it, whatever tag ends the sentence (so-called.ts reads the
// writer's labels the same way).

import { isOn, type StepSwitches } from "../steps.ts";
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
function unattributeMentioned(text: string, direct: QuoteFound[]): void {
  for (const q of direct) {
    if (q.kind !== "term") continue;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    if (!BEFORE.test(before)) continue;
    if (/\bwhat\s*["“‘']$/i.test(before) && !MEANS.test(text.slice(q.end, q.end + 20))) continue;
    clearSpeaker(q);
  }
}

/** The switch of the answer-word rule (session 36, listed in s36-switches.ts). */
export const ANSWER_WORD_SWITCH = {
  name: "yes-no-answer-word",
  doc: '`will back a "yes" vote`, `a key reason for answering "no"`: a quoted yes or no naming an answer or a side has no speaker',
};

/** The term is a bare yes or no. */
const YES_NO = /^["“‘']?\s*(?:yes|no)\s*[.!,]?\s*["”’']?$/i;
/** After it: the noun of a side or a ballot ("vote", "campaign", "camp"). */
const SIDE_AFTER =
  /^["”’']?\s*(?:votes?|campaigns?|camps?|sides?|lobby|voters?|box|answers?|result|majority|verdict)\b/i;
/** Before it: a verb of answering or voting, or a determiner ("a", "the"). */
const ANSWER_BEFORE = /\b(?:a|the|answer(?:s|ed|ing)?|vot(?:e|es|ed|ing)|tick(?:s|ed|ing)?)\s*["“‘']$/i;

/** Clears the speaker of every bare yes/no term naming an answer or a side. */
function unattributeAnswerWords(text: string, direct: QuoteFound[]): void {
  for (const q of direct) {
    if (q.kind !== "term" || !YES_NO.test(text.slice(q.start, q.end))) continue;
    if (
      SIDE_AFTER.test(text.slice(q.end, q.end + 16)) ||
      ANSWER_BEFORE.test(text.slice(Math.max(0, q.start - 16), q.start))
    )
      clearSpeaker(q);
  }
}

/** The mentioned-word and answer-word rules, each under its switch. */
export function unattributeWordsUsed(text: string, direct: QuoteFound[], switches: StepSwitches): void {
  if (isOn("quotes", MENTIONED_WORD_SWITCH.name, switches)) unattributeMentioned(text, direct);
  if (isOn("quotes", ANSWER_WORD_SWITCH.name, switches)) unattributeAnswerWords(text, direct);
}
