// "A photograph appears in the Daily Echo under the headline: “Ted the Sad.”": a headline the
// sentence puts in a newspaper is that paper's words (as "The Echo's headline said" is), not the
// words of the speaker before it.

import { latestPaper } from "./newspaper.ts";
import type { Cue } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import type { Tok } from "./tokens.ts";

/** "under the headline:", "headlined", "with the headline" right before the quotation. */
const HEADLINE_BEFORE = /\b(?:headline|headlined|headlines)\s*[:,]?\s*$/i;

/** The paper named in the quotation's sentence, before `headline:`, as the quotation's cue. */
export function headlineColon(doc: QuoteDoc, toks: Tok[], j: number): Cue | null {
  const q = toks[j]!;
  const from = toks[0]!.start;
  if (!HEADLINE_BEFORE.test(doc.text.slice(Math.max(from, q.start - 20), q.start))) return null;
  const paper = latestPaper(doc, q.start);
  if (!paper) return null;
  const ms = doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.actorId === paper && m.start >= from && m.end <= q.start && m.via !== "pronoun");
  const m = ms[ms.length - 1];
  if (!m) return null;
  return {
    speaker: { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) },
    cue: "headline",
    label: false,
  };
}
