// Scores the actor model against hand-labelled mentions (test/fixtures/labels/bbc-actors.jsonl,
// see ACTORS.md there): mention precision/recall by span, and alias resolution — of the labelled
// mentions that are not the actor's canonical name, the share the model links to the same actor
// as the canonical mention. `npx tsx src/eval/actors-bbc.ts [DATA_DIR] [--ablate]` prints the figures (--ablate: the
// ablation table over the actor steps).

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMainModule } from "../main-module.ts";
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

/** Sorted by file, alternating: the even ones tune the rules, the odd ones are held out. */
export function splitLabels(labels: LabelDoc[]): { tune: LabelDoc[]; heldOut: LabelDoc[] } {
  const sorted = [...labels].sort((a, b) => a.file.localeCompare(b.file));
  return {
    tune: sorted.filter((_, i) => i % 2 === 0),
    heldOut: sorted.filter((_, i) => i % 2 === 1),
  };
}

/** One labelled or predicted mention the model got wrong (for looking at the tune half only). */
export interface ActorError {
  file: string;
  kind: "missed" | "spurious" | "alias";
  text: string;
  start: number;
  /** For alias errors: the labelled actor and the model's actor for the mention. */
  actor?: string;
  got?: string | null;
}

/** Running counts while scoring. */
interface Tally {
  gold: number;
  goldIn: number;
  predicted: number;
  matched: number;
  matchedIn: number;
  kindOk: number;
  aliasTotal: number;
  aliasCorrect: number;
  aliasRecognised: number;
}

/** What scoring one labelled article needs besides its labels. */
interface DocContext {
  file: string;
  model: ActorModel;
  bySpan: Map<string, Mention>;
  inPassage: (s: number, e: number) => boolean;
  errors: ActorError[] | undefined;
}

export function scoreActors(
  model: ActorModel,
  articles: ReadonlyMap<string, Article>,
  labels: LabelDoc[],
  errors?: ActorError[],
): ActorScores {
  const t: Tally = {
    gold: 0,
    goldIn: 0,
    predicted: 0,
    matched: 0,
    matchedIn: 0,
    kindOk: 0,
    aliasTotal: 0,
    aliasCorrect: 0,
    aliasRecognised: 0,
  };
  for (const doc of labels) {
    const docId = doc.file.replace(/\.[^.]+$/, "");
    const passages = articles.get(docId)?.passages ?? [];
    const inPassage = (s: number, e: number) => passages.some((p) => p.start <= s && e <= p.end);
    const preds = model.mentionsIn(docId).filter((m) => m.via !== "pronoun" && m.via !== "role");
    t.predicted += preds.length;
    const bySpan = new Map<string, Mention>();
    for (const m of preds) {
      bySpan.set(`${m.start}:${m.end}`, m);
      const [s, e] = normalSpan(m);
      bySpan.set(`${s}:${e}`, m);
    }
    if (errors) errors.push(...spuriousOf(doc, preds));
    const ctx: DocContext = { file: doc.file, model, bySpan, inPassage, errors };
    for (const actor of doc.actors) scoreLabelledActor(actor, ctx, t);
  }
  return scoresOf(t, labels.length);
}

/** Predicted mentions no label covers (for the error listing). */
function spuriousOf(doc: LabelDoc, preds: readonly Mention[]): ActorError[] {
  const goldSpans = new Set(doc.actors.flatMap((a) => a.mentions.map((g) => `${g.start}:${g.end}`)));
  const out: ActorError[] = [];
  for (const m of preds) {
    const [s, e] = normalSpan(m);
    if (!goldSpans.has(`${m.start}:${m.end}`) && !goldSpans.has(`${s}:${e}`))
      out.push({ file: doc.file, kind: "spurious", text: m.text, start: m.start, got: m.actorId });
  }
  return out;
}

function scoreLabelledActor(actor: LabelDoc["actors"][number], ctx: DocContext, t: Tally): void {
  // the model's actor for this labelled actor: the one most of its canonical-name mentions get
  const votes = new Map<string, number>();
  for (const g of actor.mentions) {
    const p = ctx.bySpan.get(`${g.start}:${g.end}`);
    if (p && g.text === actor.name) votes.set(p.actorId, (votes.get(p.actorId) ?? 0) + 1);
  }
  const canonical = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const g of actor.mentions) {
    t.gold++;
    const inside = ctx.inPassage(g.start, g.end);
    if (inside) t.goldIn++;
    const p = ctx.bySpan.get(`${g.start}:${g.end}`);
    if (!p)
      ctx.errors?.push({ file: ctx.file, kind: "missed", text: g.text, start: g.start, actor: actor.name });
    if (p) {
      t.matched++;
      if (inside) t.matchedIn++;
      if (ctx.model.byId.get(p.actorId)?.kind === actor.kind) t.kindOk++;
    }
    if (g.text === actor.name) continue;
    t.aliasTotal++;
    if (p) t.aliasRecognised++;
    if (p && canonical && p.actorId === canonical) t.aliasCorrect++;
    else if (p)
      ctx.errors?.push({
        file: ctx.file,
        kind: "alias",
        text: g.text,
        start: g.start,
        actor: `${actor.name} → ${canonical}`,
        got: p.actorId,
      });
  }
}

