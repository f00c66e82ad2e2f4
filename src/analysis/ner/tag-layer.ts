// The tagger over an article's text layer: each sentence's tokens (punctuation included, as
// the tagger was trained) tagged left to right, and the tags read back as spans of the text.

import { type TextLayer, tokenText } from "../../text/tokens.ts";
import { compileTagger } from "./compiled.ts";
import { type NerModel, TAGS } from "./model.ts";

export type NerType = "PER" | "ORG" | "LOC" | "MISC";

/** A name the tagger found: text offsets and its type. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** The tagger's confidence: the smallest margin of its words' tags over the runner-up tag. */
  margin: number;
}

/** The layer's tokens of each sentence, as [first, end) token ranges. */
export function sentenceRanges(layer: TextLayer): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let k = 1; k <= layer.count; k++) {
    if (k === layer.count || layer.sentence[k] !== layer.sentence[from]) {
      out.push([from, k]);
      from = k;
    }
  }
  return out;
}

/** The words of tokens [from, to) of the layer. */
export function wordsOf(layer: TextLayer, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(tokenText(layer, k));
  return out;
}

/** The tag of every token of the layer (indexes into TAGS) and its margin over the runner-up. */
export function tagLayer(layer: TextLayer, model: NerModel): { tags: Uint8Array; margins: Float32Array } {
  const tags = new Uint8Array(layer.count);
  const margins = new Float32Array(layer.count);
  const tagger = compileTagger(model);
  // one words array for every sentence (the tagger reads it before the next is filled)
  const words: string[] = [];
  let from = 0;
  for (let k = 1; k <= layer.count; k++) {
    if (k < layer.count && layer.sentence[k] === layer.sentence[from]) continue;
    words.length = 0;
    for (let j = from; j < k; j++) words.push(tokenText(layer, j));
    tagger.tagInto(words, tags, margins, from);
    from = k;
  }
  return { tags, margins };
}

/** The names the tags mark: a B- tag and the I- tags of the same type after it. */
export function spansOf(layer: TextLayer, tagged: { tags: Uint8Array; margins: Float32Array }): NerSpan[] {
  const { tags, margins } = tagged;
  const out: NerSpan[] = [];
  let cur: NerSpan | null = null;
  for (let k = 0; k < layer.count; k++) {
    const tag = TAGS[tags[k]!]!;
    const type = tag.slice(2) as NerType;
    const continues =
      cur && tag.startsWith("I-") && cur.type === type && layer.sentence[k] === layer.sentence[k - 1];
    if (continues) {
      cur!.end = layer.end[k]!;
      cur!.margin = Math.min(cur!.margin, margins[k]!);
      continue;
    }
    if (cur) out.push(cur);
    cur = tag === "O" ? null : { start: layer.start[k]!, end: layer.end[k]!, type, margin: margins[k]! };
  }
  if (cur) out.push(cur);
  return out;
}
