// "Oxfam says in a report, Paying the Price. … The report said: “…” … ¶ It argues … The report
// said: “…”": a document's author is looked for in its paragraph and the one before (an older
// tie may be another document); when that paragraph before speaks of "the <document>" again
// and brings in no new one ("a report"), it carries the same document on, and the look goes one
// paragraph further back (up to three).

import { literal } from "../../text/regex-literal.ts";
import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";

/** The switch, listed with the study sets' switches (study-set-switches.ts). */
export const DOCUMENT_CHAIN_SWITCH = {
  name: "document-chain-tie",
  doc: '"Oxfam says in a report … ¶ The report said … ¶ The report said": a paragraph that goes on with "the report" carries the tie to its author one paragraph on',
};

/** How many paragraphs further back a chain of "the <document>" may carry a tie. */
const MAX_HOPS = 3;

/** Where to look for the tie of document `head` from paragraph `para`: `from` (the start of the
 *  paragraph before), or further back across paragraphs that go on with "the <head>". */
export function documentChainStart(doc: QuoteDoc, head: string, para: number, from: number): number {
  if (!isOn("quotes", DOCUMENT_CHAIN_SWITCH.name, doc.switches)) return from;
  const h = `${literal(head)}s?`;
  const definite = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?${h}\b`, "u");
  const indefinite = new RegExp(
    String.raw`\b(?:[Aa]n?|[Aa]nother|[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?${h}\b`,
    "u",
  );
  let j = Math.max(0, para - 1);
  for (let hop = 0; hop < MAX_HOPS && j > 0; hop++) {
    const start = doc.paraStarts[j]!;
    if (start <= doc.article.bodyStart) break;
    const text = doc.text.slice(start, doc.paraStarts[j + 1] ?? doc.text.length);
    if (!definite.test(text) || indefinite.test(text)) break;
    j--;
  }
  return Math.max(doc.article.bodyStart, Math.min(from, doc.paraStarts[j]!));
}
