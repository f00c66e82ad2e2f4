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

/** The best tag, an I- tag only where it continues the tag before it. */
export function bestTag(scores: Float64Array, prev: number): number {
  let best = 0;
  for (let t = 1; t < TAG_COUNT; t++) {
    const inside = TAGS[t]!.startsWith("I-");
    if (inside && (prev === 0 || TAGS[prev]!.slice(2) !== TAGS[t]!.slice(2))) continue;
    if (scores[t]! > scores[best]!) best = t;
  }
  return best;
}

/** The tags of a sentence's words, as tag indexes into TAGS. */
export function tagSentenceWith(model: NerModel, s: TagSentence): Uint8Array {
  const out = new Uint8Array(s.words.length);
  const scores = new Float64Array(TAG_COUNT);
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < s.words.length; i++) {
    scoreInto(model, featuresAt(s, i, TAGS[p1]!, TAGS[p2]!), scores);
    const t = bestTag(scores, p1);
    out[i] = t;
    p2 = p1;
    p1 = t;
  }
  return out;
}

const MAGIC = "ner1";

/** The model as bytes: "ner1", header length, JSON header {scale, features}, int8 weights. */
export function encodeModel(model: NerModel): Uint8Array {
  const names = [...model.index.keys()];
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const header = new TextEncoder().encode(JSON.stringify({ scale, tags: TAGS, features: names.join("\n") }));
  const out = new Uint8Array(8 + header.length + names.length * TAG_COUNT);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const q = new Int8Array(out.buffer, 8 + header.length);
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
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + 8 + len, names.length * TAG_COUNT);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * header.scale;
  return { index: new Map(names.map((n, i) => [n, i])), weights };
}
