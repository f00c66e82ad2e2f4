// "Owen told BBC Sport: “A.” “B.”¶“C.”": a bare statement after a sentence that is nothing but a
// quotation goes on in that quotation's voice, however that one got its speaker (its own tag, the
// split before it, or the chain before that). The sentence before brought in no one new: it has no
// word outside its marks (session 43, interview features).

import { isOn } from "../steps.ts";
import type { SentenceCtx } from "./sentence.ts";
import { sentenceBeforeKey } from "./state.ts";
import { firstSpanEndingAfter, tokensOf } from "./tokens.ts";
import type { Speaker } from "./types.ts";

export const QUOTATION_CHAIN_SWITCH = {
  name: "quotation-chain",
  doc: "a bare statement after a sentence that is only a quotation takes that quotation's speaker",
};

/** The speaker of quotation q-1 when it alone makes up the sentence before quotation q's. */
export function chainedSpeaker({ doc, pi, si }: SentenceCtx, q: number): Speaker | null {
  if (q < 1 || !isOn("quotes", QUOTATION_CHAIN_SWITCH.name, doc.switches)) return null;
  const key = sentenceBeforeKey(doc.article, pi, si);
  const before = doc.speakers[q - 1];
  if (!key || !before || doc.kinds[q - 1] === "term") return null;
  const [p, s] = key.split(":").map(Number);
  const sent = doc.article.paragraphs[p!]!.sentences[s!]!;
  const span = doc.spans[q - 1]!;
  if (span.markOpen < sent.start || span.start >= sent.end) return null;
  const first = firstSpanEndingAfter(doc.spans, sent.start);
  const toks = tokensOf(doc.layer, sent.start, sent.end, doc.spans, first, doc.switches);
  return toks.some((t) => t.type === "w") ? null : before;
}
