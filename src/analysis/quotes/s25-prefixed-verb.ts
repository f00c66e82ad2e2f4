// Session 25 (issue #13), pronoun salience: a verb may carry a hyphenated prefix ("Lee co-created
// the characters.", "Roe re-signed for the club."); the subject before it is still the sentence's
// subject, which a he/she after it takes up.

import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";

export const PREFIXED_VERB_SWITCH = {
  name: "subject-prefixed-verb",
  doc: '"As well as Spider-Man, Lee co-created the X-Men. He said: …": a verb with a hyphenated prefix ("co-", "re-") after a name makes it the subject',
};

/** Is the switch on for this article? */
export const prefixedVerbs = (doc: QuoteDoc): boolean =>
  isOn("quotes", PREFIXED_VERB_SWITCH.name, doc.switches);

/** `after` with a "co-"/"re-" prefix on a word blanked out (same length, so offsets hold). */
export const unprefixed = (after: string): string =>
  after.replace(/(?<=\s)(?:co|re)-(?=\p{Ll})/gu, (w) => " ".repeat(w.length));
