// "Dr Ezra Avram, of the Institute for Road and Rail at the University of Calder in Bristol said:":
// a name, then its affiliation after a comma, a long chain of capitalised words and links with no
// comma closing it. Read back from the verb, the phrase is the last place or body of the chain (the
// object-of-preposition rule reads three capitalised words at most); the speaker is the name.

import { isOn } from "../steps.ts";
import { personAt } from "./object-of-preposition.ts";
import type { Phrase } from "./phrases.ts";
import { AFFILIATION_CHAIN_SWITCH } from "./set25-switches.ts";
import type { QuoteDoc } from "./state.ts";

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+`;
/** "<Name>, of|from|at the <capitalised words and links>" ending where `p` begins. */
const CHAIN = new RegExp(
  String.raw`(?:^|[.;:!?"”]\s+|\n)(${NAME}),\s+(?:of|from|at)\s+the\s+(?:(?:\p{Lu}[\p{L}'’.&-]*|of|for|and|the|on|at|in|&)\s+){2,20}$`,
  "u",
);
/** …the chain's last link a preposition before `p` ("… in Bristol", "… at the Calder"). */
const LAST_LINK = /\s(?:in|at|of|for)\s+(?:the\s+)?$/;

/** The person whose long affiliation phrase `p` closes, or null. */
export function namePastAffiliationChain(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", AFFILIATION_CHAIN_SWITCH.name, doc.switches) || !/^\p{Lu}/u.test(p.text)) return null;
  const from = Math.max(doc.article.bodyStart, p.start - 200);
  const before = doc.text.slice(from, p.start);
  const m = LAST_LINK.test(before) ? CHAIN.exec(before) : null;
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]!);
  return personAt(doc, { start, end: start + m[1]!.length, text: m[1]! });
}
