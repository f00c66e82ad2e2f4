// "Among the critics is the country's top policeman Sir Ian Holt. The Metropolitan police chief
// said …": an office the article never ties to a name takes up the one person the sentence
// before names, when no one speaks there (office-subject.ts finds no subject and no inverted tag
// and, with a name in that sentence, gave up). Checked like a subject: no other office given to
// that person, nor one who spoke of the office.

import type { Mention } from "../../types.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { personNamesIn } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

export const OFFICE_SOLE_NAMED_SWITCH = {
  name: "office-sole-named",
  doc: '"… is the country\'s top policeman Sir Ian Holt. The police chief said": an office takes up the one person the sentence before names, when no one speaks there',
} as const;

export const OFFICE_SOLE_BACK_SWITCH = {
  name: "office-sole-named-back",
  doc: '"… unveiled by Ann Roe. The plans include …. The home secretary said": over sentences that name no one, an office takes up the one person named before them, speaker or not',
} as const;

/** The one person the mentions `ms` (of the sentence before) name, else null. */
export function soleNamed(ms: readonly Mention[]): string | null {
  const ids = new Set(ms.map((m) => m.actorId));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** With the switch on, the one person named from `from` to `here` (quiet sentences and the one
 *  naming someone before them), speaker or not, else null; none when an indefinite description
 *  of the office's head stands there ("an unnamed executive …. the executive said"). */
export function soleNamedBack(doc: QuoteDoc, from: number, here: number, p: Phrase): string | null {
  if (!isOn("quotes", OFFICE_SOLE_BACK_SWITCH.name, doc.switches)) return null;
  const head = p.text
    .split(/\s+/)
    .pop()!
    .toLowerCase()
    .replace(/[^\p{L}-]/gu, "");
  const unnamed = new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${head}\\b`, "iu");
  return unnamed.test(doc.text.slice(from, here)) ? null : soleNamed(personNamesIn(doc, from, here));
}
