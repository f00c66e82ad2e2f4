// A speaker named after the quotation by a noun of saying rather than a verb:
//   `"We will fight on," was the message from union boss Bob Crow.`
//   `"It is a disgrace." That was the verdict of Labour MP Kate Hoey.` (the next sentence)
//   `"Never," came the reply from the minister.`

import type { TextLayer } from "../../text/tokens.ts";
import type { Article } from "../../types.ts";
import { type Cue, phraseAfter } from "./phrases.ts";
import type { Span } from "./spans.ts";
import { firstSpanEndingAfter, isCap, type Tok, tokensOf } from "./tokens.ts";

const SAYING_NOUNS = new Set(
  `verdict view message reaction response reply warning assessment opinion answer plea advice words
  comment comments retort promise pledge`.split(/\s+/),
);

/** `was the (stark) message from X` starting at toks[at]; `demonstrative` allows a leading "That"/"This". */
function verdictAt(toks: Tok[], at: number, text: string, demonstrative: boolean): Cue | null {
  let k = at;
  while (toks[k]?.text === ",") k++;
  if (demonstrative && /^(?:that|this)$/.test(toks[k]?.lower ?? "")) k++;
  if (!/^(?:was|is|came|comes)$/.test(toks[k]?.lower ?? "")) return null;
  if (toks[++k]?.lower !== "the") return null;
  k++;
  for (
    let n = 0;
    n < 2 && toks[k]?.type === "w" && !isCap(toks[k]!) && !SAYING_NOUNS.has(toks[k]!.lower);
    n++
  )
    k++;
  const noun = toks[k];
  if (!noun || !SAYING_NOUNS.has(noun.lower) || !/^(?:of|from)$/.test(toks[k + 1]?.lower ?? "")) return null;
  const p = phraseAfter(toks, k + 2, text);
  return p && /\p{Lu}|^the\s/u.test(p.text) ? { speaker: p, cue: noun.lower, label: false } : null;
}

/** `"…," was the message from X`: the tag right after quotation toks[j]. */
export function verdictTag(toks: Tok[], j: number, text: string): Cue | null {
  return verdictAt(toks, j + 1, text, false);
}

/** `"…." That was the verdict of X.`: the next sentence, when it opens that way. */
export function verdictSentence(
  article: Article,
  pi: number,
  si: number,
  spans: Span[],
  layer: TextLayer,
): Cue | null {
  const sent = article.paragraphs[pi]?.sentences[si];
  // Read the words only when the sentence opens that way (most do not).
  if (!sent || !/^\s*(?:That|This)\s+(?:was|is)\s+the\s/.test(layer.text.slice(sent.start, sent.start + 40)))
    return null;
  const toks = tokensOf(layer, sent.start, sent.end, spans, firstSpanEndingAfter(spans, sent.start));
  return toks.some((t) => t.type === "q") ? null : verdictAt(toks, 0, layer.text, true);
}
