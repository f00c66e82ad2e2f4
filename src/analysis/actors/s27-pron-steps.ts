// Coreference rule of session 27's pronoun work (issue #13): a person named again after a
// lowercase role noun that opens the sentence is the sentence's subject. "Tom Vale … British actor
// Vale is hoping to win. He arrived …": Vale is the subject the he/she goes on from, not an object
// that a speaker of two sentences back outranks. (Only a person named before: a first mention,
// "Club director Dan Roe held talks with Vale", brings in a side figure more often than the focus.)

import { ROLE_HEADS } from "../lexicons/titles.ts";

export const COREF_ROLE_PREMODIFIED_SUBJECT_STEP = {
  name: "coref-role-premodified-subject",
  doc: "'British actor Vale is hoping …' (Vale named before): a name after a lowercase role noun opening the sentence is its subject",
} as const;

/** The lowercase role noun (with at most one lowercase word before it) ending `stripped`, the
 *  sentence's words before a name with its capitalised words taken out. */
const ROLE_TAIL = /(?:^|\s)(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)\s+$/u;

/**
 * `stripped` (what opens the sentence before a name, capitalised words removed) without a closing
 * lowercase role noun ("actor ", "fellow actor ", "frontman "), for the opening test; else as it is.
 */
export function withoutRoleTail(stripped: string): string {
  const m = ROLE_TAIL.exec(stripped);
  if (!m || !ROLE_HEADS.has(m[1]!)) return stripped;
  return stripped.slice(0, m.index);
}

/**
 * The opening test's reader for coref's candidates, called once per person mention in text order:
 * the sentence's words `before` the name with its capitalised words (and a lowercase word before
 * one) taken out, and, when `on` and the person was named before, its closing role noun too.
 */
export function openingWordsReader(on: boolean): (before: string, actorId: string) => string {
  const seen = new Set<string>();
  return (before, actorId) => {
    const stripped = before.replace(/(?:\p{Lu}[\p{L}'’.-]*|[a-z]+(?=\s+\p{Lu}))\s+/gu, "");
    const again = seen.has(actorId);
    seen.add(actorId);
    return on && again ? withoutRoleTail(stripped) : stripped;
  };
}
