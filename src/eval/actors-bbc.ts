// Scores the actor model against hand-labelled mentions (test/fixtures/labels/bbc-actors.jsonl,
// see ACTORS.md there): mention precision/recall by span, and alias resolution — of the labelled
// mentions that are not the actor's canonical name, the share the model links to the same actor
// as the canonical mention. `npx tsx src/eval/actors-bbc.ts [DATA_DIR]` prints the figures.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ActorModel, Article, Mention } from "../types.ts";

export interface LabelMention {
  start: number;
  end: number;
  text: string;
}
export interface LabelActor {
  name: string;
  kind: "person" | "organization";
  descriptions: string[];
  mentions: LabelMention[];
}
export interface LabelDoc {
  file: string;
  actors: LabelActor[];
}

export interface ActorScores {
  docs: number;
  gold: number;
  /** Gold mentions inside passages (the headline and dropped lines are not coverage text). */
  goldInPassages: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  recallInPassages: number;
  f1: number;
  /** Predicted mentions with the labelled kind, of those matched. */
  kindAccuracy: number;
  aliasTotal: number;
  aliasCorrect: number;
  aliasAccuracy: number;
  /** Of alias mentions the model recognised at all. */
  aliasAccuracyRecognised: number;
}

export function readLabels(file: string): LabelDoc[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelDoc);
}

const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+)+/;

/** A predicted span with a leading honorific and trailing possessive taken off. */
function normalSpan(m: Mention): [number, number] {
  let { start, end } = m;
  const h = HONORIFIC.exec(m.text);
  if (h) start += h[0].length;
  const p = /['’]s?$/.exec(m.text);
  if (p && end - p[0].length > start) end -= p[0].length;
  return [start, end];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function scoreActors(
  model: ActorModel,
  articles: ReadonlyMap<string, Article>,
  labels: LabelDoc[],
): ActorScores {
  let gold = 0;
  let goldIn = 0;
  let predicted = 0;
  let matched = 0;
  let matchedIn = 0;
  let kindOk = 0;
  let aliasTotal = 0;
  let aliasCorrect = 0;
  let aliasRecognised = 0;
  for (const doc of labels) {
    const docId = doc.file.replace(/\.[^.]+$/, "");
    const article = articles.get(docId);
    const passages = article?.passages ?? [];
    const inPassage = (s: number, e: number) => passages.some((p) => p.start <= s && e <= p.end);
    const preds = model.mentionsIn(docId).filter((m) => m.via !== "pronoun" && m.via !== "role");
    predicted += preds.length;
    const bySpan = new Map<string, Mention>();
    for (const m of preds) {
      bySpan.set(`${m.start}:${m.end}`, m);
      const [s, e] = normalSpan(m);
      bySpan.set(`${s}:${e}`, m);
    }
    for (const actor of doc.actors) {
      // the model's actor for this labelled actor: the one most of its canonical-name mentions get
      const votes = new Map<string, number>();
      for (const g of actor.mentions) {
        const p = bySpan.get(`${g.start}:${g.end}`);
        if (p && g.text === actor.name) votes.set(p.actorId, (votes.get(p.actorId) ?? 0) + 1);
      }
      const canonical = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
      for (const g of actor.mentions) {
        gold++;
        const inside = inPassage(g.start, g.end);
        if (inside) goldIn++;
        const p = bySpan.get(`${g.start}:${g.end}`);
        if (p) {
          matched++;
          if (inside) matchedIn++;
          if (model.byId.get(p.actorId)?.kind === actor.kind) kindOk++;
        }
        if (g.text !== actor.name) {
          aliasTotal++;
          if (p) aliasRecognised++;
          if (p && canonical && p.actorId === canonical) aliasCorrect++;
        }
      }
    }
  }
  const precision = matched / Math.max(1, predicted);
  const recall = matched / Math.max(1, gold);
  return {
    docs: labels.length,
    gold,
    goldInPassages: goldIn,
    predicted,
    matched,
    precision: round(precision),
    recall: round(recall),
    recallInPassages: round(matchedIn / Math.max(1, goldIn)),
    f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    kindAccuracy: round(kindOk / Math.max(1, matched)),
    aliasTotal,
    aliasCorrect,
    aliasAccuracy: round(aliasCorrect / Math.max(1, aliasTotal)),
    aliasAccuracyRecognised: round(aliasCorrect / Math.max(1, aliasRecognised)),
  };
}

export const BBC_LABELS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/labels/bbc-actors.jsonl",
);

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { loadCorpus } = await import("../corpus/load.ts");
  const { buildActorModel } = await import("../analysis/actors.ts");
  const dir = process.argv[2] ?? "/work/shared/data/bbc-news";
  const corpus = await loadCorpus(dir);
  const t0 = performance.now();
  const model = buildActorModel(corpus.articles);
  const ms = Math.round(performance.now() - t0);
  const scores = scoreActors(
    model,
    new Map(corpus.articles.map((a) => [a.docId, a])),
    readLabels(BBC_LABELS),
  );
  process.stdout.write(
    `${JSON.stringify({ articles: corpus.articles.length, actors: model.actors.length, buildMs: ms, ...scores }, null, 2)}\n`,
  );
}
