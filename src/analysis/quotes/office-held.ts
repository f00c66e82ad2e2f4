// Session 37 (issue #13): "The home secretary said …. Mr Roe was joined by Ann Lee. Mr Roe said
// …. The prime minister said": once the article has used one office for a person ("the home
// secretary" taken up as Mr Roe), another office is someone else's, however close Mr Roe stands.

import { OFFICE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { soleNamed } from "./office-sole-named.ts";
import type { Phrase } from "./phrases.ts";
import { personNamesIn, previousSentenceStart } from "./prior-subject.ts";
import { sameBareMinistry } from "./s27-office.ts";
import type { QuoteDoc } from "./state.ts";

export const OFFICE_HELD_SWITCH = {
  name: "office-held-other",
  doc: '"The home secretary said …. Mr Roe said …. The prime minister said": a person the article already called by another office does not hold this one',
} as const;

const headOf = (words: readonly string[]) => words[words.length - 1]!.replace(/^co-/, "");

/**
 * Did the article, before the office `p`, take up person `id` as the speaker or subject written
 * as another definite office ("the home secretary" for "the prime minister")?
 */
export function heldOtherOffice(doc: QuoteDoc, id: string, p: Phrase): boolean {
  if (!isOn("quotes", OFFICE_HELD_SWITCH.name, doc.switches)) return false;
  const ws = p.text.toLowerCase().split(/\s+/);
  const head = headOf(ws);
  if (!OFFICE_HEADS.has(head) || titledSo(doc, id, head)) return false;
  return doc.history.some((h) => {
    if (h.id !== id || h.start >= p.start || !/^the\s/i.test(h.text)) return false;
    const hw = h.text.toLowerCase().split(/\s+/);
    const other = headOf(hw);
    // ("the minister" and "the home secretary" may be one person)
    return (
      OFFICE_HEADS.has(other) &&
      hw.length <= 4 &&
      other !== head &&
      !sameBareMinistry(ws, other, doc.switches) &&
      !sameBareMinistry(hw, head, doc.switches)
    );
  });
}

/** Is person `id` named after the office word `head` somewhere ("Tory co-chairman Liam Fox")? */
function titledSo(doc: QuoteDoc, id: string, head: string): boolean {
  // (the office word, then at most one more word, right before the name; one pattern per call)
  const titled = new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:\\S+\\s+)?$`);
  return namedAfter(doc, id, titled, 40, true);
}

/** Is person `id` named (not by pronoun) right after words `before` matches, within `reach`
 *  characters (lower-cased with `lower`)? */
export function namedAfter(doc: QuoteDoc, id: string, before: RegExp, reach: number, lower = false): boolean {
  return doc.actors.mentionsIn(doc.article.docId).some((m) => {
    if (m.actorId !== id || m.via === "pronoun") return false;
    const words = doc.text.slice(Math.max(0, m.start - reach), m.start);
    return before.test(lower ? words.toLowerCase() : words);
  });
}

/**
 * The one other person than `id` (who holds another office) named over the two sentences before
 * the office `p`'s (from `before`, the start of the sentence before, to `here`, its own), if any.
 */
export function otherHolder(
  doc: QuoteDoc,
  id: string,
  p: Phrase,
  before: number,
  here: number,
): string | null {
  if (!heldOtherOffice(doc, id, p)) return null;
  const named = personNamesIn(doc, previousSentenceStart(doc, before + 1), here);
  return soleNamed(named.filter((m) => m.actorId !== id));
}
