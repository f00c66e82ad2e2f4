// `in what is known as the "one time, last time" rule`, `the Jinshajiang - or "river of golden
// sand" as the upper reaches of the Yangtze are known`: a name a thing goes by, marked before it with
// an article after "known as", or after it by "as … is known", is no one's quoted words (as
// known-as.ts reads `known as "…"`).

import { isOn } from "../steps.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import { KNOWN_AS_MORE_SWITCH } from "./terms21-switches.ts";
import type { QuoteFound } from "./types.ts";

/** "known as the “", "referred to as a “": the marker with an article before the term. */
const BEFORE = /\b(?:known|referred to)\s+as\s+(?:the|a|an)\s+["“]$/i;

/** "” as the upper reaches … are known", "”, as it is known": the marker closing after the term. */
const AFTER =
  /^["”]?,?\s+as\s+(?:[\p{L}'’-]+\s+){1,8}(?:is|are|was|were)\s+(?:also\s+|now\s+|locally\s+|widely\s+|commonly\s+)?(?:known|called)\b/iu;

/** Clears the speaker of every term a "known as" marker names before (with an article) or after. */
export function unattributeKnownAsMore(doc: QuoteDoc, direct: QuoteFound[]): void {
  if (!isOn("quotes", KNOWN_AS_MORE_SWITCH.name, doc.switches)) return;
  for (const q of direct) {
    if (q.kind !== "term") continue;
    const before = doc.text.slice(Math.max(0, q.start - 30), q.start);
    const after = doc.text.slice(q.end, q.end + 90);
    if (BEFORE.test(before) || AFTER.test(after)) clearSpeaker(q);
  }
}
