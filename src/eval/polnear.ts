// `npm run eval -- polnear [train|dev] [--errors] [--pronoun-misses] [--json] [--limit N] [--articles N] [--disable a,b] [--ablate]`:
// who said what on real news. Builds every article of a PolNeAR split as the bot does (the same
// article builder, outlet/day/title from metadata.tsv passed as metadata so gold offsets into
// text/<article>.txt are our offsets too), runs the real quote pipeline over the whole split at
// once (one actor model, so names are canonical across articles as in the bot), and scores it
// and the "X said" regex baseline against the hand-annotated attributions (polnear-score.ts).
// `--limit N`: examples per error class with --errors (default 5); `--articles N`: the first N
// articles only. `--pronoun-misses`: every gold pronoun Source our speaker gets wrong, with context.
// Only train/ and dev/ are ever read: test/ is held out.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildActorModel } from "../analysis/actors/index.ts";
import { buildQuotes, QUOTE_STEPS, type QuoteFound } from "../analysis/quotes/index.ts";
import { switchOff } from "../analysis/steps.ts";
import { buildArticle } from "../corpus/article.ts";
import type { ActorModel, Article, SourceMeta } from "../types.ts";
import { ablate, type Figures, formatAblation } from "./ablation.ts";
import { parseBrat } from "./brat.ts";
import { dataSet } from "./data-dir.ts";
import { baselineQuotes } from "./polnear-baseline.ts";
import { goldAttributions, lowerCaseWords } from "./polnear-gold.ts";
import type { PolnearReport } from "./polnear-report.ts";
import { renderPronounMisses, renderScores } from "./polnear-report.ts";
import { type ScoredArticle, type SplitScores, scoreSplit } from "./polnear-score.ts";

export const POLNEAR_DIR = process.env.POLNEAR_DIR ?? dataSet("polnear").dir;
const SPLITS = new Set(["train", "dev"]);

export interface PipelineOptions {
  /** Quote steps to switch off ("quotes.<step>" or the bare step name), for the ablation. */
  disabledSteps?: readonly string[];
  /** The split's actor model, when one is already built (the ablation builds it once). */
  actors?: ActorModel;
}

/** The bot's quote pipeline, as buildCoverage runs it: one actor model for all articles, then quotes. */
export function runQuotePipeline(articles: Article[], options: PipelineOptions = {}): QuoteFound[] {
  const off = (options.disabledSteps ?? []).map((n) => (n.includes(".") ? n : `quotes.${n}`));
  return buildQuotes(articles, options.actors ?? buildActorModel(articles), switchOff(...off));
}

interface MetaRow {
  split: string;
  meta: Partial<SourceMeta>;
}

/** metadata.tsv: filename → outlet, day, title (rows of the held-out split are not used). */
export function readMetadata(tsv: string): Map<string, MetaRow> {
  const [head, ...rows] = tsv.split(/\r?\n/).filter((l) => l.trim());
  const cols = head!.split("\t");
  const col = (name: string) => cols.indexOf(name);
  const out = new Map<string, MetaRow>();
  for (const r of rows) {
    const f = r.split("\t");
    out.set(f[col("filename")]!, {
      split: f[col("compartment")]!,
      meta: {
        outlet: f[col("publisher")] || null,
        published: f[col("publication_date")] || null,
        title: f[col("title")] || null,
        byline: f[col("author")] || null,
      },
    });
  }
  return out;
}

interface SplitData {
  names: string[];
  texts: Map<string, string>;
  anns: Map<string, string>;
  articles: Article[];
  failed: string[];
}

