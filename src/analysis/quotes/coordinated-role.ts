// "The feminist writer and broadcaster said": two role nouns joined by "and" describe one person,
// not two subjects, and not the organisation "broadcaster" alone.

import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { ORG_NOUNS } from "../lexicons/organisations.ts";
import { ROLE_HEADS } from "../lexicons/titles.ts";
import { ROLE_LIKE, type Tok } from "./tokens.ts";

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
  if (toks[k]!.joins) return true; // "the work and pensions minister" (portfolio-and.ts)
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

/**
 * After the verb, "said writer and broadcaster Joan Bakewell", "according to media and PR
 * strategist Glen Yarrow": toks[k] is an "and" between lower-case role words from `s` and more
 * role words that end on a capitalised name before the phrase ends, so it stays inside.
 */
export function roleAndName(toks: readonly Tok[], s: number, k: number): boolean {
  if (toks[k]!.joins) return true; // "said the work and pensions minister" (portfolio-and.ts)
  if (toks[k]!.lower !== "and" || k - s > 3) return false;
  // "former Olympian and BBC pundit Steve Cram": a capitalised role noun after a lowercase word.
  const capRole = (i: number) =>
    i > s && /^\p{Lu}/u.test(toks[s]!.text) === false && ROLE_LIKE.test(toks[i]!.lower);
  for (let i = s; i < k; i++)
    if (toks[i]!.type !== "w" || (/^\p{Lu}/u.test(toks[i]!.text) && !capRole(i))) return false;
  let e = k + 1;
  while (e < toks.length && e - k <= 5 && toks[e]!.type === "w" && !CLAUSE_BREAKERS.has(toks[e]!.lower)) e++;
  return e > k + 2 && /^\p{Lu}/u.test(toks[e - 1]!.text) && /^\p{Lu}/u.test(toks[e - 2]!.text);
}

/**
 * After the verb, "said former secretary of state Hillary Clinton", "said minister of finance Ana
 * Ruiz": toks[k] is the "of" of an office written in lower case, a role noun before it, lower-case
 * words after it and a name of two capitalised words closing the phrase, which stays whole: the
 * index of the name's first word, else -1 (session 39).
 */
export function officeOfName(toks: readonly Tok[], s: number, k: number): number {
  if (toks[k]!.lower !== "of" || k === s || !ROLE_HEADS.has(toks[k - 1]!.lower)) return -1;
  for (let i = s; i < k; i++) if (toks[i]!.type !== "w" || /^\p{Lu}/u.test(toks[i]!.text)) return -1;
  let e = k + 1;
  while (e < toks.length && e - k <= 3 && toks[e]!.type === "w" && /^\p{Ll}/u.test(toks[e]!.text)) e++;
  const cap = (i: number) => toks[i]?.type === "w" && /^\p{Lu}/u.test(toks[i]!.text);
  return e > k + 1 && cap(e) && cap(e + 1) && !CLAUSE_BREAKERS.has(toks[e - 1]!.lower) ? e : -1;
}
