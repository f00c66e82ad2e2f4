// "An angry Hale said": an indefinite article and adjectives before one capitalised word read as
// that person's surname, when the article gives a person that word.

import { TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";

/** "An angry Hale", "a delighted Hale": an indefinite article and adjectives before one capitalised
 *  word that is a word of a person's full name in the article (or the model's person there)
 *  (switch "described-surname"). */
export function describedSurname(doc: QuoteDoc, p: Phrase): RegExpExecArray | null {
  if (!isOn("quotes", "described-surname", doc.switches)) return null;
  const m = /^(?:[Aa]n?)\s+(?:\p{Ll}[\p{Ll}-]+\s+){1,2}(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u.exec(p.text);
  if (!m || TITLE_WORDS.has(m[1]!.toLowerCase())) return null;
  const hit = doc.actors.mentionAt(doc.article.docId, p.end - m[1]!.length, p.end);
  const person = hit
    ? doc.actors.byId.get(hit.actorId)?.kind === "person"
    : doc.names.hasWord(m[1]!.toLowerCase());
  return person ? m : null;
}
