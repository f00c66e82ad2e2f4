// "Shares in Hale Group fell …. The Australian firm said it would only break even": a nationality
// before an organisation's lower-case head noun describes a body the article named; it is no
// body's name ("The Irish Times", "the British Museum" keep a capitalised head). Read as a name,
// the phrase made an organisation "Australian firm" that took the quotation and the "it" after
// it; read as a description, the "the firm" rules take the body it stands for, as a place-based
// modifier is read (place-modifier.ts). Switch "demonym-org-noun".

import { DEMONYMS } from "../lexicons/places.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import { PUBLIC_BODY_HEADS } from "./public-body.ts";
import { DEMONYM_ORG_NOUN_SWITCH } from "./set31-switches.ts";
import { paraOf, type QuoteDoc, speakerForActor } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Words of a nationality ("Australian", "South African") and then only lower-case words. */
function nationalityLed(words: readonly string[]): boolean {
  for (let n = 1; n <= 2 && n < words.length; n++)
    if (DEMONYMS.has(words.slice(0, n).join(" ")) && words.slice(n).every((w) => /^\p{Ll}+$/u.test(w)))
      return true;
  return false;
}

/** A description's words (after "the") led by a nationality ("Australian firm"; switch); a
 *  public body's head keeps its name ("the US government" is that body, no description). */
export const demonymLed = (core: readonly string[], switches: StepSwitches): boolean =>
  nationalityLed(core) &&
  !PUBLIC_BODY_HEADS.has(core[core.length - 1]!) &&
  isOn("quotes", DEMONYM_ORG_NOUN_SWITCH.name, switches);

/** Is `name`, from the article's name list, such a description that no actor of the model bears? */
export const demonymDescription = (doc: QuoteDoc, name: string): boolean =>
  demonymLed(name.split(/\s+/), doc.switches) && !doc.actors.resolve(name);

/** "The Australian firm said" with no organisation in view: the latest organisation the model
 *  names (by name) before it in the body, within this paragraph and the two before. */
export function nationalBody(doc: QuoteDoc, core: readonly string[], p: Phrase): Speaker | null {
  if (!demonymLed(core, doc.switches)) return null;
  const para = paraOf(doc, p.start);
  let id: string | null = null;
  for (const m of doc.actors.mentionsIn(doc.article.docId)) {
    if (m.start >= p.start) break;
    if (m.start < doc.article.bodyStart || m.via === "pronoun" || m.via === "role") continue;
    if (doc.actors.byId.get(m.actorId)?.kind !== "organization" || paraOf(doc, m.start) < para - 2) continue;
    id = m.actorId;
  }
  return id ? speakerForActor(doc, id, p) : null;
}
