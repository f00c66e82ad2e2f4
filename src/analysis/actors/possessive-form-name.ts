// "McDonald's said", "Moody's Investors Service", "Foster's Group": a name printed with 's that a
// verb or a company word follows is the name itself, not a possessive of "McDonald" or "Moody".
// Read as a possessive, the firm became a person ("McDonald", a surname) or lost its words
// ("Moody Investors Service Inc"). The word keeps its 's and no longer closes a run.

import type { NameWord as Token } from "../../text/views.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { HONORIFICS } from "../lexicons/titles.ts";
import type { Sent } from "./types.ts";

export const POSSESSIVE_FORM_NAME_STEP = {
  name: "possessive-form-name",
  doc: "'McDonald's said', 'Moody's Investors Service': a name printed with 's before a verb or a company word is the name, with its 's",
};

/** Verbs after a name in 's that make it their subject (a noun never follows a possessive so). */
const VERB_AFTER =
  /^(?:said|says|told|tells|added|adds|announced|announces|warned|warns|insisted|insists|declined|confirmed|denied|agreed|has|had|is|was|will|would)$/;
/** Words of a company's name after a name in 's ("McDonald's Corp", "Foster's Group"). */
const COMPANY_WORD = /^(?:Corp|Corporation|Inc|Investors|Group|plc|PLC|Ltd|Co|Restaurants|Holdings|Stores)$/;
/** A pronoun or a word with 's for "is"/"has" ("It's said", "There's"), never a name. */
const CONTRACTION = /^(?:It|He|She|That|There|What|Who|Here|Where|This|Let|Everyone|Nobody)$/;

/** The sentence with its names in 's read whole (the same object when there are none). */
export function withPossessiveFormNames(s: Sent, text: string): Sent {
  let out: Token[] | null = null;
  const t = s.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    const w = t[i]!;
    if (!w.possessive || !w.cap || w.acronym || CONTRACTION.test(w.text)) continue;
    // (a person's name is never one: "Mr Blair's was asked", "Tony Blair's is" are slips or possessives)
    const prev = t[i - 1];
    if (prev && (HONORIFICS.has(prev.text) || GIVEN_NAMES.has(prev.text))) continue;
    // ('s printed right after the word: "Farmers' Union" is a plural's, left as it is)
    if (!/^['’]s$/.test(text.slice(w.end, w.end + 2))) continue;
    const next = t[i + 1]!;
    if (next.start !== w.end + 3) continue;
    if (!VERB_AFTER.test(next.text) && !(next.cap && COMPANY_WORD.test(next.text))) continue;
    out ??= t.slice();
    out[i] = { ...w, text: text.slice(w.start, w.end + 2), end: w.end + 2, possessive: false };
  }
  return out ? { ...s, tokens: out } : s;
}
