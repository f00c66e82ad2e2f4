// Session 26 round 3 (issue #13): `"…," said Morgan Grenfell (Pacific) Ltd analyst Helen Corrigan`.
// A firm's name may carry its branch or region in brackets and a legal suffix after it; the phrase
// reader stops at the bracket, so the firm's first words were taken as the speaker. The person
// named after the firm and its role words speaks.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";

/** Firm words, a bracketed branch, up to three capitalised suffix words, one to three lower-case
 *  role words, then a full name of two or three words that ends the phrase. */
const BRACKET_FIRM_PERSON =
  /^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}\s*\(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\)(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+(?:[\p{Ll}-]+\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,2})(?=\s*[.,;]|\s*$)/u;

export const BRACKET_FIRM_PERSON_SWITCH = {
  name: "inverted-bracket-firm-person",
  doc: '`"…," said Morgan Grenfell (Pacific) Ltd analyst Helen Corrigan`: the person after a firm with a bracketed branch and a role, not the firm',
};

/** The person's name after a firm with a bracketed branch that `role` opens, else null. */
export function bracketFirmPerson(role: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", BRACKET_FIRM_PERSON_SWITCH.name, switches)) return null;
  const m = BRACKET_FIRM_PERSON.exec(text.slice(role.start, role.start + 160));
  if (!m) return null;
  const start = role.start + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]! };
}
