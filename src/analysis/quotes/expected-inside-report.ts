// A speech still to come ("hopes to announce", "is expected to say") inside another's report of
// speech: "A senior official said the U.S. hopes to announce “concrete measures”" quotes the
// official, whose words these are, not the U.S., which has not said them yet.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { Tok } from "./tokens.ts";

export const EXPECTED_INSIDE_REPORT_SWITCH = {
  name: "expected-inside-report",
  doc: '"An official said the U.S. hopes to announce “…”": a speech still to come inside a report is the reporter\'s words',
};

/** A pronoun subject is the reporter again ("Sanders said he wants to attack …"). */
const PRONOUN_SUBJECT = /^(?:he|she|they|we|i|it)$/i;

/** Is the named subject `p` of a speech still to come inside a report ("said the U.S. hopes to")? */
export function insideReport(toks: Tok[], p: Phrase, switches: StepSwitches): boolean {
  if (PRONOUN_SUBJECT.test(p.text)) return false;
  return (
    toks.some((t) => t.end <= p.start && /^(?:said|says|told|tells)$/.test(t.lower)) &&
    isOn("quotes", EXPECTED_INSIDE_REPORT_SWITCH.name, switches)
  );
}
