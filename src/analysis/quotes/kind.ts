// Stage 2: is a quotation a statement ("We will win," he said) or a term (described as "fake")?

import type { QuoteKind } from "../../types.ts";
import { LABEL_BEFORE } from "../lexicons/clauses.ts";

const STATEMENT_STARTS = new Set(
  `is are was were will would could can should must may might has have had seems seemed to do does did not
  never be been being we i you they he she it there this that our my your their its if when what
  let please no yes`.split(/\s+/),
);

/** Statement or term: by length, sentence-ness and the construction introducing it; with
 *  `shortSentences`, a sentence of one or two words opening its own sentence ("Ditto.", "Me
 *  too.") is a statement (switch "short-sentence-statement"). */
export function quoteKind(quote: string, before: string, shortSentences = false): QuoteKind {
  const words = quote.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const n = words.length;
  const first = (words[0] ?? "").toLowerCase().replace(/[^\p{L}']/gu, "");
  const sentence = /[.!?]["'’”]?$/.test(quote.trim()) && /^\p{Lu}/u.test(quote) && n >= 3;
  if (sentence) return "statement";
  // (a term sits inside its sentence and keeps its full stop outside the marks: the "real" one.)
  if (shortSentences && n >= 1 && /[.!?]$/.test(quote.trim()) && /^\p{Lu}/u.test(quote) && !/\S/.test(before))
    return "statement";
  // `"Sometimes not everything works," she said`: a capitalised clause cut by a tag's comma
  if (/,["'’”]?$/.test(quote.trim()) && /^\p{Lu}/u.test(quote) && n >= 3) return "statement";
  if (n >= 8) return "statement";
  if (LABEL_BEFORE.test(before) && n <= 6) return "term";
  if (STATEMENT_STARTS.has(first) && n >= 2) return "statement";
  if (n <= 5) return "term";
  return "statement";
}
