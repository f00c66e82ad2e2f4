// "The feminist writer and broadcaster said": two role nouns joined by "and" describe one person,
// not two subjects, and not the organisation "broadcaster" alone.

import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import type { Tok } from "./tokens.ts";

/** A person's role noun that is no organisation's head ("writer", not "broadcaster"). */
const personRole = (w: string) => ROLE_HEADS.has(w) && !ORG_NOUNS.has(w);

/**
 * toks[k] is "and" between two role nouns, the phrase's last word toks[j] uncapitalised ("the
 * feminist writer and broadcaster", "the Ohio senator and presidential candidate"): one person's
 * roles, so the "and" stays inside the phrase.
 */
export function roleAnd(toks: readonly Tok[], k: number, j: number): boolean {
  const before = toks[k - 1];
  const head = toks[j]!;
  return (
    toks[k]!.lower === "and" &&
    k < j &&
    before !== undefined &&
    ROLE_HEADS.has(before.lower) &&
    ROLE_HEADS.has(head.lower) &&
    !/^\p{Lu}/u.test(head.text)
  );
}

/** "the feminist writer and broadcaster" → its words up to the first role ("the feminist writer"), else null. */
export function firstRoleOf(words: readonly string[]): string[] | null {
  const n = words.length;
  if (n < 4 || words[n - 2] !== "and" || !personRole(words[n - 3]!.toLowerCase())) return null;
  return ROLE_HEADS.has(words[n - 1]!.toLowerCase()) ? words.slice(0, n - 2) : null;
}
