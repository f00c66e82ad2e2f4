// What the clause-subject rule did not read, for `clause-subject-more` (issue #13, partial
// quotations inside clauses): an irregular past of giving a view ("Ann Lee paid tribute to the
// “lovely legacy”"), and a who-clause between the subject and its verb ("Jo Marr, who had two
// nominations, paid tribute to …"). The subject is read as before, cut at an irregular past it
// ran into.

import type { Phrase } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

/** Irregular pasts of giving a view that open a predicate after a name ("paid tribute to", "gave
 *  a warning of", "made a plea for", and an inquiry's "found a “chain of events”"); not "took" or
 *  "led" (`The commission took the pair to the court, which ruled … “in abeyance”` is the court's). */
const IRREGULAR_PASTS = new Set(["paid", "gave", "made", "sought", "found"]);

/** The verb after the subject is an irregular past of the table. (A participle in -ing after an
 *  auxiliary was tried and left out: `England are contemplating a complaint after potential
 *  “tries”`, `Robots are learning lessons on “robotiquette”` are no one's words.) */
export function moreVerbAt(toks: Tok[], v: number): boolean {
  const t = toks[v];
  return t?.type === "w" && !isCap(t) && IRREGULAR_PASTS.has(t.lower);
}

/** `Ann Lee paid tribute`: a subject phrase of capitalised words that ran on into an irregular
 *  past, cut before it; null when it holds none. */
export function cutAtPast(toks: Tok[], subj: Phrase, text: string): Phrase | null {
  const a = toks.findIndex((t) => t.start >= subj.start);
  let v = a;
  while (v < toks.length && toks[v]!.end <= subj.end && isCap(toks[v]!)) v++;
  if (v === a || v >= toks.length || toks[v]!.end > subj.end || !IRREGULAR_PASTS.has(toks[v]!.lower))
    return null;
  const end = toks[v - 1]!.end;
  return { start: subj.start, end, text: text.slice(subj.start, end) };
}

/** `, who had two nominations this year,` at toks[c]: the token after its closing comma, else -1. */
export function pastWhoClause(toks: Tok[], c: number, before: number): number {
  if (toks[c]?.text !== "," || toks[c + 1]?.lower !== "who") return -1;
  for (let k = c + 2; k < before && k - c < 16; k++) {
    const t = toks[k]!;
    if (t.type === "q" || (t.type === "p" && t.text !== ",")) return -1;
    if (t.text === ",") return k + 1;
  }
  return -1;
}

/** The first token of the last clause before toks[j] opened by ", but" / ", and" / ", while"
 *  ("Sale host Bath on Friday, but the Frenchman has endured …"), else 0. */
export function clauseAfterConjunction(toks: Tok[], j: number): number {
  for (let c = j - 1; c > 1; c--) {
    const t = toks[c]!;
    if (t.type === "q" || (t.type === "p" && /^[;:]$/.test(t.text))) return 0;
    if (/^(?:but|and|while|although)$/.test(t.lower) && toks[c - 1]!.text === ",") return c + 1;
  }
  return 0;
}
