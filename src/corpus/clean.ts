// Cleaning: find what in an article file is not coverage (datelines, bylines, author bios,
// copyright and contributor lines, rules, related-story headings, sidebar headline lists)
// and report it as dropped spans. Nothing is deleted from the text: offsets stay valid.
// Rules follow news-page conventions, not the strings of any one article.

import type { DroppedSpan } from "../types.ts";
import {
  BIO,
  BYLINE,
  CONTRIBUTOR,
  COPYRIGHT,
  DATELINE,
  isHeadlineLike,
  type Line,
  MAIL_GLYPH,
  PROMO,
  RULE,
  SENTENCE_END,
  words,
} from "./line-kinds.ts";
import { articleTail } from "./tail.ts";

export type { Line } from "./line-kinds.ts";

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
  /** Lines of the page after the article's end (related lists, sign-ups, notices), with why. */
  tail: Map<number, string>;
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
    tail: articleTail(lines, content),
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
    const dl = i === scan.firstContent || afterTitleLine(scan, i) ? DATELINE.exec(t) : null;
    if (dl && dl[0].length < t.length) {
      dropped.push({ start: l.start, end: l.start + dl[0].length, reason: "dateline", text: dl[0] });
      lineStart.set(i, l.start + dl[0].length);
    }
    kept.add(i);
  }
  dropped.sort((a, b) => a.start - b.start);
  return { dropped, kept, lineStart, headline };
}

/** Why line i is not coverage but the page around it (rules, credits, bylines, promos), or null. */
function boilerplateReason(scan: Scan, i: number): string | null {
  const t = scan.lines[i]!.text;
  const { bylineNames } = scan;
  // the line as a byline name is compared only with the byline's names (most files have none)
  const n = bylineNames.length > 0 ? norm(t) : "";
  const tail = scan.tail.get(i);
  if (tail) return tail;
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

/** The second content line, after a first that stands alone as the title ("Clinton camp: … security."
 *  then "WASHINGTON, Dec. 8 (UPI) — …"): where a wire dateline opens the story too. */
const afterTitleLine = (scan: Scan, i: number): boolean =>
  i === scan.content[1] &&
  scan.firstContent !== undefined &&
  nextIsBlankThenText(scan.lines, scan.firstContent);

function nextIsBlankThenText(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && isBlank(next.text);
}
