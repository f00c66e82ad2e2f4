// The tagger's model: one weight per (feature, tag), tags chosen greedily left to right (each
// word's features include the tags given before it). Stored compactly: the feature names, then
// the weights quantised to one signed byte each (scale in the header).

import { featuresAt, type TagSentence } from "./features.ts";

/** BIO tags over people, organisations, places and other names (CoNLL's four types). */
export const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"] as const;
export const TAG_COUNT = TAGS.length;

export interface NerModel {
  /** Feature name → row in weights. */
  readonly index: ReadonlyMap<string, number>;
  /** TAG_COUNT weights per feature. */
  readonly weights: Float32Array;
}

/** The score of each tag for these features (added into `out`). */
export function scoreInto(model: NerModel, features: readonly string[], out: Float64Array): void {
  out.fill(0);
  for (const f of features) {
    const row = model.index.get(f);
    if (row === undefined) continue;
    const base = row * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) out[t]! += model.weights[base + t]!;
  }
}

/** An I- tag is allowed only where it continues the tag before it. */
function allowed(t: number, prev: number): boolean {
  if (!TAGS[t]!.startsWith("I-")) return true;
  return prev !== 0 && TAGS[prev]!.slice(2) === TAGS[t]!.slice(2);
}

/** The best tag, an I- tag only where it continues the tag before it. */
export function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) if (allowed(t, prev) && scores[t]! > scores[best]!) best = t;
  return best;
}

/** How far the best allowed tag's score is ahead of the next allowed one (the tagger's confidence). */
function marginOf(scores: Float64Array, prev: number, best: number): number {
  let second = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < TAG_COUNT; t++)
    if (t !== best && allowed(t, prev)) second = Math.max(second, scores[t]!);
  return scores[best]! - second;
}

/** The tags of a sentence's words (indexes into TAGS), and each tag's margin over the runner-up. */
export function tagSentenceScored(
  model: NerModel,
  s: TagSentence,
): { tags: Uint8Array; margins: Float32Array } {
  const tags = new Uint8Array(s.words.length);
  const margins = new Float32Array(s.words.length);
  const scores = new Float64Array(TAG_COUNT);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < s.words.length; i++) {
    scoreInto(model, featuresAt(s, i, TAGS[p1]!, TAGS[p2]!), scores);
    const t = bestTag(scores, p1);
    tags[i] = t;
    margins[i] = marginOf(scores, p1, t);
    p2 = p1;
    p1 = t;
  }
  return { tags, margins };
}

/** The tags of a sentence's words, as tag indexes into TAGS. */
export function tagSentenceWith(model: NerModel, s: TagSentence): Uint8Array {
  return tagSentenceScored(model, s).tags;
}

const MAGIC = "ner2";

/**
 * The model as bytes: "ner2", header length, JSON header {scale, features} (padded to an even
 * length), then int16 weights. Sixteen bits, not eight: the perceptron's largest weights are
 * hundreds of times its typical ones, so one byte per weight rounded almost all of them to zero.
 */
export function encodeModel(model: NerModel): Uint8Array {
  const names = [...model.index.keys()];
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1;
  let header = new TextEncoder().encode(JSON.stringify({ scale, tags: TAGS, features: names.join("\n") }));
  if (header.length % 2) header = new TextEncoder().encode(`${new TextDecoder().decode(header)} `);
  const out = new Uint8Array(8 + header.length + names.length * TAG_COUNT * 2);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const q = new Int16Array(out.buffer, 8 + header.length);
  names.forEach((n, r) => {
    const row = model.index.get(n)!;
    for (let t = 0; t < TAG_COUNT; t++)
      q[r * TAG_COUNT + t] = Math.round(model.weights[row * TAG_COUNT + t]! / scale);
  });
  return out;
}

export function decodeModel(bytes: Uint8Array): NerModel {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error("not a tagger model");
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as {
    scale: number;
    features: string;
  };
  const names = header.features.split("\n");
  // copied out (a Buffer's slice is a view): the weights need not sit at an even offset of their buffer
  const body = new Uint8Array(bytes.subarray(8 + len, 8 + len + names.length * TAG_COUNT * 2));
  const q = new Int16Array(body.buffer, 0, names.length * TAG_COUNT);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * header.scale;
  return { index: new Map(names.map((n, i) => [n, i])), weights };
}
