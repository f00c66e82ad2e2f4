// "McDonald's said", "Moody's Investors Service", "Foster's Group": a name printed with 's that a
// verb or a company word follows is the name itself, not a possessive of "McDonald" or "Moody".
// Read as a possessive, the firm became a person ("McDonald", a surname) or lost its words
// ("Moody Investors Service Inc"). The word keeps its 's and no longer closes a run.

import type { NameWord as Token } from "../../text/views.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { S_CONTRACTIONS } from "../lexicons/pronouns.ts";
import { HONORIFICS } from "../lexicons/titles.ts";
import { AFTER_NAME_IN_S } from "../lexicons/verbs.ts";
import type { Sent } from "./types.ts";

export const POSSESSIVE_FORM_NAME_STEP = {
  name: "possessive-form-name",
  doc: "'McDonald's said', 'Moody's Investors Service': a name printed with 's before a verb or a company word is the name, with its 's",
};

/** Words of a company's name after a name in 's ("McDonald's Corp", "Foster's Group"). */
const COMPANY_WORD = /^(?:Corp|Corporation|Inc|Investors|Group|plc|PLC|Ltd|Co|Restaurants|Holdings|Stores)$/;
/** The sentence with its names in 's read whole (the same object when there are none). */
export function withPossessiveFormNames(s: Sent, text: string): Sent {
  let out: Token[] | null = null;
  const t = s.tokens;
  for (let i = 0; i < t.length - 1; i++) {
    const w = t[i]!;
    if (!w.possessive || !w.cap || w.acronym || S_CONTRACTIONS.has(w.text.toLowerCase())) continue;
    // (a person's name is never one: "Mr Blair's was asked", "Tony Blair's is" are slips or possessives)
    const prev = t[i - 1];
    if (prev && (HONORIFICS.has(prev.text) || GIVEN_NAMES.has(prev.text))) continue;
    // ('s printed right after the word: "Farmers' Union" is a plural's, left as it is)
    if (!/^['’]s$/.test(text.slice(w.end, w.end + 2))) continue;
    const next = t[i + 1]!;
    if (next.start !== w.end + 3) continue;
    if (!AFTER_NAME_IN_S.has(next.text) && !(next.cap && COMPANY_WORD.test(next.text))) continue;
    out ??= t.slice();
    out[i] = { ...w, text: text.slice(w.start, w.end + 2), end: w.end + 2, possessive: false };
  }
  return out ? { ...s, tokens: out } : s;
}
