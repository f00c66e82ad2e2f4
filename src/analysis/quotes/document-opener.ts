// "In a statement Google said …": with no comma after the opening phrase, the subject read before
// the verb is "a statement Google". The name after a document noun opening the phrase is the
// subject ("a statement the club" → "the club").

import type { Phrase } from "./phrases.ts";

const OPENER =
  /^(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|interview|letter|e-mail|email)\s+/iu;

/** The subject after a document noun opening the phrase, else null. */
export function pastDocumentOpener(p: Phrase): Phrase | null {
  const m = OPENER.exec(p.text);
  if (!m) return null;
  const rest = p.text.slice(m[0].length);
  // Only a name or a definite description: "a statement issued" is no subject.
  if (!/^(?:\p{Lu}|the\s|its\s)/u.test(rest)) return null;
  return { start: p.start + m[0].length, end: p.end, text: rest };
}
