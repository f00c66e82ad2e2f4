// Session 40 (issue #13, PolNeAR train): what a closing tag's apposition may hold. `"…," Bill
// Eastland, wearing “Ted Cruz” campaign pins, said`: a short quoted term inside it is read past as
// words, as the tag before a quotation already reads one ("one of the so-called “Blair Babes”");
// but a verb deep in a clause after it is no tag's.

import { ADVERBS } from "../lexicons/clauses.ts";
import type { Tok } from "./tok.ts";

/** A short quoted term (toks[j]) inside an apposition opened after toks[k]. */
export const termInApposition = (toks: Tok[], k: number, j: number): boolean =>
  toks[j]!.end - toks[j]!.start <= 30 && toks.slice(k, j).some((t) => t.text === ",");

/** `'' Ben Alto, the physician who …, used part of his address to call`: a verb past the
 *  apposition's closing comma, after another verb in -ed that opens the clause and more words, is
 *  that clause's, no tag's (an adverb or auxiliary between is fine: "…, later told", "…, has said"). */
export function clauseAfterApposition(toks: Tok[], k: number, j: number): boolean {
  let c = j - 1;
  while (c > k && toks[c]!.text !== ",") c--;
  // (only past a closed apposition: "Jo Marr, from the CEA told" has no closing comma)
  if (c <= k || !toks.slice(k, c).some((t) => t.text === ",")) return false;
  // (the subject's own verb opens the clause: "…, used part of his address to call"; not "…, which
  // owns the mine said", "…, was quoted as saying")
  const first = toks[c + 1];
  if (
    !first ||
    first === toks[j] ||
    !/^\p{Ll}+ed$/u.test(first.text) ||
    /^(?:quoted|reported)$/.test(first.lower)
  )
    return false;
  const words = toks.slice(c + 1, j).filter((t) => t.type === "w" && /^\p{Ll}/u.test(t.text));
  return words.filter((t) => !ADVERBS.has(t.lower) && !/ly$/.test(t.lower)).length >= 2;
}
