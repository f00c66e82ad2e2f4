// Guards on a sentence's leading name (sentence.ts): runs that read as a name but name no one
// who speaks, each behind its switch.

import { isOn } from "../steps.ts";
import { loneSurname } from "./lone-name.ts";
import type { QuoteDoc } from "./state.ts";

/** "Brenner, who joined in June, …", "Brenner, 24, …": a lone word that reads as a surname, told
 *  as a person by a relative "who" or an age (switch "leading-lone-surname"). */
export function loneSubject(doc: QuoteDoc, p: { start: number; end: number; text: string }): boolean {
  return (
    isOn("quotes", "leading-lone-surname", doc.switches) &&
    /^,\s+(?:who\b|\d{1,2},)/.test(doc.text.slice(p.end, p.end + 8)) &&
    loneSurname(p.text, doc.text, p.start)
  );
}

/** "Westport host Dunmore in the cup": a leading run closing on a lower-case title word and one
 *  capitalised word that is no word of a name the article gives in full, nor a mention the model
 *  holds, reads a verb ("host", "face") as a role; it names no one (switch "leading-role-lone-word"). */
export function roleThenUnknownWord(doc: QuoteDoc, p: { start: number; end: number; text: string }): boolean {
  if (!isOn("quotes", "leading-role-lone-word", doc.switches)) return false;
  const m = /\s(\p{Ll}+)\s(\p{Lu}[\p{L}'’-]*)$/u.exec(p.text);
  if (!m) return false;
  const at = p.end - m[2]!.length;
  return !doc.names.hasWord(m[2]!.toLowerCase()) && !doc.actors.mentionAt(doc.article.docId, at, p.end);
}

/** "Ofcom wants …": a lone word the actor model holds as an organisation (switch "leading-organisation"). */
export function modelOrganisation(doc: QuoteDoc, p: { start: number; end: number }): boolean {
  if (!isOn("quotes", "leading-organisation", doc.switches)) return false;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
  return !!m && doc.actors.byId.get(m.actorId)?.kind === "organization";
}
