// Folding: one function per meaning of "make two spellings compare equal". Each name says what
// it folds; pick by what the comparison is for, never a private copy.

/** Diacritics only: "Ramón" → "Ramon" (case and punctuation kept). */
export function foldAccents(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}+/gu, "");
}

/** The key names are compared by: lower case, diacritics folded, apostrophes unified, dots dropped. */
export function foldKey(s: string): string {
  return foldAccents(s).toLowerCase().replace(/[’‘`]/g, "'").replace(/\./g, "").replace(/\s+/g, " ").trim();
}

/** Words only: lower case, no diacritics, no possessive 's, every other non-letter a space. */
export function foldWords(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
