// Cleaning: find what in an article file is not coverage (datelines, bylines, author bios,
// copyright and contributor lines, rules, related-story headings, sidebar headline lists)
// and report it as dropped spans. Nothing is deleted from the text: offsets stay valid.
// Rules follow news-page conventions, not the strings of any one article.

import type { DroppedSpan } from "../types.ts";

export interface Line {
  start: number;
  /** End of the line's text, before the newline. */
  end: number;
  text: string;
}

export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1) nl = text.length;
    const end = nl > pos && text[nl - 1] === "\r" ? nl - 1 : nl;
    lines.push({ start: pos, end, text: text.slice(pos, end) });
    if (nl >= text.length) break;
    pos = nl + 1;
  }
  return lines;
}

const isBlank = (s: string) => s.trim() === "";

/** `___`, `---`, `***`, `===`, `• • •`: visual separators. */
const RULE = /^\s*(?:[_\-=*~#•·]\s*){3,}$/;
const COPYRIGHT = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)|\ball rights reserved\b/i;
const CONTRIBUTOR =
  /\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b|^\s*(?:additional\s+)?reporting\s+by\b|^\s*editing\s+by\b|^\s*\(?(?:reporting|writing)\s+by\b/i;
/** Mail/envelope glyphs and "Email the author" lines mark a byline block. */
const MAIL_GLYPH = /[\u2709\u{1F4E7}\u{1F4E9}]|\bemail\s+(?:the\s+)?author\b/iu;
const BYLINE =
  /^\s*(?:[Bb]y|[Ww]ritten by|[Ss]tory by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|la|van|von|III|II|Jr\.?))*\s*(?:[,|–—-].{0,60})?$/u;
const BIO =
  /^\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,4}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,6}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor|producer|author|staff)\b/u;
const PROMO =
  /^\s*(?:read more|related(?: coverage| stories| articles)?|see also|click here|sign up|subscribe|follow us|share this|advertisement|recommended|more from|watch|listen)\b[\s:.!»›-]*\S{0,80}$/i;
