// Session 27's pronoun rule for the quotation layer (issue #13): the speaker-history walk's
// fallback, a person of unknown gender who spoke paragraphs back, is no better than the model's
// own choice of the he/she's gender. "Joss Vale said: “…”. … Dan Roe's song won. It is his 15th
// award. He told the audience: “…”": Dan Roe, the model's man, not Joss Vale, who spoke two
// paragraphs before and whom the article gives no gender.

import { isOn } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

export const MODEL_OVER_STALE_FALLBACK_SWITCH = {
  name: "pronoun-model-over-stale-fallback",
  doc: "'Joss Vale said …. … It is his 15th award. He told …': the model's person of the he/she's gender over a history fallback of unknown gender that spoke paragraphs back",
} as const;

/**
 * The walk's `fallback`, unless the model's choice `modelId` (of gender `want`) wins over it (then
 * none, and the model's stands): a fallback of no known gender that neither spoke in this or the
 * last paragraph nor stands in the sentence before.
 */
export function keptFallback(
  doc: QuoteDoc,
  fallback: Speaker | undefined,
  modelId: string | null,
  want: "male" | "female",
  para: number,
  prevStart: number,
): Speaker | undefined {
  if (!modelId || !fallback?.id || fallback.id === modelId) return fallback;
  if (!isOn("quotes", MODEL_OVER_STALE_FALLBACK_SWITCH.name, doc.switches)) return fallback;
  if ((fallback.para ?? 0) >= para - 1 || fallback.start >= prevStart) return fallback;
  const gender = (id: string) => doc.actors.genderOf?.(doc.article.docId, id) ?? "any";
  return gender(modelId) === want && gender(fallback.id) === "any" ? undefined : fallback;
}
