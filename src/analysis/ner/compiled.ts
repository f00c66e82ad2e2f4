// The tagger's model compiled for tagging fast, with the same tags and margins as scoring the
// feature strings of features.ts (model.ts tagSentenceScored, which training reads). A word's
// own features (the word, its shape, affixes, lexicon class) are summed once per word and kept
// across the corpus; its features as a neighbour are looked up once per word; only the pair
// features are looked up per position, and only the three that read the tags before it per tag
// decision. Sums are exact whatever their order: the weights are float32 of int16 × one scale,
// so every partial sum of a few dozen fits a double's mantissa.

import { lexOf, shapeOfWord, upperInvariantLetters } from "./features.ts";
import { type NerModel, TAG_COUNT, TAGS } from "./model.ts";

/** What the tagger keeps of a word, whatever its sentence. */
interface WordInfo {
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

/** Words kept at most (the cache is emptied when full: a corpus's vocabulary is mostly far below). */
const MAX_WORDS = 200_000;

/** allowed[prev * TAG_COUNT + t]: an I- tag only where it continues the tag before it. */
const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT);
for (let p = 0; p < TAG_COUNT; p++)
  for (let t = 0; t < TAG_COUNT; t++)
    ALLOWED[p * TAG_COUNT + t] =
      !TAGS[t]!.startsWith("I-") || (p !== 0 && TAGS[p]!.slice(2) === TAGS[t]!.slice(2)) ? 1 : 0;

export interface CompiledTagger {
  /** The tags of a sentence's words (indexes into TAGS), and each tag's margin over the runner-up. */
  tag(words: readonly string[]): { tags: Uint8Array; margins: Float32Array };
  /** The same, written into `tags` and `margins` from index `at` on (a whole article's arrays). */
  tagInto(words: readonly string[], tags: Uint8Array, margins: Float32Array, at: number): void;
  /** Empties the per-word cache: a build's vocabulary is not kept for the life of the process. */
  forgetWords(): void;
}

const compiled = new WeakMap<NerModel, CompiledTagger>();

/** The model compiled for tagging (once per model). */
export function compileTagger(model: NerModel): CompiledTagger {
  let c = compiled.get(model);
  if (!c) {
    c = makeTagger(model);
    compiled.set(model, c);
  }
  return c;
}

function makeTagger(model: NerModel): CompiledTagger {
  const { index, weights } = model;
  const row = (f: string): number => index.get(f) ?? -1;
  const add = (out: Float64Array, at: number, r: number): void => {
    if (r < 0) return;
    const base = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[at + t]! += weights[base + t]!;
  };
  const tagShapes = new Map<string, Int32Array>();
  const tagShapeRows = (shape: string): Int32Array => {
    let rows = tagShapes.get(shape);
    if (!rows) {
      rows = Int32Array.from(TAGS, (t) => row(`t-1s=${t}|${shape}`));
      tagShapes.set(shape, rows);
    }
    return rows;
  };
  const parts = new Map<string, number>();
  // shapes are few: their pairs are dense arrays by the second shape's id
  const shapeParts = new Map<string, number>();
  const shapeTables = ["s-1=", "s+1=", "x+1s="].map((prefix) => pairTable(index, shapeParts, prefix));
  const [shapePrev, shapeNext, lexNextShape] = shapeTables.map((t) => denseTable(t, shapeParts.size));
  const pairs: Pairs = {
    shapePrev: shapePrev!,
    shapeNext: shapeNext!,
    wordPrev: pairTable(index, parts, "l-1l="),
    wordNext: pairTable(index, parts, "ll+1="),
    lexNextShape: lexNextShape!,
  };
  const rows = featureRows(index);
  const bias = row("b");
  const words = new Map<string, WordInfo>();
  const infoOf = (w: string): WordInfo => {
    const known = words.get(w);
    if (known) return known;
    if (words.size >= MAX_WORDS) words.clear();
    const info = wordInfo(w, rows, bias, add, tagShapeRows, pairs, { words: parts, shapes: shapeParts });
    words.set(w, info);
    return info;
  };
  const tagPrev = Int32Array.from(TAGS, (t) => row(`t-1=${t}`));
  const tagPair = new Int32Array(TAG_COUNT * TAG_COUNT);
  for (let p2 = 0; p2 < TAG_COUNT; p2++)
    for (let p1 = 0; p1 < TAG_COUNT; p1++) tagPair[p2 * TAG_COUNT + p1] = row(`t-2=${TAGS[p2]}|${TAGS[p1]}`);
  const edges = {
    prevStart: row("l-1=<s>"),
    prev2Start: row("l-2=<s>"),
    nextEnd: row("l+1=</s>"),
    next2End: row("l+2=</s>"),
    lexPrevNone: row("x-1=-"),
    lexNextNone: row("x+1=-"),
    caps: row("caps"),
    shapeStart: pairs.shapePrev.get("<s>"),
    wordStart: pairs.wordPrev.get("<s>"),
    lexNoneShape: pairs.lexNextShape.get("-"),
    endPart: parts.get("</s>") ?? -1,
    shapeEnd: shapeParts.get("</s>") ?? -1,
  };
  // scratch for the fixed scores (grown to the longest sentence seen) and the words' infos: no
  // arrays made per sentence
  let scratch = new Float64Array(64 * TAG_COUNT);
  const info: WordInfo[] = [];
  const tables = { weights, tagPrev, tagPair, scores: new Float64Array(TAG_COUNT) };
  const tagInto = (ws: readonly string[], tags: Uint8Array, margins: Float32Array, at: number): void => {
    const n = ws.length;
    for (let i = 0; i < n; i++) info[i] = infoOf(ws[i]!);
    if (scratch.length < n * TAG_COUNT) scratch = new Float64Array(n * 2 * TAG_COUNT);
    fixedScores(info, n, weights, edges, scratch);
    decode(info, n, scratch, tables, tags, margins, at);
  };
  return {
    tagInto,
    tag(ws) {
      const tags = new Uint8Array(ws.length);
      const margins = new Float32Array(ws.length);
      tagInto(ws, tags, margins, 0);
      return { tags, margins };
    },
    forgetWords: () => words.clear(),
  };
}

