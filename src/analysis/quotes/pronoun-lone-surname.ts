// "And even Roe tried to help them. “…,” he said": a person the article names by one word only
// ("Roe") has no gender the model knows, so the he/she after a sentence it opens went to an older
// gendered name. When the article also writes the name after a person's title ("President Roe",
// "Mr Roe": no company's name, "Lycos did not want …") and a he/she of the article may stand for
// that person (the model's pronoun mention takes it, or lists it among its candidates), it is a
// person of that gender here.

import { ORG_NAME_HEADS, ORG_NOUNS } from "../lexicons/organisations.ts";
import { PLACES } from "../lexicons/places.ts";
import { HONORIFICS, TITLE_WORDS } from "../lexicons/titles.ts";
import type { QuoteDoc } from "./state.ts";

const FORMS = { male: /^(?:he|him|his|himself)$/i, female: /^(?:she|her|hers|herself)$/i };

/** A one-word person name, no place's or body's, that a he/she of gender `want` in the article may be. */
export function heSheMayBe(doc: QuoteDoc, id: string, want: "male" | "female"): boolean {
  const name = doc.actors.byId.get(id)?.name ?? "";
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name) || PLACES.has(name) || ORG_NAME_HEADS.has(name)) return false;
  if (ORG_NOUNS.has(name.toLowerCase()) || !titled(doc.text, name)) return false;
  return doc.actors
    .mentionsIn(doc.article.docId)
    .some(
      (m) =>
        m.via === "pronoun" &&
        (m.actorId === id || !!m.candidates?.includes(id)) &&
        FORMS[want].test(doc.text.slice(m.start, m.end)),
    );
}

/** The article writes `name` right after a person's title or honorific ("President Roe", "Sen. Roe"). */
function titled(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = /(\p{Lu}[\p{L}-]*\.?)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? "";
    if (before && (HONORIFICS.has(before) || TITLE_WORDS.has(before.toLowerCase()))) return true;
  }
  return false;
}
