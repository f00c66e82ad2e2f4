// `"…," Digital copies cost less than a print - giving owners choice, said Ms Vale.`: a sentence
// run on after a quotation (its full stop missing) that ends on its own inverted tag ("said
// Ms Vale.") is a reported sentence of that speaker, not a tag of the quotation: a name after
// "said" and before the full stop is the verb's subject, so no phrase before the verb is.

import { phraseAfter } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const INVERTED_OWN_TAG_SWITCH = {
  name: "tag-inverted-own-speaker",
  doc: '`"…," Copies cost less - giving choice, said Ms Vale.`: a verb with its own speaker after it and a full stop is no "X said" tag of the quotation before',
};

/** Verbs of an inverted tag that take no object ("said Ms Vale", never "told Ms Vale"). */
const INVERTED = /^(?:said|says|added|adds|explained|explains|continued|continues|insisted|insists)$/;

/** `, said Ms Vale.`: toks[j] is such a verb after a comma, a capitalised phrase follows it, then
 *  the sentence ends (`Rubio said Dec. 6` has no comma: Rubio's own tag). */
export function verbHasOwnSpeakerAfter(toks: Tok[], j: number, text: string): boolean {
  if (toks[j - 1]?.text !== "," || !INVERTED.test(toks[j]?.lower ?? "")) return false;
  const n = toks[j + 1];
  if (n?.type !== "w" || !isCap(n)) return false;
  const p = phraseAfter(toks, j + 1, text);
  if (!p) return false;
  const after = toks.find((x) => x.start >= p.end);
  return !after || (after.type === "p" && /^[.!?]$/.test(after.text));
}

/** `"…," Copies cost less - giving choice, said Ms Vale.`: the words after quotation toks[qi]
 *  run to an inverted tag of their own before the sentence ends (the tag is theirs, not its). */
export function runOnOwnTag(toks: Tok[], qi: number, text: string): boolean {
  for (let j = qi + 2; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.type === "q" || (t.type === "p" && /^[.!?;:]$/.test(t.text))) return false;
    if (j - 1 > qi + 1 && verbHasOwnSpeakerAfter(toks, j, text)) return true;
  }
  return false;
}
