// "Trade and Industry Secretary Ola Brems said:", "Economy and Labour Minister Otto Brems called
// the dip “…”": an office whose portfolio holds "and". The cue phrase reads back only to
// "Industry Secretary Ola Brems", and the joint-cue step took "Trade and" for a second subject
// and dropped the speaker. A lone capitalised word opening the sentence (after a list of such
// words), that the actor model holds as no actor, before "and" and a title is part of the title.

import { TITLE_HEADS } from "../lexicons/titles.ts";
import { isOn } from "../steps.ts";
import { PORTFOLIO_TITLE_SWITCH } from "./set22-switches.ts";
import type { QuoteDoc } from "./state.ts";

/** The sentence's opening words, a list of capitalised words, then "and" (its last word grouped). */
const PORTFOLIO_AND = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:\p{Lu}\p{Ll}+,\s+)*(\p{Lu}\p{Ll}+)\s+and\s+$/u;
const CAP_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Does "<Word> and" before the cue phrase [start, end) belong to the office the phrase opens on? */
export function portfolioTitle(doc: QuoteDoc, start: number, end: number): boolean {
  if (!isOn("quotes", PORTFOLIO_TITLE_SWITCH.name, doc.switches)) return false;
  const before = doc.text.slice(Math.max(0, start - 60), start);
  const m = PORTFOLIO_AND.exec(before);
  if (!m) return false;
  const at = start - before.length + m.index + m[0].lastIndexOf(m[1]!, m[0].length - 5);
  // ("Brown and Health Secretary John Reid said": a named conjunct is a second subject; a name
  // running on over "and", "Trade and Industry", is the portfolio's)
  const named = doc.actors.mentionAt(doc.article.docId, at, at + m[1]!.length);
  if (named && named.end <= at + m[1]!.length) return false;
  const words = doc.text.slice(start, end).split(/\s+/);
  // "Industry Secretary Ola Brems": one or two capitalised portfolio words, a title, a name
  const h = words.findIndex((w) => TITLE_HEADS.has(w));
  return h >= 1 && h <= 2 && h < words.length - 1 && words.slice(0, h).every((w) => CAP_WORD.test(w));
}
