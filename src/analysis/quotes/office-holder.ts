// "The Archbishop of Canterbury said: …" after "…, the Archbishop of Canterbury, Dr Rowan
// Williams, will preside": an office for a place that the article has named its holder in
// apposition to speaks as that holder, not as the place.

import { TITLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { OFFICE_HOLDER_SWITCH } from "./set29-switches.ts";
import type { QuoteDoc } from "./state.ts";

const OFFICE =
  /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})$/u;
/** A style or honorific between the office's comma and the name. */
const STYLE = String.raw`(?:(?:the\s+)?(?:Most|Right|Very)\s+(?:Rev(?:erend|d)?\.?)\s+|(?:Dr|Rev|Revd|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?`;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** The holder's name at its first apposition to the same office before `p`, else null (switch). */
export function officeHolder(doc: QuoteDoc, p: Phrase): Phrase | null {
  const m = OFFICE.exec(p.text);
  // (a person's office, "Bishop", "Mayor", "Governor": never a body's name, "Bank of England")
  const head = m ? /(\S+)\s+of\s/u.exec(m[1]!)?.[1] : undefined;
  if (!m || !head || !TITLE_HEADS.has(head) || !isOn("quotes", OFFICE_HOLDER_SWITCH.name, doc.switches))
    return null;
  const office = m[1]!.replace(ESCAPE, "\\$&").replace(/\s+/g, "\\s+");
  const re = new RegExp(
    String.raw`\b${office},\s+${STYLE}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+),`,
    "u",
  );
  const h = re.exec(doc.text.slice(0, p.start));
  if (!h) return null;
  const start = h.index + h[0].length - 1 - h[1]!.length;
  return { start, end: start + h[1]!.length, text: h[1]! };
}
