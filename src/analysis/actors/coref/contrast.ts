// "Newcastle boss Graeme Souness is said to be ready to bid for Dunne. But the 25-year-old
// Dubliner underlined his intention to stay": a description after a sentence-opening "But" (or
// "However", "Yet") turns from the sentence before's subject to another person it names, so that
// subject is no reading of it (session 34).

export const COREF_CONTRAST_DESCRIPTION_STEP = {
  name: "coref-contrast-description",
  doc: "'X is ready to bid for Dunne. But the 25-year-old Dubliner said …': a description after an opening 'But' is not the subject of the sentence before",
} as const;

const CONTRAST = /^[\s"“]*(?:But|However|Yet),?\s+$/;

/** The subject of the sentence before that a contrast-led description at `at` turns away from,
 *  else null: the earliest subject candidate in [prevStart, prevEnd), when another person follows. */
export function contrastedSubject(
  text: string,
  sentenceStart: number,
  at: number,
  prev: { start: number; end: number } | null,
  subjects: readonly { actorId: string; at: number }[],
  others: readonly { actorId: string; at: number }[],
): string | null {
  if (!prev) return null;
  if (!CONTRAST.test(text.slice(sentenceStart, at))) return null;
  const inPrev = (c: { at: number }) => c.at >= prev.start && c.at < prev.end;
  const subject = subjects.filter(inPrev).sort((a, b) => a.at - b.at)[0];
  if (!subject) return null;
  const other = [...subjects, ...others].some((c) => inPrev(c) && c.actorId !== subject.actorId);
  return other ? subject.actorId : null;
}
