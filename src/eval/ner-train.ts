// `npx tsx src/eval/ner-train.ts [--epochs N] [--min-count N] [--out FILE]`: trains the tagger
// (src/analysis/ner/) on CoNLL-2003 eng.train only, an averaged perceptron over the features of
// features.ts, reporting PER/ORG/LOC span F1 on eng.testa after each epoch (to choose the epoch
// count; eng.testb is never read). Writes the averaged weights of the last epoch, features seen
// fewer than --min-count times and near-zero weights pruned, quantised to 16 bits each.

import { writeFileSync } from "node:fs";
import { featuresAt, tagSentence } from "../analysis/ner/features.ts";
import {
  bestTag,
  decodeModel,
  encodeModel,
  type NerModel,
  TAG_COUNT,
  TAGS,
  tagSentenceWith,
} from "../analysis/ner/model.ts";
import { type TrainSentence, trainingSentences } from "./ner-data.ts";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : dflt;
};
const EPOCHS = Number(arg("--epochs", "8"));
const MIN_COUNT = Number(arg("--min-count", "2"));
const PRUNE = Number(arg("--prune", "0.02"));
const OUT = arg("--out", "src/analysis/ner/weights.bin");

/** An averaged perceptron under training: current weights, their running totals, last change. */
class Trainer {
  index = new Map<string, number>();
  w: number[] = [];
  totals: number[] = [];
  stamps: number[] = [];
  counts: number[] = [];
  now = 0;

  row(f: string, grow: boolean): number | undefined {
    let r = this.index.get(f);
    if (r === undefined && grow) {
      r = this.index.size;
      this.index.set(f, r);
      for (let t = 0; t < TAG_COUNT; t++) {
        this.w.push(0);
        this.totals.push(0);
        this.stamps.push(0);
      }
      this.counts.push(0);
    }
    return r;
  }

  update(features: string[], gold: number, guess: number) {
    this.now++;
    for (const f of features) {
      const r = this.row(f, true)!;
      this.counts[r]!++;
      if (gold === guess) continue;
      for (const [t, d] of [
        [gold, 1],
        [guess, -1],
      ] as const) {
        const i = r * TAG_COUNT + t;
        this.totals[i]! += (this.now - this.stamps[i]!) * this.w[i]!;
        this.stamps[i] = this.now;
        this.w[i]! += d;
      }
    }
  }

  /** The averaged weights as a model (optionally pruned). */
  averaged(prune: boolean): NerModel {
    const index = new Map<string, number>();
    const keep: number[] = [];
    for (const [f, r] of this.index) {
      const avg: number[] = [];
      for (let t = 0; t < TAG_COUNT; t++) {
        const i = r * TAG_COUNT + t;
        avg.push((this.totals[i]! + (this.now - this.stamps[i]!) * this.w[i]!) / this.now);
      }
      if (prune && (this.counts[r]! < MIN_COUNT || avg.every((x) => Math.abs(x) < PRUNE))) continue;
      index.set(f, index.size);
      keep.push(...avg);
    }
    return { index, weights: Float32Array.from(keep) };
  }
}

function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function trainEpoch(tr: Trainer, data: TrainSentence[], epoch: number) {
  const scores = new Float64Array(TAG_COUNT);
  for (const sent of shuffle(data, epoch + 1)) {
    const s = tagSentence(sent.words);
    let p1 = 0;
    let p2 = 0;
    for (let i = 0; i < sent.words.length; i++) {
      const fs = featuresAt(s, i, TAGS[p1]!, TAGS[p2]!);
      scores.fill(0);
      for (const f of fs) {
        const r = tr.row(f, false);
        if (r === undefined) continue;
        for (let t = 0; t < TAG_COUNT; t++) scores[t]! += tr.w[r * TAG_COUNT + t]!;
      }
      const guess = bestTag(scores, p1);
      tr.update(fs, sent.gold[i]!, guess);
      p2 = p1;
      p1 = guess;
    }
  }
}

/** Span precision/recall/F1 per type over the sentences. */
function evaluate(model: NerModel, data: TrainSentence[]): Record<string, string> {
  const spans = (tags: ArrayLike<number>) => {
    const out = new Set<string>();
    let start = -1;
    let type = "";
    for (let i = 0; i <= tags.length; i++) {
      const tag = i < tags.length ? TAGS[tags[i]!]! : "O";
      if (start >= 0 && !(tag.startsWith("I-") && tag.slice(2) === type)) {
        out.add(`${start}:${i}:${type}`);
        start = -1;
      }
      if (tag.startsWith("B-") || (tag.startsWith("I-") && start < 0)) {
        start = i;
        type = tag.slice(2);
      }
    }
    return out;
  };
  const c: Record<string, [number, number, number]> = {};
  for (const sent of data) {
    const guess = spans(tagSentenceWith(model, tagSentence(sent.words)));
    const gold = spans(sent.gold);
    const count = (span: string) => {
      const type = span.split(":")[2]!;
      c[type] ??= [0, 0, 0];
      return c[type];
    };
    for (const g of gold) count(g)[1]++;
    for (const p of guess) {
      const e = count(p);
      e[2]++;
      if (gold.has(p)) e[0]++;
    }
  }
  const out: Record<string, string> = {};
  for (const [t, [ok, g, p]] of Object.entries(c))
    out[t] = `P ${(ok / p).toFixed(3)} R ${(ok / g).toFixed(3)} F1 ${((2 * ok) / (g + p)).toFixed(3)}`;
  return out;
}

const train = trainingSentences("eng.train");
const testa = trainingSentences("eng.testa");
console.log(`${train.length} train sentences, ${testa.length} testa sentences`);
const tr = new Trainer();
for (let e = 0; e < EPOCHS; e++) {
  const t0 = performance.now();
  trainEpoch(tr, train, e);
  const model = tr.averaged(true);
  console.log(
    `epoch ${e + 1} (${Math.round(performance.now() - t0)} ms, ${model.index.size} features):`,
    JSON.stringify(evaluate(model, testa)),
  );
}
const bytes = encodeModel(tr.averaged(true));
writeFileSync(OUT, bytes);
console.log(`wrote ${OUT}: ${(bytes.length / 1e6).toFixed(2)} MB`);
// the figures of the model as shipped (quantised), which is what the actor model runs
console.log("as written:", JSON.stringify(evaluate(decodeModel(bytes), testa)));
