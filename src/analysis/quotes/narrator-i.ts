// "I'd say the risk is a “when”, not an “if”": an I outside every quotation is the writer of the
// piece (a column, a reader's comment), whom the article never names as a speaker; the latest
// person quoted is someone the writer speaks about. Inside a quotation, I is that speaker's own.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { isOn } from "../steps.ts";
import { isObjectPronoun } from "./object-pronoun.ts";
import type { Phrase } from "./phrases.ts";
import { insideQuotation } from "./prior-subject.ts";
import { clearSpeaker } from "./so-called.ts";
import type { QuoteDoc } from "./state.ts";
import type { QuoteFound, Speaker } from "./types.ts";

export const NARRATOR_I_SWITCH = {
  name: "narrator-i",
  doc: '"I\'d say it is a “when”": an I outside every quotation is the unnamed writer, not the latest person quoted',
} as const;

export const UNRESOLVED_PRONOUN_SWITCH = {
  name: "unresolved-pronoun-no-speaker",
  doc: 'a he/she/they no rule resolves names no speaker, rather than "he" shown as a name',
} as const;

/** The writer's I, as an unresolved person, when `p` is outside every quotation (switch on). */
export function narratorI(doc: QuoteDoc, p: Phrase): Speaker | null {
  if (!isOn("quotes", NARRATOR_I_SWITCH.name, doc.switches) || insideQuotation(doc, p.start)) return null;
  return { ...p, id: null, name: null, kind: "person", gender: "any" };
}

/** Quotations `direct` (one per span) tagged by the writer's own I (switch on), or by an object
 *  pronoun left unresolved (object-pronoun.ts: never "him" as a name), name no speaker. */
export function unattributeUnresolvedPronouns(doc: QuoteDoc, direct: QuoteFound[]): void {
  const narrator = isOn("quotes", NARRATOR_I_SWITCH.name, doc.switches);
  const bare = isOn("quotes", UNRESOLVED_PRONOUN_SWITCH.name, doc.switches);
  direct.forEach((q, i) => {
    const sp = doc.speakers[i];
    if (!sp || sp.id) return;
    const kind = PRONOUNS[sp.text.toLowerCase()];
    const self = kind === "self" && narrator && !insideQuotation(doc, sp.start);
    // (a he/she/they no rule resolved names no one: never "he" as a speaker's name, switch)
    // (…nor "it" as an organisation's, session 43)
    const unresolved = kind !== undefined && kind !== "self" && sp.name === null;
    if (self || isObjectPronoun(sp.text) || (unresolved && bare)) clearSpeaker(q);
  });
}
