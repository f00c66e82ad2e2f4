// "Stroud's father, Graham, remortgaged the family home. “My dad put everything on the line for
// me …”": the quotation speaks of the person the sentence before opens on as "my dad", so that
// person is its subject, not its speaker (session 43, interview features).

import type { Speaker } from "./types.ts";

/** Kin nouns, each with the words a child, parent or partner calls that person. */
const KIN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\b(?:father|dad)\b/i, /\bmy (?:dad|father|old man)\b/i],
  [/\b(?:mother|mum|mom)\b/i, /\bmy (?:mum|mother|mom)\b/i],
  [/\bson\b/i, /\bmy (?:son|boy|lad)\b/i],
  [/\bdaughter\b/i, /\bmy (?:daughter|girl)\b/i],
  [/\bwife\b/i, /\bmy wife\b/i],
  [/\bhusband\b/i, /\bmy husband\b/i],
  [/\bbrother\b/i, /\bmy (?:brother|big brother|little brother)\b/i],
  [/\bsister\b/i, /\bmy (?:sister|big sister|little sister)\b/i],
];

/** Does `quote` call `sp` "my dad" (or such), `sp` being introduced right after that kin noun
 *  ("Stroud's father, Graham,", "his mother Gwen")? */
export function kinSpoken(text: string, sp: Speaker, quote: string): boolean {
  const before = text.slice(Math.max(0, sp.start - 24), sp.start);
  return KIN.some(([noun, my]) => new RegExp(`${noun.source},?\\s*$`, "i").test(before) && my.test(quote));
}
