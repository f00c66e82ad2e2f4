// Words from the article put into a regular expression match as written ("AT&T", "Plus.net").

/** `s` with every regular-expression metacharacter escaped. */
export const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
