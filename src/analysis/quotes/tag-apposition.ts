// Session 40 (issue #13, PolNeAR train): what a closing tag's apposition may hold. `"…," Bill
// Eastland, wearing “Ted Cruz” campaign pins, said`: a short quoted term inside it is read past as
// words, as the tag before a quotation already reads one ("one of the so-called “Blair Babes”");
// but a verb deep in a clause after it is no tag's.

import { ADVERBS } from "../lexicons/clauses.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
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

/** `"…," the chief of staff, Joe Kasper, told Politico`: a role of words in lower case that runs
 *  through "of", after "the"/"a" or a possessive name, read whole (the phrase reader stops at
 *  "of"), so the name in apposition after it is found; null for anything else. */
export function roleOfPhrase(toks: Tok[], k: number, e: number, text: string): Phrase | null {
  if (toks[e]?.text !== ",") return null;
  // (after "the"/"a", or after a possessive name: "Rep. Duncan Hunter's chief of staff")
  let w = -1;
  if (/^(?:the|a|an)$/.test(toks[k]!.lower)) w = k + 1;
  else
    for (let i = k; i < e && i - k < 6 && toks[i]!.type === "w" && /^\p{Lu}/u.test(toks[i]!.text); i++)
      if (/['’]s$/.test(toks[i]!.text)) {
        w = i + 1;
        break;
      }
  if (w < 0 || e - w < 3 || e - w > 6) return null;
  const words = toks.slice(w, e);
  if (!words.every((t) => t.type === "w" && /^\p{Ll}/u.test(t.text)) || !words.some((t) => t.lower === "of"))
    return null;
  return words.at(-1)!.lower === "of" ? null : phraseOf(toks, k, e - 1, text);
}
