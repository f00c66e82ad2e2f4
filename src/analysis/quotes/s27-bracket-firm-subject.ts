// Session 27 (issue #13), wire copy: `"…," Morgan Grenfell (Pacific) Ltd analyst Helen Corrigan
// said.` The phrase reader stops at the firm's bracketed branch, so the firm's first words were
// taken as the subject. As for the inverted tag (s26b-bracket-firm.ts): the person named after the
// firm, its legal suffix and role words speaks, when the name runs right up to the speech verb.

import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";

/** Firm words, a bracketed branch, up to three capitalised suffix words, one to three lower-case
 *  role words, then a full name of two or three words, then the verb. */
const BRACKET_FIRM_SUBJECT =
  /^\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}\s*\(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}\)(?:\s+\p{Lu}[\p{L}&.-]*){0,3}\s+(?:[\p{Ll}-]+\s+){1,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?[\p{L}'’-]*){1,2})\s+$/u;

export const BRACKET_FIRM_SUBJECT_SWITCH = {
  name: "bracket-firm-person-subject",
  doc: '`"…," Morgan Grenfell (Pacific) Ltd analyst Helen Corrigan said`: the person after a firm with a bracketed branch and a role, not the firm',
};

/** The person's name between the firm phrase `first` and the verb starting at `verbStart`, else null. */
export function bracketFirmSubject(
  first: Phrase,
  verbStart: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!isOn("quotes", BRACKET_FIRM_SUBJECT_SWITCH.name, switches)) return null;
  if (verbStart - first.start > 160) return null;
  const m = BRACKET_FIRM_SUBJECT.exec(text.slice(first.start, verbStart));
  if (!m) return null;
  const name = m[1]!;
  const start = first.start + m[0].trimEnd().length - name.length;
  return { start, end: start + name.length, text: name };
}