type Add = (out: Float64Array, at: number, r: number) => void;

/** Rows of a pair feature ("<prefix>=<a>|<b>") by a, then b: looked up without building the string. */
type PairTable = Map<string, PairsOf>;
/** A pair feature's row by its second part's id. */
type PairsOf = Map<number, number>;

/** The pair features of a prefix, filed under every split at a "|" (a word may hold one itself). */
function pairTable(
  index: ReadonlyMap<string, number>,
  parts: Map<string, number>,
  prefix: string,
): PairTable {
  const out: PairTable = new Map();
  for (const [name, r] of index) {
    if (!name.startsWith(prefix)) continue;
    const body = name.slice(prefix.length);
    for (let bar = body.indexOf("|"); bar >= 0; bar = body.indexOf("|", bar + 1)) {
      const a = body.slice(0, bar);
      let byB = out.get(a);
      if (!byB) {
        byB = new Map();
        out.set(a, byB);
      }
      const b = body.slice(bar + 1);
      let id = parts.get(b);
      if (id === undefined) {
        id = parts.size;
        parts.set(b, id);
      }
      byB.set(id, r);
    }
  }
  return out;
}

/** The row of the pair (a's table, b's part id), -1 for none (most pairs: no lookup at all). */
const pairRow = (byB: PairsOf | undefined, b: number): number =>
  b < 0 || byB === undefined ? -1 : (byB.get(b) ?? -1);

/** The model's pair features, by prefix. */
interface Pairs {
  shapePrev: DenseTable;
  shapeNext: DenseTable;
  wordPrev: PairTable;
  wordNext: PairTable;
  lexNextShape: DenseTable;
}

/** A pair table with every row of a first part in one array by the second part's id (-1: none). */
type DenseTable = Map<string, Int32Array>;

function denseTable(t: PairTable, width: number): DenseTable {
  const out: DenseTable = new Map();
  for (const [a, byB] of t) {
    const rows = new Int32Array(width).fill(-1);
    for (const [b, r] of byB) rows[b] = r;
    out.set(a, rows);
  }
  return out;
}

const denseRow = (rows: Int32Array | undefined, b: number): number =>
  b < 0 || rows === undefined ? -1 : rows[b]!;

/** A feature's row by its prefix (before the first "=") and value, -1 for none. */
type FeatureRows = (prefix: string, value: string) => number;

/**
 * The rows of the features by prefix, then value: a word's features are looked up by the word
 * itself (whose hash the engine keeps) instead of a new "<prefix>=<word>" string each (which
 * must be built and hashed: most of the cost of a word the tagger has not seen before).
 */
function featureRows(index: ReadonlyMap<string, number>): FeatureRows {
  const byPrefix = new Map<string, Map<string, number>>();
  for (const [name, r] of index) {
    const eq = name.indexOf("=");
    if (eq < 0) continue;
    const prefix = name.slice(0, eq);
    let values = byPrefix.get(prefix);
    if (!values) {
      values = new Map();
      byPrefix.set(prefix, values);
    }
    values.set(name.slice(eq + 1), r);
  }
  return (prefix, value) => byPrefix.get(prefix)?.get(value) ?? -1;
}

function wordInfo(
  w: string,
  feature: FeatureRows,
  bias: number,
  add: Add,
  tagShapeRows: (shape: string) => Int32Array,
  pairs: Pairs,
  parts: { words: ReadonlyMap<string, number>; shapes: ReadonlyMap<string, number> },
): WordInfo {
  const l = w.toLowerCase();
  const shape = shapeOfWord(w);
  const lex = lexOf(w);
  const self = new Float64Array(TAG_COUNT);
  // The features of features.ts's featuresAt, in its order: "b", w=, l=, s=, p2=, p3=, x2=, x3=, x4=, x=.
  add(self, 0, bias);
  add(self, 0, feature("w", w));
  add(self, 0, feature("l", l));
  add(self, 0, feature("s", shape));
  add(self, 0, feature("p2", l.slice(0, 2)));
  add(self, 0, feature("p3", l.slice(0, 3)));
  add(self, 0, feature("x2", l.slice(-2)));
  add(self, 0, feature("x3", l.slice(-3)));
  add(self, 0, feature("x4", l.slice(-4)));
  add(self, 0, feature("x", lex));
  const { letters, upper } = upperInvariantLetters(w);
  return {
    lower: l,
    shape,
    lex,
    self,
    asPrev: feature("l-1", l),
    asNext: feature("l+1", l),
    asPrev2: feature("l-2", l),
    asNext2: feature("l+2", l),
    lexPrev: feature("x-1", lex),
    lexNext: feature("x+1", lex),
    caps: feature("caps", l),
    first: feature("first", shape),
    tagShape: tagShapeRows(shape),
    shapePart: parts.shapes.get(shape) ?? -1,
    lowerPart: parts.words.get(l) ?? -1,
    shapeNext: pairs.shapeNext.get(shape),
    wordNext: pairs.wordNext.get(l),
    shapePrevOf: pairs.shapePrev.get(shape),
    wordPrevOf: pairs.wordPrev.get(l),
    lexNextShapeOf: pairs.lexNextShape.get(lex),
    letters,
    upper,
  };
}

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
function fixedScores(
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
function decode(
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
