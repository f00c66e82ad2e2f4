// The text layer: one token stream per article (readText), offsets into the article's original
// text plus a shape byte, with the sentence and paragraph each belongs to; typed arrays keep it
// small (~17 bytes a token), and it lives only while an article is analysed (never stored in the
// Coverage or a snapshot): buildCoverage's layerOf keeps the last article's layer only.
//
// The analyses grew three tokenizers whose word boundaries differ; each difference is a named
// view (views.ts), kept exact so figures do not move. Quotes reads its clause words from the
// layer (clauseWordEndIn: the layer's token plus the view's period rule; same words, property-
// tested); the actor model reads its name words from it (nameWordsIn: each word token under the
// view's period and possessive rules, property-tested equal to nameWords; nameWords itself reads
// only the dropped headline, which the layer does not hold); events read their sentence words
// from it (eventWordsIn: runs of layer tokens, initials cut as "U.S."; same words, property-tested).

import type { Article } from "../types.ts";

/** Shape bits of a token. */
export const Shape = {
  /** First character is an upper-case letter: "Rubio", "FBI", "McLetchie". */
  capitalised: 1,
  /** Two or more letters, all upper case: "FBI", "UK". */
  allCaps: 2,
  /** Starts with a digit: "15", "2025", "3.5". */
  number: 4,
  /** A single non-word character: "," "(" "—". */
  punctuation: 8,
  /** A quotation mark: " “ ” ‘ ’ «. */
  quoteMark: 16,
  /** All letters lower case: "said". */
  lower: 32,
} as const;

/** A word: letters/digits joined by inner apostrophes, dots or hyphens ("O'Neill", "U.S", "ex-PM"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy;
const QUOTE_MARKS = /["“”‘’«»„]/;

/** The shape bits of one token's text. */
export function shapeOf(t: string): number {
  return asciiShape(t) ?? unicodeShape(t);
}

/** shapeOf of an ASCII-only token without regular expressions (most tokens), or null. */
function asciiShape(t: string): number | null {
  return asciiShapeIn(t, 0, t.length);
}

/** asciiShape of text[from, to), read in place (the layer reads every token's shape). */
function asciiShapeIn(text: string, from: number, to: number): number | null {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  const c = text.charCodeAt(from);
  const digit = c >= 48 && c <= 57;
  if (!digit && !(c >= 65 && c <= 90) && !(c >= 97 && c <= 122))
    return Shape.punctuation | (c === 34 ? Shape.quoteMark : 0);
  let s = digit ? Shape.number : c <= 90 ? Shape.capitalised : 0;
  if (upper + lower >= 2 && lower === 0) s |= Shape.allCaps;
  if (upper + lower > 0 && upper === 0) s |= Shape.lower;
  return s;
}

export function unicodeShape(t: string): number {
  const c = t[0] ?? "";
  if (!/[\p{L}\p{N}]/u.test(c)) return Shape.punctuation | (QUOTE_MARKS.test(c) ? Shape.quoteMark : 0);
  let s = 0;
  if (/\p{Lu}/u.test(c)) s |= Shape.capitalised;
  if (/\p{N}/u.test(c)) s |= Shape.number;
  const letters = t.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    s |= Shape.allCaps;
  if (letters.length > 0 && letters === letters.toLowerCase()) s |= Shape.lower;
  return s;
}

/** Every token of text[start, end): words (WORD) and single punctuation characters; spaces skipped. */
export function scan(text: string, start = 0, end = text.length, emit: (s: number, e: number) => void): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || /\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const w = wordEndAt(text, i);
    const e = w > i ? Math.min(end, w) : i + 1;
    emit(i, e);
    i = e;
  }
}

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** ' . - : a WORD goes on through one of these to the next letter or digit. */
const isJoiner = (c: number): boolean => c === 39 || c === 46 || c === 45;

/**
 * End of the WORD match at text[i] (i when there is none): plain ASCII read by character code
 * (most words, and no match object made per token), anything else beside it by the pattern itself.
 */
function wordEndAt(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
    if (j === i) return i < n && text.charCodeAt(i) >= 128 ? wordEndByPattern(text, i) : i;
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if (c >= 128) return wordEndByPattern(text, i);
    if (!isJoiner(c) || j + 1 >= n) return j;
    const d = text.charCodeAt(j + 1);
    if (d >= 128) return wordEndByPattern(text, i);
    if (!isAsciiAlnum(d)) return j;
    j++;
  }
}

function wordEndByPattern(text: string, i: number): number {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m ? i + m[0].length : i;
}

/** An article's tokens: parallel typed arrays, token k = text.slice(start[k], end[k]). */
export interface TextLayer {
  readonly text: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly shape: Uint8Array;
  /** Sentence id: index over the article's sentences in document order. */
  readonly sentence: Int32Array;
  /** Paragraph id: index into article.paragraphs. */
  readonly paragraph: Int32Array;
}

/** Scratch columns readText fills before copying out the article's own (grown as needed): no
 *  growing arrays of boxed numbers per article, which were most of what reading a layer allocated. */
let scratch = { start: new Int32Array(4096), end: new Int32Array(4096), sentence: new Int32Array(4096) };

function grownScratch(): typeof scratch {
  const size = scratch.start.length * 2;
  const grow = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  scratch = { start: grow(scratch.start), end: grow(scratch.end), sentence: grow(scratch.sentence) };
  return scratch;
}

/** Tokenizes an article once, sentence by sentence; read by every analysis of that article. */
export function readText(article: Article): TextLayer {
  const { text } = article;
  let cols = scratch;
  let n = 0;
  let sid = 0;
  const paragraphEnds: number[] = [];
  for (const p of article.paragraphs) {
    for (const s of p.sentences) {
      scan(text, s.start, s.end, (a, b) => {
        if (n === cols.start.length) cols = grownScratch();
        cols.start[n] = a;
        cols.end[n] = b;
        cols.sentence[n] = sid;
        n++;
      });
      sid++;
    }
    paragraphEnds.push(n);
  }
  const start = cols.start.slice(0, n);
  const end = cols.end.slice(0, n);
  const paragraph = new Int32Array(n);
  let from = 0;
  for (const [pi, to] of paragraphEnds.entries()) {
    paragraph.fill(pi, from, to);
    from = to;
  }
  const shape = new Uint8Array(n);
  for (let k = 0; k < n; k++)
    shape[k] = asciiShapeIn(text, start[k]!, end[k]!) ?? unicodeShape(text.slice(start[k], end[k]));
  return { text, count: n, start, end, shape, sentence: cols.sentence.slice(0, n), paragraph };
}

/** The text of token k. */
export function tokenText(layer: TextLayer, k: number): string {
  return layer.text.slice(layer.start[k], layer.end[k]);
}

/** Token k has every bit of `shape`. */
export function hasShape(layer: TextLayer, k: number, shape: number): boolean {
  return (layer.shape[k]! & shape) === shape;
}

/** The first token starting at or after text offset i (binary search over the starts). */
export function firstTokenFrom(layer: TextLayer, i: number): number {
  let lo = 0;
  let hi = layer.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layer.start[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token starting at text offset i, or -1. */
export function tokenAt(layer: TextLayer, i: number): number {
  const k = firstTokenFrom(layer, i);
  return k < layer.count && layer.start[k] === i ? k : -1;
}
