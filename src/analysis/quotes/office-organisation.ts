// "The Scottish Executive said": words ending in an office's head ("executive", "council") that
// the model holds as an organisation's name are that body, never an office to hand to the person
// the sentence before names (switch "office-not-organisation").

import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** Does the model name an organisation that ends where `p` ends (past its "the")? */
export function officeIsOrganisation(doc: QuoteDoc, p: Phrase): boolean {
  if (!isOn("quotes", "office-not-organisation", doc.switches)) return false;
  return doc.actors
    .mentionsIn(doc.article.docId)
    .some(
      (m) =>
        m.start > p.start &&
        m.end === p.end &&
        m.via !== "pronoun" &&
        doc.actors.byId.get(m.actorId)?.kind === "organization",
    );
}
