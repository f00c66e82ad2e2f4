// A sentence's scores from the compiled tagger's word records (compiled.ts): each word's score
// from the features that do not read the tags before it, then greedy decoding left to right with
// the three that do.

import { TAG_COUNT, TAGS } from "./model.ts";

/** What the tagger keeps of a word, whatever its sentence. */
export interface WordInfo {
  lower: string;
  shape: string;
  lex: string;
  /** The summed weights of the word's own features ("b", w=, l=, s=, p2= … x4=, x=). */
  self: Float64Array;
  /** Rows of the word as the one before / after / two before / two after ("l-1=" …), -1 for none. */
  asPrev: number;
  asNext: number;
  asPrev2: number;
  asNext2: number;
  /** Rows of its lexicon class as the word before / after ("x-1=", "x+1="). */
  lexPrev: number;
  lexNext: number;
  /** Rows of "caps=<lower>", "first=<shape>", and "t-1s=<tag>|<shape>" for each tag. */
  caps: number;
  first: number;
  tagShape: Int32Array;
  /** The pair features with this word first, by the word after (s+1=, ll+1=, x+1s= as the next word's). */
  /** Ids of the word's shape and lower case as the second part of a pair feature (-1: in none). */
  shapePart: number;
  lowerPart: number;
  shapeNext: Int32Array | undefined;
  wordNext: PairsOf | undefined;
  /** … and with this word (its shape, its lower case, its lexicon class) before the current one. */
  shapePrevOf: Int32Array | undefined;
  wordPrevOf: PairsOf | undefined;
  lexNextShapeOf: Int32Array | undefined;
  /** Letters in the word, and whether they read the same upper-cased (for the all-caps test). */
  letters: number;
  upper: boolean;
}

/** allowed[prev * TAG_COUNT + t]: an I- tag only where it continues the tag before it. */
const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++)
  for (let t = 0; t < TAG_COUNT; t++)
    ALLOWED[p * TAG_COUNT + t] =
      !TAGS[t]!.startsWith("I-") || (p !== 0 && TAGS[p]!.slice(2) === TAGS[t]!.slice(2)) ? 1 : 0;

/** A pair feature's row by its second part's id. */
export type PairsOf = Map<number, number>;

/** The row of the pair (a's table, b's part id), -1 for none (most pairs: no lookup at all). */
const pairRow = (byB: PairsOf | undefined, b: number): number =>
  b < 0 || byB === undefined ? -1 : (byB.get(b) ?? -1);

const denseRow = (rows: Int32Array | undefined, b: number): number =>
  b < 0 || rows === undefined ? -1 : rows[b]!;

interface Edges {
  prevStart: number;
  prev2Start: number;
  nextEnd: number;
  next2End: number;
  lexPrevNone: number;
  lexNextNone: number;
  caps: number;
  shapeStart: Int32Array | undefined;
  wordStart: PairsOf | undefined;
  lexNoneShape: Int32Array | undefined;
  endPart: number;
  shapeEnd: number;
}

/** Puts row r's offset into the weights at rows[k] unless it is none (-1); the next free k. */
const put = (rows: Int32Array, k: number, r: number): number => {
  if (r < 0) return k;
  rows[k] = r * TAG_COUNT;
  return k + 1;
};

/** Row offsets of one position (at most 14 features) */
const ROWS = new Int32Array(16);

/**
 * Each word's score from every feature that does not read the tags before it (TAG_COUNT per word,
 * into out). A position's rows are gathered first and each tag's score summed in a local, in the
 * same order as adding row after row into out (the same doubles), with one store a tag.
 */
export function fixedScores(
  info: readonly WordInfo[],
  n: number,
  weights: Float32Array,
  e: Edges,
  out: Float64Array,
): void {
  let letters = 0;
  let upper = true;
  for (let i = 0; i < n; i++) {
    const w = info[i]!;
    letters += w.letters;
    upper &&= w.upper;
  }
  const allCaps = letters > 3 && upper;
  const rows = ROWS;
  for (let i = 0; i < n; i++) {
    const w = info[i]!;
    // (bounds checked: an array read out of its range is a slow path in V8)
    const prev = i > 0 ? info[i - 1] : undefined;
    const next = i + 1 < n ? info[i + 1] : undefined;
    let k = put(rows, 0, prev ? prev.asPrev : e.prevStart);
    k = put(rows, k, next ? next.asNext : e.nextEnd);
    k = put(rows, k, i >= 2 ? info[i - 2]!.asPrev2 : e.prev2Start);
    k = put(rows, k, i + 2 < n ? info[i + 2]!.asNext2 : e.next2End);
    k = put(rows, k, denseRow(prev ? prev.shapePrevOf : e.shapeStart, w.shapePart));
    k = put(rows, k, denseRow(w.shapeNext, next ? next.shapePart : e.shapeEnd));
    k = put(rows, k, pairRow(prev ? prev.wordPrevOf : e.wordStart, w.lowerPart));
    k = put(rows, k, pairRow(w.wordNext, next ? next.lowerPart : e.endPart));
    k = put(rows, k, prev ? prev.lexPrev : e.lexPrevNone);
    k = put(rows, k, next ? next.lexNext : e.lexNextNone);
    k = put(rows, k, denseRow(next ? next.lexNextShapeOf : e.lexNoneShape, w.shapePart));
    if (i === 0) k = put(rows, k, w.first);
    if (allCaps) {
      k = put(rows, k, w.caps);
      k = put(rows, k, e.caps);
    }
    const at = i * TAG_COUNT;
    const self = w.self;
    for (let t = 0; t < TAG_COUNT; t++) {
      let sum = self[t]!;
      for (let j = 0; j < k; j++) sum += weights[rows[j]! + t]!;
      out[at + t] = sum;
    }
  }
}

function addRow(scores: Float64Array, weights: Float32Array, r: number): void {
  if (r < 0) return;
  for (let t = 0; t < TAG_COUNT; t++) scores[t]! += weights[r * TAG_COUNT + t]!;
}

/** Greedy left to right: each word's fixed score plus its tag features, the best allowed tag and its margin. */
export function decode(
  info: readonly WordInfo[],
  n: number,
  fixed: Float64Array,
  m: { weights: Float32Array; tagPrev: Int32Array; tagPair: Int32Array; scores: Float64Array },
  tags: Uint8Array,
  margins: Float32Array,
  at: number,
): void {
  const { weights, tagPrev, tagPair, scores } = m;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < TAG_COUNT; t++) scores[t] = fixed[i * TAG_COUNT + t]!;
    addRow(scores, weights, tagPrev[p1]!);
    addRow(scores, weights, tagPair[p2 * TAG_COUNT + p1]!);
    addRow(scores, weights, info[i]!.tagShape[p1]!);
    const allowed = p1 * TAG_COUNT;
    let best = 0;
    for (let t = 1; t < TAG_COUNT; t++) if (ALLOWED[allowed + t] && scores[t]! > scores[best]!) best = t;
    let second = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < TAG_COUNT; t++)
      if (t !== best && ALLOWED[allowed + t]) second = Math.max(second, scores[t]!);
    tags[at + i] = best;
    margins[at + i] = scores[best]! - second;
    p2 = p1;
    p1 = best;
  }
}
