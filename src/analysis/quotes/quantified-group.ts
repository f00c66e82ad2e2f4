// Group speakers opened by a quantifier: "Some users said the tool was “unfair”", "Many
// economists said", "Several analysts warned". The quantifier is a front word elsewhere ("Many
// of them"), so the phrase reader stopped before it and kept a lone lowercase plural it then
// dropped; before a plural noun it is the group's determiner.

import type { Tok } from "./tokens.ts";

/** Quantifiers that open a group speaker (a table: one entry a word). */
const QUANTIFIERS = new Set(["some", "many", "several", "most", "few", "numerous"]);

/** toks[j] is a lone lowercase plural right after a quantifier: the quantifier's index, else -1. */
function quantifierBefore(toks: Tok[], j: number): number {
  const q = toks[j - 1];
  const n = toks[j]!;
  if (q?.type !== "w" || n.type !== "w" || !QUANTIFIERS.has(q.lower)) return -1;
  return /^\p{Ll}[\p{Ll}-]+s$/u.test(n.text) && !/ss$/.test(n.text) ? j - 1 : -1;
}

/** "Some users" when a group phrase opens on a quantifier and ends at toks[j] (not "critics of
 *  many policies"): at the sentence start, or after punctuation or a conjunction; else null.
 *  phrases.ts phraseBefore reads it first (a Phrase, written out: phrases.ts imports this). */
export function quantifiedGroup(
  toks: Tok[],
  j: number,
  text: string,
): { start: number; end: number; text: string } | null {
  const q = j > 0 ? quantifierBefore(toks, j) : -1;
  if (q < 0) return null;
  const b = toks[q - 1];
  if (b && b.type === "w" && !/^(?:but|and|yet|while|so|however)$/.test(b.lower)) return null;
  return { start: toks[q]!.start, end: toks[j]!.end, text: text.slice(toks[q]!.start, toks[j]!.end) };
}
