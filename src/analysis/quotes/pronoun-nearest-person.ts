// The last resort for a he/she nothing else resolves: the nearest person the model names in this
// sentence or the two before, outside quotation marks, in any grammatical role ("Maud Ellery
// clashed with Okwu Brenner. “…,” she said. “It is not,” he replied."), when the article gives that person no
// other gender and the quotation does not name them.

import { previousSentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";
import { firstSpanEndingAfter } from "./tokens.ts";

/** The actor id of the nearest fitting person before `pos`, or null. */
export function nearestPersonBefore(
  doc: QuoteDoc,
  pos: number,
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  // Two sentences back: the one just before is often another speaker's quotation.
  const from = previousSentenceStart(doc, previousSentenceStart(doc, pos));
  const ms = doc.actors.mentionsIn(doc.article.docId);
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k]!;
    if (m.start >= pos) continue;
    if (m.start < from) break;
    if (m.via === "pronoun" || m.via === "role" || doc.actors.byId.get(m.actorId)?.kind !== "person")
      continue;
    const span = doc.spans[firstSpanEndingAfter(doc.spans, m.start)];
    if (span && span.markOpen <= m.start) continue;
    if (named?.(m.actorId)) continue;
    const g = doc.actors.genderOf?.(doc.article.docId, m.actorId) ?? "any";
    if (g === want || g === "any") return m.actorId;
  }
  return null;
}
