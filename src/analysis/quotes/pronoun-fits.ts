// Whether a person the model holds may be the he/she of a gender: the gender the model knows, or a
// full personal name of none (shared by the he/she rules of pronouns.ts).

import { ORG_NAME_HEADS, ORG_NOUNS } from "../lexicons/organisations.ts";
import { PLACES } from "../lexicons/places.ts";
import type { QuoteDoc } from "./state.ts";

/** A person of gender `want`, or a full personal name of no gender the model knows. */
export function heSheFits(doc: QuoteDoc, id: string, want: "male" | "female"): boolean {
  const g = doc.actors.genderOf?.(doc.article.docId, id) ?? "any";
  return g === want || (g === "any" && personLike(doc, id));
}

/** A full personal name: two words or more, its last no organisation's head or place ("Munster",
 *  "Lycos Europe" are no persons of unknown gender). */
export function personLike(doc: QuoteDoc, id: string): boolean {
  const ws = (doc.actors.byId.get(id)?.name ?? "").split(" ");
  const last = ws[ws.length - 1]!;
  return (
    ws.length >= 2 && !PLACES.has(last) && !ORG_NOUNS.has(last.toLowerCase()) && !ORG_NAME_HEADS.has(last)
  );
}
