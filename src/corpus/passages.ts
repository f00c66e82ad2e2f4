// Passages: the unit of retrieval and citation. Sentences of one paragraph are grouped so a
// passage reads as a self-contained excerpt: one long sentence alone, or a few short ones.

import type { Paragraph, Passage } from "../types.ts";

/** Characters a passage grows to before it is closed. */
export const PASSAGE_TARGET_CHARS = 320;
export const PASSAGE_MAX_SENTENCES = 3;

export function passagesOf(docId: string, text: string, paragraphs: Paragraph[]): Passage[] {
  const out: Passage[] = [];
  paragraphs.forEach((p, pi) => {
    let start = -1;
    let end = -1;
    let count = 0;
    const flush = () => {
      if (start < 0) return;
      out.push({
        id: `${docId}:${out.length}`,
        docId,
        paragraph: pi,
        start,
        end,
        text: text.slice(start, end),
      });
      start = -1;
      count = 0;
    };
    for (const s of p.sentences) {
      const len = s.end - s.start;
      if (start >= 0 && (end - start + len > PASSAGE_TARGET_CHARS || count >= PASSAGE_MAX_SENTENCES)) flush();
      if (start < 0) start = s.start;
      end = s.end;
      count++;
    }
    flush();
  });
  return out;
}
