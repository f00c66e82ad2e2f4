// What a single line of an article file looks like: a rule, a copyright notice, a heading or a
// headline. Shared by the cleaning rules (clean.ts) and the end-of-article scan (tail.ts).

export interface Line {
  start: number;
  /** End of the line's text, before the newline. */
  end: number;
  text: string;
}

/** `___`, `---`, `***`, `===`, `• • •`: visual separators. */
export const RULE = /^\s*(?:[_\-=*~#•·]\s*){3,}$/;
export const COPYRIGHT = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)|\ball rights reserved\b/i;
export const CONTRIBUTOR =
  /\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b|^\s*(?:additional\s+)?reporting\s+by\b|^\s*editing\s+by\b|^\s*\(?(?:reporting|writing)\s+by\b/i;
/** Mail/envelope glyphs and "Email the author" lines mark a byline block. */
export const MAIL_GLYPH = /[\u2709\u{1F4E7}\u{1F4E9}]|\bemail\s+(?:the\s+)?author\b/iu;
export const BYLINE =
  /^\s*(?:[Bb]y|[Ww]ritten by|[Ss]tory by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|la|van|von|III|II|Jr\.?))*\s*(?:[,|–—-].{0,60})?$/u;
export const BIO =
  /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,4}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,6}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|producer|author|staff)\b/u;
export const PROMO =
  /^\s*(?:read more|related(?: coverage| stories| articles)?|see also|click here|sign up|subscribe|follow us|share this|advertisement|recommended|more from|watch|listen)\b[\s:.!»›-]*\S{0,80}$/i;
/** "(NewsNation) —", "MEXICO CITY (AP) —", "WASHINGTON, Sept 2 (Reuters) -": wire datelines. */
export const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\s.,'’-]{1,40}\s*)?(?:,\s*[\p{L}.]+\s+\d{1,2}\s*)?\([\p{L}\s.&'’-]{1,30}\)\s*[—–-]{1,2}\s*|^\s*\p{Lu}[\p{Lu}\s.'’-]{2,30},?\s*[—–]\s+/u;

export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

export function words(s: string): string[] {
  return s.trim().split(/\s+/).filter(Boolean);
}

/** A short line with no sentence-ending punctuation: a heading or a headline. */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  const w = words(t);
  if (w.length === 0 || w.length > 20 || t.length > 160) return false;
  // "... it said." ends like a sentence; "... as “International Piracy”" is still a heading.
  if (SENTENCE_END.test(t) || /[:;,]$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"“‘'$£€]/u.test(t);
}

/** Share of words that start with a capital, ignoring short export function words. */
export function titleCaseShare(text: string): number {
  const content = words(text).filter(
    (w) => !/^(?:a|an|the|of|in|on|at|to|for|and|or|as|by|with|from|vs\.?|is|are|over|amid|after)$/i.test(w),
  );
  if (content.length === 0) return 0;
  return content.filter((w) => /^[\p{Lu}\p{N}"“‘$£€]/u.test(w)).length / content.length;
}

/** Headlines of other stories: news-headline length, title case, not a list entry. */
export function isSidebarHeadline(t: string): boolean {
  return isHeadlineLike(t) && words(t).length >= 5 && titleCaseShare(t) >= 0.6 && !/[()]|\s[-–]\s/.test(t);
}
