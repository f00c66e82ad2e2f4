// A person the quotation itself talks about in the third person ("I think Sean's situation is …,"
// he said) is not the one saying it: a he/she tag never resolves to them.

import { HONORIFIC_GENDER, TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { COURTESY_NAMED_IN_QUOTE_SWITCH } from "./pronoun20-switches.ts";
import type { QuoteDoc } from "./state.ts";

const NAME_WORD = /^\p{Lu}[\p{L}'’-]{2,}$/u;
/** The courtesy titles no speaker gives himself or herself ("Miss Vell says …"). */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss)\.?$/;
/** After the name: a possessive, or an auxiliary or modal whose subject it is ("Tom's problem", "Tom has"). */
const THIRD_PERSON_AFTER =
  /^(?:['’]s\b|\s+(?:is|was|has|had|will|would|should|can|could|did|does|must|may|might|needs|wants)\b|\s+(?:is|was|has|had|would|could|should|did|does)n['’]t\b)/;
/** Before the name: a lowercase word (a verb or preposition) whose object it is ("gave it to Tom."). */
const OBJECT_BEFORE = /\b\p{Ll}+\s+$/u;
const CLAUSE_END_AFTER = /^(?:[.;!?]|,\s|\s+and\b)/;
/** "I said to Tom 'stay'": the one spoken to, right before the words said to them (switch "addressee-in-quote"). */
const SPOKEN_TO_BEFORE = /\b(?:said|say|says|told|tell|tells|asked|ask|asks)(?:\s+to)?\s+$/;
const WORDS_AFTER = /^\s*[,:]?\s*['‘"“]/u;

/** The word before position `at`, when a capitalised one stands right there. */
function capitalBefore(quote: string, at: number): string | null {
  const m = /(\p{Lu}[\p{L}.'’-]*)\s$/u.exec(quote.slice(Math.max(0, at - 30), at));
  return m ? m[1]! : null;
}

/**
 * Whether `quote` talks about actor `id` in the third person by its given name or surname alone
 * ("Tom's problem", "Mr Kemble has", "gave it to Tom."). Not: a vocative ("Thanks, Tom.", "Tom,
 * listen"), a word of a longer name ("the Kemble Trust"), a modifier ("Kemble supporters"), or the
 * full name (a speaker may give his own: "they say Rob Kemble should quit").
 */
export function namedInQuote(doc: QuoteDoc, id: string, quote: string): boolean {
  const actor = doc.actors.byId.get(id);
  if (actor?.kind !== "person") return false;
  for (const word of new Set(actor.name.split(/\s+/).filter((w) => NAME_WORD.test(w)))) {
    for (let at = quote.indexOf(word); at >= 0; at = quote.indexOf(word, at + word.length)) {
      const after = quote.slice(at + word.length, at + word.length + 12);
      if (/^[\p{L}\p{N}]|^\s+\p{Lu}/u.test(after) || /[\p{L}\p{N}]$/u.test(quote.slice(0, at))) continue;
      const cap = capitalBefore(quote, at);
      // (switch "pronoun-not-courtesy-named-in-quote"; a bare "Mr X" is never the speaker's own name)
      if (cap && COURTESY.test(cap) && isOn("quotes", COURTESY_NAMED_IN_QUOTE_SWITCH.name, doc.switches))
        return true;
      if (cap && !(cap.toLowerCase() in HONORIFIC_GENDER) && !TITLE_WORDS.has(cap.toLowerCase())) continue;
      if (THIRD_PERSON_AFTER.test(after)) return true;
      const before = quote.slice(Math.max(0, at - 30), at);
      if (OBJECT_BEFORE.test(before) && CLAUSE_END_AFTER.test(after)) return true;
      if (
        SPOKEN_TO_BEFORE.test(before) &&
        WORDS_AFTER.test(after) &&
        isOn("quotes", "addressee-in-quote", doc.switches)
      )
        return true;
    }
  }
  return false;
}
