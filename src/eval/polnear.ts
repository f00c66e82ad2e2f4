// `npm run eval -- polnear [train|dev] [--errors] [--json] [--limit N] [--articles N] [--disable a,b]`:
// who said what on real news. Builds every article of a PolNeAR split as the bot does (the same
// article builder, outlet/day/title from metadata.tsv passed as metadata so gold offsets into
// text/<article>.txt are our offsets too), runs the real quote pipeline over the whole split at
// once (one actor model, so names are canonical across articles as in the bot), and scores it
// and the "X said" regex baseline against the hand-annotated attributions (polnear-score.ts).
// `--limit N`: examples per error class with --errors (default 5); `--articles N`: the first N
// articles only. Only train/ and dev/ are ever read: test/ is held out.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { buildActorModel } from "../analysis/actors.ts";
import { buildQuotes, type QuoteFound } from "../analysis/quotes.ts";
import { buildArticle } from "../corpus/article.ts";
import type { Article, SourceMeta } from "../types.ts";
import { parseBrat } from "./brat.ts";
import { dataSet } from "./data-dir.ts";
import { baselineQuotes } from "./polnear-baseline.ts";
import { goldAttributions, lowerCaseWords } from "./polnear-gold.ts";
import type { PolnearReport } from "./polnear-report.ts";
import { renderScores } from "./polnear-report.ts";
import { type ScoredArticle, scoreSplit } from "./polnear-score.ts";

export const POLNEAR_DIR = process.env.POLNEAR_DIR ?? dataSet("polnear").dir;
const SPLITS = new Set(["train", "dev"]);

export interface PipelineOptions {
  /**
   * Named quote-pipeline steps to switch off, for per-step ablation. TODO(quote-steps): the quote
   * pipeline has no named steps yet (src/analysis/quotes.ts is one pass); when it becomes a table
   * of steps, pass this list to it here. Until then a non-empty list is reported and ignored.
   */
  disabledSteps?: readonly string[];
}

/** The bot's quote pipeline, as buildCoverage runs it: one actor model for all articles, then quotes. */
export function runQuotePipeline(articles: Article[], options: PipelineOptions = {}): QuoteFound[] {
  if (options.disabledSteps?.length)
    process.stderr.write(
      `note: the quote pipeline has no named steps yet; ignoring --disable ${options.disabledSteps.join(",")}\n`,
    );
  return buildQuotes(articles, buildActorModel(articles));
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

export function evaluateSplit(
  dir: string,
  split: string,
  options: PipelineOptions & { examples?: number; maxArticles?: number } = {},
): PolnearReport {
  const t0 = performance.now();
  const data = readSplit(dir, split, options.maxArticles);
  const t1 = performance.now();
  const quotes = runQuotePipeline(data.articles, options);
  const pipelineMs = performance.now() - t1;
  const byDoc = new Map<string, QuoteFound[]>();
  for (const q of quotes) byDoc.set(q.docId, [...(byDoc.get(q.docId) ?? []), q]);
  const lower = lowerCaseWords(data.texts.values());
  const scored = (found: (name: string, text: string) => ScoredArticle["found"]): ScoredArticle[] =>
    data.names.map((name) => {
      const text = data.texts.get(name)!;
      const gold = goldAttributions(name, parseBrat(data.anns.get(name)!, text), text, lower);
      return { docId: name, text, gold, found: found(name, text) };
    });
  const ours = scoreSplit(
    scored((name) => byDoc.get(name) ?? []),
    lower,
    options.examples ?? 0,
  );
  const baseline = scoreSplit(
    scored((_, text) => baselineQuotes(text)),
    lower,
    0,
  );
  const passages = data.articles.reduce((s, a) => s + a.passages.length, 0);
  return {
    split,
    articles: data.names.length,
    failed: data.failed,
    passages,
    pipelineMs: Math.round(pipelineMs),
    totalMs: Math.round(performance.now() - t0),
    passagesPerSecond: Math.round(passages / (pipelineMs / 1000)),
    ours,
    baseline,
  };
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
  if (!SPLITS.has(split)) {
    process.stderr.write(`PolNeAR split must be train or dev, not "${split}" (test/ is held out).\n`);
    process.exitCode = 2;
    return;
  }
  const report = evaluateSplit(value("--data") ?? POLNEAR_DIR, split, {
    examples: errors ? Number(value("--limit") ?? 5) : 0,
    maxArticles: value("--articles") ? Number(value("--articles")) : undefined,
    disabledSteps: value("--disable")?.split(",").filter(Boolean) ?? [],
  });
  if (args.includes("--json")) process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(renderScores(report, errors));
}