function scoresOf(t: Tally, docs: number): ActorScores {
  const precision = t.matched / Math.max(1, t.predicted);
  const recall = t.matched / Math.max(1, t.gold);
  return {
    docs,
    gold: t.gold,
    goldInPassages: t.goldIn,
    predicted: t.predicted,
    matched: t.matched,
    precision: round(precision),
    recall: round(recall),
    recallInPassages: round(t.matchedIn / Math.max(1, t.goldIn)),
    f1: round((2 * precision * recall) / Math.max(1e-9, precision + recall)),
    kindAccuracy: round(t.kindOk / Math.max(1, t.matched)),
    aliasTotal: t.aliasTotal,
    aliasCorrect: t.aliasCorrect,
    aliasAccuracy: round(t.aliasCorrect / Math.max(1, t.aliasTotal)),
    aliasAccuracyRecognised: round(t.aliasCorrect / Math.max(1, t.aliasRecognised)),
  };
}

export const BBC_LABELS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../test/fixtures/labels/bbc-actors.jsonl",
);

if (isMainModule(import.meta.url)) {
  const { loadCorpus } = await import("../corpus/load.ts");
  const { actorStepNames, buildActorModel } = await import("../analysis/actors/index.ts");
  const { sharedDataDir } = await import("./data-dir.ts");
  const dir =
    process.argv.slice(2).find((a) => !a.startsWith("--")) ?? path.join(sharedDataDir(), "bbc-news");
  const corpus = await loadCorpus(dir);
  if (process.argv.includes("--ablate")) {
    const { ablate, formatAblation } = await import("./ablation.ts");
    const byDoc = new Map(corpus.articles.map((a) => [a.docId, a]));
    const labels = readLabels(BBC_LABELS);
    const result = await ablate(actorStepNames(), (sw) => {
      const s = scoreActors(buildActorModel(corpus.articles, sw), byDoc, labels);
      return { P: s.precision, R: s.recall, F1: s.f1, kind: s.kindAccuracy, alias: s.aliasAccuracy };
    });
    process.stdout.write(`${formatAblation(result)}\n`);
    process.exit(0);
  }
  const t0 = performance.now();
  const model = buildActorModel(corpus.articles);
  const ms = Math.round(performance.now() - t0);
  const byDoc = new Map(corpus.articles.map((a) => [a.docId, a]));
  const labels = readLabels(BBC_LABELS);
  const { tune, heldOut } = splitLabels(labels);
  const brief = (s: ActorScores) =>
    `P ${s.precision} R ${s.recall} (in passages ${s.recallInPassages}) kind ${s.kindAccuracy} alias ${s.aliasAccuracy} (${s.aliasCorrect}/${s.aliasTotal}; of recognised ${s.aliasAccuracyRecognised})`;
  const errors: ActorError[] = [];
  const tuneScores = scoreActors(model, byDoc, tune, errors);
  process.stdout.write(
    `${JSON.stringify({ articles: corpus.articles.length, actors: model.actors.length, buildMs: ms, ...scoreActors(model, byDoc, labels) }, null, 2)}\n`,
  );
  process.stdout.write(
    `tune:     ${brief(tuneScores)}\nheld-out: ${brief(scoreActors(model, byDoc, heldOut))}\n`,
  );
  if (process.argv.includes("--errors")) {
    // the tune half only: the held-out half is for measuring, not for reading
    for (const e of errors) {
      const text = byDoc.get(e.file.replace(/\.[^.]+$/, ""))?.text ?? "";
      const ctx = text.slice(Math.max(0, e.start - 50), e.start + e.text.length + 40).replace(/\s+/g, " ");
      process.stdout.write(
        `${e.kind.padEnd(8)} ${e.file} «${e.text}» ${e.actor ?? ""} ${e.got ? `got ${e.got}` : ""}\n    …${ctx}…\n`,
      );
    }
  }
}
