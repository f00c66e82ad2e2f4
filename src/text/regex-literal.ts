// Words from an article put into a regular expression match as written ("AT&T", "Plus.net"):
// the names the quote rules, coreference and the place gazetteer look for.

/** `s` with every regular-expression metacharacter escaped. */
export const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
