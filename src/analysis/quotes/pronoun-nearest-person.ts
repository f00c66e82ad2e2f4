// The last resort for a he/she nothing else resolves: the nearest person the model names in this
// sentence or the two before, outside quotation marks, in any grammatical role ("Maud Ellery
// clashed with Okwu Brenner. “…,” she said. “It is not,” he replied."), when the article gives that person no
// other gender and the quotation does not name them.

import { namedPersonsBefore, previousSentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

/** The actor id of the nearest fitting person before `pos`, or null. */
export function nearestPersonBefore(
  doc: QuoteDoc,
  pos: number,
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  // Two sentences back: the one just before is often another speaker's quotation.
  const from = previousSentenceStart(doc, previousSentenceStart(doc, pos));
  for (const m of namedPersonsBefore(doc, pos, from)) {
    if (named?.(m.actorId)) continue;
    const g = doc.actors.genderOf?.(doc.article.docId, m.actorId) ?? "any";
    if (g === want || g === "any") return m.actorId;
  }
  return null;
}
