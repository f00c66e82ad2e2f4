// The tagger's model compiled for tagging fast, with the same tags and margins as scoring the
// feature strings of features.ts (model.ts tagSentenceScored, which training reads). A word's
// own features (the word, its shape, affixes, lexicon class) are summed once per word and kept
// across the corpus; its features as a neighbour are looked up once per word; only the pair
// features are looked up per position, and only the three that read the tags before it per tag
// decision. Sums are exact whatever their order: the weights are float32 of int16 × one scale,
// so every partial sum of a few dozen fits a double's mantissa.

import { lexOf, shapeOfWord, upperInvariantLetters } from "./features.ts";
import { type NerModel, TAG_COUNT, TAGS } from "./model.ts";
import { decode, fixedScores, type PairsOf, type WordInfo } from "./sentence-scores.ts";

/** Words kept at most (the cache is emptied when full: a corpus's vocabulary is mostly far below). */
const MAX_WORDS = 200_000;

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
  // scratch (scores grown to the longest sentence seen; infos): no arrays made per sentence
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
