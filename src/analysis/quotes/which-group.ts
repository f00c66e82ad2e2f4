// "The government has faced pressure from exporter organisations which have publicly stated the
// dollar has further to fall from “abnormal and dangerous heights”": a which-clause's verb of saying
// is its antecedent's, a plural body of organisations, not the main clause's subject.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { type Alternative, isOn } from "../steps.ts";
import { WHICH_DOCUMENT_RULE } from "./document-topic.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { WHICH_GROUP_SWITCH } from "./terms21-switches.ts";
import { isCap } from "./tokens.ts";

/** "organisations", "firms", "companies": the plural of an organisation noun. */
function pluralOrgNoun(word: string): boolean {
  if (!/^\p{Ll}+s$/u.test(word)) return false;
  const one = word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  return ORG_NOUNS.has(one);
}

/** Words that end a noun phrase read leftwards: prepositions, determiners, conjunctions. */
const STOP = /^(?:from|of|by|with|to|in|on|for|at|and|or|but|the|a|an|some|many|its|their|his|her|our)$/;

/** "exporter organisations which (have) stated": the plural organisations before "which"/"that"
 *  (read here: a plural noun in -s reads as a verb to phraseBefore). */
const WHICH_GROUP_RULE: Alternative<VerbAt, Phrase> = {
  ...WHICH_GROUP_SWITCH,
  try: ({ toks, b, text, switches }) => {
    if (!/^(?:which|that)$/.test(toks[b]?.lower ?? "") || b < 2) return null;
    if (!isOn("quotes", WHICH_GROUP_SWITCH.name, switches)) return null;
    const e = toks[b - 1]!.text === "," ? b - 2 : b - 1;
    if (!pluralOrgNoun(toks[e]?.text ?? "")) return null;
    let s = e;
    while (
      s > 0 &&
      e - s < 3 &&
      toks[s - 1]!.type === "w" &&
      !isCap(toks[s - 1]!) &&
      !STOP.test(toks[s - 1]!.lower)
    )
      s--;
    return phraseOf(toks, s, e, text);
  },
};

/** The which-clause subject rules of cue-before.ts: a document's, then a plural body's. */
export const WHICH_RULES = [WHICH_DOCUMENT_RULE, WHICH_GROUP_RULE];
