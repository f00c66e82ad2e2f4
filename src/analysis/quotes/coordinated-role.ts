// "The feminist writer and broadcaster said": two role nouns joined by "and" after a determiner
// describe one person, not two subjects, and not the organisation "broadcaster" alone.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { DETERMINERS, type Tok } from "./tokens.ts";

/** A person's role noun that is no organisation's head ("writer", not "broadcaster"). */
const personRole = (w: string) => ROLE_HEADS.has(w) && !ORG_NOUNS.has(w);

/**
 * toks[k] is "and" between a person's role noun and the phrase's last word toks[j], another role
 * noun, with a determiner opening the description a few words before ("the feminist writer and
 * broadcaster"): the "and" stays inside the phrase.
 */
export function roleAnd(toks: readonly Tok[], k: number, j: number): boolean {
  const before = toks[k - 1];
  const head = toks[j]!;
  if (toks[k]!.lower !== "and" || k + 1 !== j || before?.type !== "w" || head.type !== "w") return false;
  if (!personRole(before.lower) || !ROLE_HEADS.has(head.lower) || /^\p{Lu}/u.test(head.text)) return false;
  for (let d = k - 2; d >= Math.max(0, k - 4); d--) {
    const t = toks[d]!;
    if (t.type !== "w") return false;
    if (DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** "the feminist writer and broadcaster" → its words up to the first role ("the feminist writer"), else null. */
export function firstRoleOf(words: readonly string[]): string[] | null {
  const n = words.length;
  if (n < 4 || words[n - 2] !== "and" || !personRole(words[n - 3]!.toLowerCase())) return null;
  return ROLE_HEADS.has(words[n - 1]!.toLowerCase()) ? words.slice(0, n - 2) : null;
}