/** "(NewsNation) —", "MEXICO CITY (AP) —", "WASHINGTON, Sept 2 (Reuters) -": wire datelines. */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\s.,'’-]{1,40}\s*)?(?:,\s*[\p{L}.]+\s+\d{1,2}\s*)?\([\p{L}\s.&'’-]{1,30}\)\s*[—–-]{1,2}\s*|^\s*\p{Lu}[\p{Lu}\s.'’-]{2,30},?\s*[—–]\s+/u;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

function words(s: string): string[] {
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

/** Share of words that start with a capital, ignoring short function words. */
function titleCaseShare(text: string): number {
  const content = words(text).filter(
    (w) => !/^(?:a|an|the|of|in|on|at|to|for|and|or|as|by|with|from|vs\.?|is|are|over|amid|after)$/i.test(w),
  );
  if (content.length === 0) return 0;
  return content.filter((w) => /^[\p{Lu}\p{N}"“‘$£€]/u.test(w)).length / content.length;
}

export interface CleanResult {
  dropped: DroppedSpan[];
  /** Line indices (into the lines given) that are kept as coverage. */
  kept: Set<number>;
  /** Offset where kept text of a line starts, when a dateline prefix was dropped. */
  lineStart: Map<number, number>;
  /** A first-line headline, when the file begins with one (used as a display title). */
  headline: string | null;
}

export interface CleanOptions {
  /** The article's byline from its metadata: its lines are dropped wherever they stand. */
  byline?: string | null;
  /** The article's title: a first line equal to it is the headline, not coverage. */
  title?: string | null;
}

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** What the rules look at besides a line itself: its neighbours and the article's metadata. */
interface Scan {
  lines: Line[];
  /** Indices of the non-blank lines. */
  content: number[];
  firstContent: number | undefined;
  lastContent: number | undefined;
  bylineNames: string[];
  sidebar: Set<number>;
  title: string | null | undefined;
}

export function cleanLines(lines: Line[], opts: CleanOptions = {}): CleanResult {
  const dropped: DroppedSpan[] = [];
  const kept = new Set<number>();
  const lineStart = new Map<number, number>();
  const content = lines.map((l, i) => (isBlank(l.text) ? -1 : i)).filter((i) => i >= 0);
  const scan: Scan = {
    lines,
    content,
    firstContent: content[0],
    lastContent: content[content.length - 1],
    bylineNames: bylineNamesOf(opts.byline),
    sidebar: trailingSidebar(lines, content),
    title: opts.title,
  };
  let headline: string | null = null;

  for (const i of content) {
    const l = lines[i]!;
    const t = l.text;
    const reason = boilerplateReason(scan, i) ?? headingReason(scan, i);
    if (reason) {
      if (reason === "headline") headline = t.trim();
      dropped.push({ start: l.start, end: l.end, reason, text: l.text });
      continue;
    }
    const dl = i === scan.firstContent ? DATELINE.exec(t) : null;
    if (dl && dl[0].length < t.length) {
      dropped.push({ start: l.start, end: l.start + dl[0].length, reason: "dateline", text: dl[0] });
      lineStart.set(i, l.start + dl[0].length);
    }
    kept.add(i);
  }
  dropped.sort((a, b) => a.start - b.start);
  return { dropped, kept, lineStart, headline };
}

/** Trailing sidebar: a run of >= 3 headline-like lines at the end of the file. */
function trailingSidebar(lines: Line[], content: number[]): Set<number> {
  const sidebar = new Set<number>();
  const run: number[] = [];
  for (let k = content.length - 1; k >= 0; k--) {
    const i = content[k]!;
    const t = lines[i]!.text;
    if (isSidebarHeadline(t)) run.push(i);
    else if (RULE.test(t) || COPYRIGHT.test(t)) continue;
    else break;
  }
  if (run.length >= 3 && run.length < content.length) for (const i of run) sidebar.add(i);
  return sidebar;
}

/** Why line i is not coverage but the page around it (rules, credits, bylines, promos), or null. */
function boilerplateReason(scan: Scan, i: number): string | null {
  const t = scan.lines[i]!.text;
  const n = norm(t);
  const { bylineNames } = scan;
  if (scan.sidebar.has(i)) return "sidebar headline";
  if (RULE.test(t)) return "rule";
  if (COPYRIGHT.test(t) && words(t).length <= 25) return "copyright line";
  if (CONTRIBUTOR.test(t) && words(t).length <= 40) return "contributor line";
  if (MAIL_GLYPH.test(t) && words(t).length <= 12) return "byline";
  if (BYLINE.test(t) || (bylineNames.length > 0 && bylineNames.includes(n))) return "byline";
  if (BIO.test(t) && (i === scan.lastContent || isNearEnd(i, scan.content) || startsWithAny(n, bylineNames)))
    return "author bio";
  if (PROMO.test(t) && words(t).length <= 12) return "promotional line";
  return null;
}

/** "headline" for the file's own first-line headline, "inline heading" for a heading standing
 * alone between paragraphs, else null. */
function headingReason(scan: Scan, i: number): string | null {
  const { lines } = scan;
  const t = lines[i]!.text;
  if (!isHeadlineLike(t)) return null;
  const isFirst = i === scan.firstContent;
  if (isFirst && (scan.title ? norm(scan.title) === norm(t) : nextIsBlankThenText(lines, i)))
    return "headline";
  // A heading standing alone between paragraphs: an inline related-story link or a
  // section heading. It names no source of its own, so it is never cited as coverage.
  if (!isFirst && i !== scan.lastContent && standsAlone(lines, i) && isBetweenParagraphs(lines, i))
    return "inline heading";
  return null;
}

/** Headlines of other stories: news-headline length, title case, not a list entry. */
function isSidebarHeadline(t: string): boolean {
  return isHeadlineLike(t) && words(t).length >= 5 && titleCaseShare(t) >= 0.6 && !/[()]|\s[-–]\s/.test(t);
}

/** A heading closes nothing and opens a new paragraph: the text before it ends a sentence
 *  and the text after it starts one. A broken line mid-sentence is not a heading. */
function isBetweenParagraphs(lines: Line[], i: number): boolean {
  const t = lines[i]!.text;
  if ((t.match(/\p{L}{2,}/gu) ?? []).length < 2) return false;
  let p = i - 1;
  while (p >= 0 && isBlank(lines[p]!.text)) p--;
  let n = i + 1;
  while (n < lines.length && isBlank(lines[n]!.text)) n++;
  const prev = p >= 0 ? lines[p]!.text.trim() : "";
  const next = n < lines.length ? lines[n]!.text.trim() : "";
  return (prev === "" || SENTENCE_END.test(prev)) && /^[\p{Lu}\p{N}"“‘']/u.test(next);
}

function bylineNamesOf(byline: string | null | undefined): string[] {
  if (!byline) return [];
  return byline
    .split(/\(|\)|,|\band\b|&/)
    .map((s) => norm(s.replace(/\b(?:contributed|by)\b/gi, "")))
    .filter((s) => s.split(" ").length >= 2);
}

function startsWithAny(n: string, names: string[]): boolean {
  return names.some((name) => n.startsWith(name));
}

function isNearEnd(i: number, content: number[]): boolean {
  const k = content.indexOf(i);
  return k >= content.length - 3;
}

function standsAlone(lines: Line[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  return (prev === undefined || isBlank(prev.text)) && (next === undefined || isBlank(next.text));
}

function nextIsBlankThenText(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && isBlank(next.text);
}
