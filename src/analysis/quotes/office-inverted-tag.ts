// "Voters face a clear choice, said Keith Dunmore. In his message the party leader said …": the
// sentence before closes on an inverted tag (", said <Name>."), which makes that person its
// reporter, the subject the office takes up, though the walk has no speaker there yet (the
// sentence is reported speech, read after the walk).

import type { Mention } from "../../types.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";

export const OFFICE_INVERTED_TAG_SWITCH = {
  name: "office-inverted-tag",
  doc: '"…, said Keith Dunmore. In his message the party leader said": an office takes up the person the sentence before closes on as its inverted tag',
} as const;

/** The person mention closing a sentence as its inverted tag (", said <role words> Name."), else null. */
export function invertedTagName(text: string, ms: readonly Mention[]): Mention | null {
  for (const m of ms) {
    const before = /,\s+(\p{Ll}+)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.exec(
      text.slice(Math.max(0, m.start - 60), m.start),
    );
    if (before && SPEECH_VERB_FORMS.has(before[1]!) && /^\s*[.!?]/.test(text.slice(m.end, m.end + 3)))
      return m;
  }
  return null;
}