/** Reads a split's texts and first-annotator .ann files, and builds each article as the bot would. */
export function readSplit(dir: string, split: string, max = Infinity): SplitData {
  if (!SPLITS.has(split)) throw new Error(`PolNeAR split must be train or dev, not "${split}".`);
  const metadata = readMetadata(readFileSync(path.join(dir, "metadata.tsv"), "utf8"));
  const textDir = path.join(dir, split, "text");
  const annFiles = readdirSync(path.join(dir, split, "attributions")).sort();
  const names = readdirSync(textDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .slice(0, max)
    .map((f) => f.replace(/\.txt$/, ""));
  const data: SplitData = { names, texts: new Map(), anns: new Map(), articles: [], failed: [] };
  for (const name of names) {
    const text = readFileSync(path.join(textDir, `${name}.txt`), "utf8");
    data.texts.set(name, text);
    // Several annotators: the first file in name order is the gold.
    const ann = annFiles.find(
      (f) => f.startsWith(`${name}_`) && /^[^_]+\.ann$/.test(f.slice(name.length + 1)),
    );
    data.anns.set(name, ann ? readFileSync(path.join(dir, split, "attributions", ann), "utf8") : "");
    const built = buildArticle(`${name}.txt`, text, metadata.get(name)?.meta ?? {});
    if (built.ok) data.articles.push(built.article);
    else data.failed.push(`${name}: ${built.reason}`);
  }
  return data;
}

/** A split read once, with its gold attributions: scored against any run of the pipeline. */
interface PreparedSplit {
  data: SplitData;
  lower: ReturnType<typeof lowerCaseWords>;
  scored(found: (name: string, text: string) => ScoredArticle["found"]): ScoredArticle[];
}

function prepareSplit(dir: string, split: string, maxArticles?: number): PreparedSplit {
  const data = readSplit(dir, split, maxArticles);
  const lower = lowerCaseWords(data.texts.values());
  const gold = new Map(
    data.names.map((name) => {
      const text = data.texts.get(name)!;
      return [name, goldAttributions(name, parseBrat(data.anns.get(name)!, text), text, lower)] as const;
    }),
  );
  const scored = (found: (name: string, text: string) => ScoredArticle["found"]): ScoredArticle[] =>
    data.names.map((name) => {
      const text = data.texts.get(name)!;
      return { docId: name, text, gold: gold.get(name)!, found: found(name, text) };
    });
  return { data, lower, scored };
}

function scoreOurs(prep: PreparedSplit, quotes: readonly QuoteFound[], examples: number): SplitScores {
  const byDoc = new Map<string, QuoteFound[]>();
  for (const q of quotes) byDoc.set(q.docId, [...(byDoc.get(q.docId) ?? []), q]);
  return scoreSplit(
    prep.scored((name) => byDoc.get(name) ?? []),
    prep.lower,
    examples,
  );
}

export function evaluateSplit(
  dir: string,
  split: string,
  options: PipelineOptions & { examples?: number; maxArticles?: number } = {},
): PolnearReport {
  const t0 = performance.now();
  const prep = prepareSplit(dir, split, options.maxArticles);
  const t1 = performance.now();
  const quotes = runQuotePipeline(prep.data.articles, options);
  const pipelineMs = performance.now() - t1;
  const ours = scoreOurs(prep, quotes, options.examples ?? 0);
  const baseline = scoreSplit(
    prep.scored((_, text) => baselineQuotes(text)),
    prep.lower,
    0,
  );
  const passages = prep.data.articles.reduce((s, a) => s + a.passages.length, 0);
  return {
    split,
    articles: prep.data.names.length,
    failed: prep.data.failed,
    passages,
    pipelineMs: Math.round(pipelineMs),
    totalMs: Math.round(performance.now() - t0),
    passagesPerSecond: Math.round(passages / (pipelineMs / 1000)),
    ours,
    baseline,
  };
}

/** The ablation figures of one run: direct quotations, named-source precision and recall; reported
 *  speech precision and recall (repP, repR). */
function ablationFigures(s: SplitScores): Figures {
  const d = s.direct;
  const r = s.reported;
  const pct = (a: number, b: number) => (b ? Math.round((1000 * a) / b) / 10 : 0);
  return {
    found: pct(d.found, d.gold),
    attributed: pct(d.attributed, d.gold),
    namedP: pct(d.precisionRight, d.precisionBase),
    namedR: pct(d.namedRight, d.namedGold),
    pronounR: pct(d.pronounRight, d.pronounWithAntecedent),
    repP: pct(r.precisionRight, r.precisionBase),
    repR: pct(r.right, r.gold),
  };
}

/** Figures with every quote step on, then the change when each is switched off. */
export async function ablateSplit(dir: string, split: string, maxArticles?: number): Promise<string> {
  const prep = prepareSplit(dir, split, maxArticles);
  const actors = buildActorModel(prep.data.articles);
  const result = await ablate(QUOTE_STEPS, (switches) =>
    ablationFigures(scoreOurs(prep, buildQuotes(prep.data.articles, actors, switches), 0)),
  );
  return `PolNeAR ${split}: quote steps (direct quotations; repP/repR reported speech, %)\n${formatAblation(result)}\n`;
}

/** The CLI: arguments after `polnear`. */
export function polnearCli(args: string[]): void {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  // The positions of flag values, so a value is never read as the split.
  const flagged = new Set(
    ["--limit", "--articles", "--disable", "--data"]
      .map((f) => args.indexOf(f))
      .filter((i) => i >= 0)
      .map((i) => i + 1),
  );
  const split = args.find((a, i) => !a.startsWith("--") && !flagged.has(i)) ?? "dev";
  const errors = args.includes("--errors");
  const pronounMisses = args.includes("--pronoun-misses");
  if (!SPLITS.has(split)) {
    process.stderr.write(`PolNeAR split must be train or dev, not "${split}" (test/ is held out).\n`);
    process.exitCode = 2;
    return;
  }
  const maxArticles = value("--articles") ? Number(value("--articles")) : undefined;
  if (args.includes("--ablate")) {
    void ablateSplit(value("--data") ?? POLNEAR_DIR, split, maxArticles).then((t) => process.stdout.write(t));
    return;
  }
  const report = evaluateSplit(value("--data") ?? POLNEAR_DIR, split, {
    examples: errors || pronounMisses ? Number(value("--limit") ?? 5) : 0,
    maxArticles,
    disabledSteps: value("--disable")?.split(",").filter(Boolean) ?? [],
  });
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(renderScores(report, errors));
  if (pronounMisses) process.stdout.write(renderPronounMisses(report));
}
