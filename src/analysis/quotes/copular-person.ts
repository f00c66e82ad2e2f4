// "The show's director is Ann Roe, best known for Ghosts. “…,” she said": a copular sentence that
// introduces a person ("<description> is/was <Name>") makes that person the nearest antecedent of
// a he/she after it, over a speaker named before the introduction. Read from the model's name
// mentions, so the person is one the model holds.

import type { Phrase } from "./phrases.ts";
import { namedPersonsBefore, previousSentenceStart } from "./prior-subject.ts";
import type { QuoteDoc } from "./state.ts";

/** "… director is Ann Roe," / "… was Ann Roe." : a name after a copula and a lower-case noun, closed by punctuation. */
function introducedAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return (
    /\b\p{Ll}[\p{L}-]*\s+(?:is|was)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(before) &&
    /^[,.;]/.test(text.slice(end, end + 1))
  );
}

/**
 * The person a copular sentence introduces between the latest speaker of the history and the
 * pronoun `p`, in the sentence before `p` or its own, of gender `want` (or none known); else null.
 */
export function copularPerson(
  doc: QuoteDoc,
  p: Phrase,
  want: "male" | "female",
  named: ((id: string) => boolean) | null,
): string | null {
  const from = previousSentenceStart(doc, p.start);
  // The introduction must come after the latest person of the history, who is otherwise nearer.
  let latest = -1;
  for (const h of doc.history)
    if (h.start < p.start && h.kind === "person") latest = Math.max(latest, h.start);
  for (const m of namedPersonsBefore(doc, p.start, Math.max(from, latest + 1))) {
    if (named?.(m.actorId) || !introducedAt(doc.text, m.start, m.end)) continue;
    const g = doc.actors.genderOf?.(doc.article.docId, m.actorId) ?? "any";
    return g === want || g === "any" ? m.actorId : null;
  }
  return null;
}
