// "But what if Maria Colby wins? Will the senators run the risk of her choosing judges more
// liberal than Ted Bruck? “…,” he said.": the writer's own questions name people the next
// quotation's he/she is not; it is the person who spoke before them.

import { insideQuotation } from "./prior-subject.ts";
import { at, lastOf, paraOf, type QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

/** Is `pos` in a question the writer asks: outside any quotation, the first stop after it a "?"
 *  before any quotation mark (the corpus may run "…than Obama? “…,” he said." into one sentence). */
function inWriterQuestion(doc: QuoteDoc, pos: number): boolean {
  return /^[^.?!"“”]*\?/.test(doc.text.slice(pos, pos + 300)) && !insideQuotation(doc, pos);
}

/** The model's he/she choice `id` was last named only in a question of the writer's: the latest
 *  speaker of that gender nearby instead (`genderOf` the model's gender of an actor); else null. */
export function speakerPastQuestion(
  doc: QuoteDoc,
  id: string,
  p: { start: number; end: number; text: string },
  want: "male" | "female",
  genderOf: (id: string) => string,
): Speaker | null {
  const named = doc.actors
    .mentionsIn(doc.article.docId)
    .filter((m) => m.actorId === id && m.via !== "pronoun" && m.start < p.start)
    .pop();
  if (!named || !inWriterQuestion(doc, named.start)) return null;
  const para = paraOf(doc, p.start);
  const sp = lastOf(
    doc,
    (h) =>
      h.kind === "person" &&
      !!h.id &&
      !!h.speaker &&
      h.id !== id &&
      (h.para ?? 0) >= para - 2 &&
      (genderOf(h.id) === want || genderOf(h.id) === "any") &&
      !inWriterQuestion(doc, h.start),
    p.start,
  );
  return sp ? at(sp, p, want) : null;
}
