// "In 1950 she and Piet Lorrin founded the Harbour Ballet. She retired in 1963, an “instant
// decision” she said": a person coordinated with a he/she is someone other than that he/she, so a
// later he/she of the same gender is not that person (the sentence's subject is the pronoun's).

import { personNamesIn } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

/** "Pronoun's conjunct": its switch (set21-switches.ts). */
export const PRONOUN_CONJUNCT_SWITCH = {
  name: "pronoun-not-conjunct",
  doc: '"she and Piet Lorrin founded …. “…,” she said": a person coordinated with a he/she of that gender is not the later he/she',
};

const PRONOUN_OF = { male: "he", female: "she" } as const;

/** Persons named in [from, to) right after or before a coordinated he/she of gender `want`
 *  ("she and Piet Lorrin", "Piet Lorrin and she"). */
export function pronounConjuncts(
  doc: QuoteDoc,
  from: number,
  to: number,
  want: "male" | "female",
): Set<string> {
  const w = PRONOUN_OF[want];
  const before = new RegExp(`\\b${w}\\s+and\\s+$`, "i");
  const after = new RegExp(`^\\s+and\\s+${w}\\b`, "i");
  const out = new Set<string>();
  for (const m of personNamesIn(doc, from, to)) {
    const b = doc.text.slice(Math.max(0, m.start - 12), m.start);
    if (before.test(b) || after.test(doc.text.slice(m.end, m.end + 12))) out.add(m.actorId);
  }
  return out;
}
