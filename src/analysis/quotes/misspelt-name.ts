// "David Monteith, managing director, …" then "said Mr Montieth": a surname the article never
// writes in full, one slip (two letters swapped, one changed, added or dropped) from the surname
// of exactly one full name given before it, is that person. Reporters' typos are common, and a
// lone misspelt surname would otherwise stand as a speaker of its own.

import { editDistance } from "../../text/similarity.ts";
import type { DocNames } from "./doc-names.ts";

/** One slip apart: one letter changed, added or dropped, or two adjacent letters swapped. */
export const oneSlipApart = (a: string, b: string): boolean => a !== b && editDistance(a, b, 1, true) === 1;

/** The one full name before `before` whose surname is a slip of `word` (5+ letters), else null. */
export function misspeltName(
  names: DocNames,
  word: string,
  before: number,
): { name: string; gender: "male" | "female" | "any" } | null {
  const w = word.toLowerCase();
  if (w.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const hits = new Map<string, { name: string; gender: "male" | "female" | "any" }>();
  for (const f of names.full) {
    if (f.at >= before) break;
    const last = f.name.split(" ").pop()!.toLowerCase();
    // Same first letter: a slip seldom falls on a name's capital.
    if (f.org || last[0] !== w[0]) continue;
    if (last === w) return null;
    if (oneSlipApart(last, w)) hits.set(f.name, { name: f.name, gender: f.gender });
  }
  return hits.size === 1 ? [...hits.values()][0]! : null;
}
