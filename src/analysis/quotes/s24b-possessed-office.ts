// "Chile's President, Rosa Delgado, said": a capitalised office owned by a named country or body
// (session 24, BBC study sets 52-55) read as a name, so the name in apposition after it was lost.

import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";

export const POSSESSED_OFFICE_SWITCH = {
  name: "possessed-capital-office",
  doc: '"Chile\'s President, Rosa Vidal, said", "Acme\'s Chief Executive, Tom Hale,": an office owned by a named country or body is a description, and the name in apposition to it speaks',
};

/** "Chile's President", "the firm's Chief Executive", "Acme's Head of Sales": a possessive (of a
 *  name or a described owner) and one to four capitalised office words ending in an office head.
 *  Capitalised, the office reads like a name, so the name set off after it was dropped. */
export function possessedOffice(text: string, switches: StepSwitches | undefined): boolean {
  if (!switches || !isOn("quotes", POSSESSED_OFFICE_SWITCH.name, switches)) return false;
  const m = /^(?:the\s+)?(?:\p{L}[\p{L}.&-]*\s+){0,3}\p{L}[\p{L}.&-]*['’]s?\s+(.+)$/iu.exec(text);
  const w = m ? m[1]!.split(/\s+/) : [];
  if (w.length < 1 || w.length > 4 || !TITLE_HEADS.has(w[w.length - 1]!)) return false;
  return w.slice(0, -1).every((x) => TITLE_MODIFIERS.has(x) || TITLE_HEADS.has(x));
}
