// "Stroud's father, Graham, remortgaged the family home. “My dad put everything on the line for
// me …”": the quotation speaks of the person the sentence before opens on as "my dad", so that
// person is its subject, not its speaker (session 43, interview features).

import type { Speaker } from "./types.ts";

/** Kin nouns ending the words before a name ("… father, "), each with the words a child, parent
 *  or partner calls that person. */
const KIN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:father|dad),?\s*$/i, /\bmy (?:dad|father|old man)\b/i],
  [/\b(?:mother|mum|mom),?\s*$/i, /\bmy (?:mum|mother|mom)\b/i],
  [/\bson,?\s*$/i, /\bmy (?:son|boy|lad)\b/i],
  [/\bdaughter,?\s*$/i, /\bmy (?:daughter|girl)\b/i],
  [/\bwife,?\s*$/i, /\bmy wife\b/i],
  [/\bhusband,?\s*$/i, /\bmy husband\b/i],
  [/\bbrother,?\s*$/i, /\bmy (?:brother|big brother|little brother)\b/i],
  [/\bsister,?\s*$/i, /\bmy (?:sister|big sister|little sister)\b/i],
];

/** Does `quote` call `sp` "my dad" (or such), `sp` being introduced right after that kin noun
 *  ("Stroud's father, Graham,", "his mother Gwen")? */
export function kinSpoken(text: string, sp: Speaker, quote: string): boolean {
  const before = text.slice(Math.max(0, sp.start - 24), sp.start);
  return KIN.some(([noun, my]) => noun.test(before) && my.test(quote));
}
