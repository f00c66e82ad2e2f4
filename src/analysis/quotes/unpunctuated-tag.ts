// `"The obvious choice is Dawson" said Guscott.`: a tag after a quotation with no comma or stop
// inside its marks is still set off when the quotation is a sentence of its own (it opens the
// sentence, starts with a capital and runs to four words or more): the missing comma is a slip.
// A quotation running on into a noun (`against "false" claims`) opens no sentence, and a short
// capitalised one is as likely a title or a slogan (`"Just Do It" read the banner`).

import { isOn, type StepSwitches } from "../steps.ts";
import type { Tok } from "./tokens.ts";

export const UNPUNCTUATED_TAG_SWITCH = {
  name: "unpunctuated-sentence-tag",
  doc: '`"The best pick is Lowe" said Hart.`: a quoted sentence opening its sentence is set off from the tag after it, comma or not',
};

/** toks[qi] is a quotation of four words or more, opening its sentence with a capital (switch). */
export function quotedSentenceOpens(toks: Tok[], qi: number, text: string, switches: StepSwitches): boolean {
  if (qi !== 0 || !isOn("quotes", UNPUNCTUATED_TAG_SWITCH.name, switches)) return false;
  const q = toks[qi]!;
  const inner = text.slice(q.start, q.end).replace(/^["“”'‘\s]+/u, "");
  return /^\p{Lu}/u.test(inner) && inner.trim().split(/\s+/).length >= 4;
}
