// "Ostrova said the result was deserved": a lone capitalised word the actor model holds no actor
// for may still be a surname. Only a word that reads as one is taken: a single capitalised word,
// no function word, sentence opener, place or people ("Audiences", "Walking", "Texan"), and never
// written in lower case in the article.

import { STOPWORDS } from "../../search/stopwords.ts";
import { SENTENCE_STARTERS } from "../lexicons/not-names.ts";
import { DEMONYM_NOUNS, DEMONYMS, NATIONS, PLACES } from "../lexicons/places.ts";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";

const SUBJECT_BEFORE = /(?:^|[.!?]["”’]?\s+|["”’]\s+|\n\s*|\b(?:said|says|added|adds|told)\s+)$/;

/** Does `name`, written at `at`, read as a lone surname of an article whose text is `text`? */
export function loneSurname(name: string | null, text: string, at: number): boolean {
  if (!name || !/^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(name) || /ing$/.test(name)) return false;
  // As a subject: opening the sentence, after the quotation, or after the verb ("said Ostrova");
  // "in Jakarta", "the Maldives", "from Omaha" are places.
  if (!SUBJECT_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  const low = name.toLowerCase();
  if (TITLE_WORDS.has(low) || ROLE_HEADS.has(low)) return false;
  // The article-wide reading of a word is the same at every mention: read it once per article.
  if (cachedText !== text) {
    cachedText = text;
    cache.clear();
  }
  let read = cache.get(name);
  if (read === undefined) {
    read = readsAsSurname(name, low, text);
    cache.set(name, read);
  }
  return read;
}

let cachedText = "";
const cache = new Map<string, boolean>();

/** The article-wide part: no lexicon word, no "the Maldives", never in lower case. */
function readsAsSurname(name: string, low: string, text: string): boolean {
  if (STOPWORDS.has(low) || SENTENCE_STARTERS.has(name) || PLACES.has(name) || NATIONS.has(name))
    return false;
  if (DEMONYMS.has(name) || DEMONYM_NOUNS.has(low) || DEMONYM_NOUNS.has(low.replace(/s$/, ""))) return false;
  // "the Maldives": a surname never takes the article.
  if (new RegExp(`\\b[Tt]he ${name}\\b`, "u").test(text)) return false;
  // "Audiences" is a word the article also writes in lower case ("audience", "audiences"); the
  // word is letters, apostrophes and hyphens only, so it needs no escaping in the pattern.
  const forms = [...new Set([low, low.replace(/s$/, ""), low.replace(/es$/, "")])].join("|");
  return !new RegExp(`(?<![\\p{L}])(?:${forms})(?:s|es)?(?![\\p{L}])`, "u").test(text);
}
