// `npm run bench -- [--corpus DIR | --reuters DIR] [--sizes 10000,100000] [--queries 1000]
// [--no-minisearch] [--json]`: performance of the real pipeline at scale.
//
// For each corpus (a folder of articles; a folder of Reuters .sgm files; or synthetic corpora of
// the given sizes, written once to the OS temp folder), it measures:
//   - ingestion: read + clean + segment + analyse (loadCorpus/buildArticle), then buildCoverage
//     (index and every analysis added there), in passages per second;
//   - memory: heap (JS + typed arrays) per passage beyond the articles' text, after a full GC;
//   - start-up: from the files, and from the snapshot (fingerprint + read + verify + decode +
//     buildCoverage with the restored index), in-process (Node and module loading not included);
//   - latency p50/p99 of every registered command over realistic questions (stopwords included);
//   - MiniSearch with its default options on the same passages: build time, p50, p99 (baseline).
// Prints a table; with --json the last stdout line is one JSON object of every figure.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import MiniSearch from "minisearch";
import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { definitions, primaryOption, runCommand } from "../src/answers/registry.ts";
import { warmSteps } from "../src/answers/warm.ts";
import { corpusFingerprint, readSnapshot, snapshotPath, writeSnapshot } from "../src/cache/snapshot.ts";
import { buildArticle } from "../src/corpus/article.ts";
import { readReutersDir, reutersToArticles } from "../src/corpus/formats/reuters.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../src/coverage.ts";
import { createLogger } from "../src/log.ts";
import { DEFAULT_INDEX_OPTIONS } from "../src/search/index.ts";
import { progressReporter } from "../src/search/progress.ts";
import type { Article, Corpus, CorpusWarning } from "../src/types.ts";
import {
  buildVocabulary,
  generateCorpus,
  generateQueries,
  type SyntheticVocabulary,
  toFileText,
} from "./synthetic.ts";

// ---------------------------------------------------------------------------------------------
// Set-up

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const JSON_OUT = args.includes("--json");
const QUERIES = Number(flag("--queries") ?? 1000);
const SEED = Number(flag("--seed") ?? 1);
const WITH_MINISEARCH = !args.includes("--no-minisearch");
/** Per command: stop after this many milliseconds even when fewer than QUERIES ran. */
const COMMAND_BUDGET_MS = Number(flag("--budget-ms") ?? 30_000);

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const log = createLogger(process.env.LOG_LEVEL ?? "info", false);
const say = (line: string) => process.stderr.write(`${line}\n`);

interface CommandLatency {
  command: string;
  queries: number;
  p50: number;
  p99: number;
  max: number;
}

interface Row {
  corpus: string;
  articles: number;
  passages: number;
  textMB: number;
  readSeconds: number;
  indexSeconds: number;
  /** buildCoverage's analyses (everything after the index). */
  analysisSeconds: number;
  passagesPerSecond: number;
  heapBytesPerPassage: number;
  rssBytesPerPassage: number;
  startupFilesSeconds: number;
  startupSnapshotSeconds: number;
  /** Fields buildCoverage re-ran on load (not plain data, no registered snapshot part). */
  recomputedOnLoad: string[];
  /** Start-up from the snapshot if those fields were stored too. */
  startupIfRegisteredSeconds: number | null;
  /** Building the answer indexes after start-up (the bot does it in the background). */
  warmSeconds: number;
  snapshotWriteSeconds: number;
  snapshotMB: number;
  /** PassageIndex.search alone (40 hits), p50/p99 ms. */
  search: { p50: number; p99: number };
  commands: CommandLatency[];
  minisearch: { buildSeconds: number; p50: number; p99: number } | null;
  ratios: { build: number; p50: number; p99: number } | null;
}

// ---------------------------------------------------------------------------------------------
// Measurements

function memory(): { heap: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external, rss: m.rss };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

function timeEach(inputs: readonly unknown[], fn: (x: unknown) => unknown, budgetMs: number): number[] {
  // Warm-up: the JIT, the lazily built scratch arrays; then a clean heap, as a bot's steady state.
  // Slow commands get a warm-up of at most a tenth of their budget.
  const warmStart = performance.now();
  for (const x of inputs.slice(0, Math.min(100, inputs.length))) {
    fn(x);
    if (performance.now() - warmStart > budgetMs / 10) break;
  }
  gc();
  const times: number[] = [];
  const started = performance.now();
  for (const x of inputs) {
    const t = performance.now();
    fn(x);
    times.push(performance.now() - t);
    if (performance.now() - started > budgetMs) break;
  }
  return times.sort((a, b) => a - b);
}

/** Words of a real corpus in frequency order, for generateQueries. */
function corpusWords(coverage: Coverage): string[] {
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(coverage.passages.length / 20_000));
  for (let i = 0; i < coverage.passages.length; i += step) {
    for (const m of coverage.passages[i]!.text.matchAll(/[A-Za-z]+/g)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/** Questions from a real corpus: half from its vocabulary (generateQueries), half from its titles. */
function realQuestions(coverage: Coverage, n: number, seed: number): string[] {
  const fromWords = generateQueries(Math.ceil(n / 2), seed, corpusWords(coverage)).map((q) => q.text);
  const titles = coverage.corpus.articles.map((a) => a.displayTitle).filter((t) => t.split(" ").length >= 3);
  const shapes = [
    (t: string) => `what happened with ${t}?`,
    (t: string) => `What about ${t}`,
    (t: string) => `why ${t}?`,
    (t: string) => t,
    (t: string) => `is it true that ${t}?`,
    (t: string) => `latest on ${t}`,
  ];
  let x = seed >>> 0 || 1;
  const rand = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
  const fromTitles: string[] = [];
  while (titles.length > 0 && fromTitles.length < n - fromWords.length) {
    const words = titles[Math.floor(rand() * titles.length)]!.split(/\s+/);
    const len = 3 + Math.floor(rand() * 4);
    const from = Math.floor(rand() * Math.max(1, words.length - len));
    const phrase = words.slice(from, from + len).join(" ");
    const shape = shapes[Math.floor(rand() * shapes.length)]!;
    fromTitles.push(rand() < 0.5 ? shape(phrase.toLowerCase()) : shape(phrase));
  }
  const out: string[] = [];
  for (let i = 0; out.length < n && i < n; i++) {
    if (fromWords[i]) out.push(fromWords[i]!);
    if (fromTitles[i] && out.length < n) out.push(fromTitles[i]!);
  }
  return out;
}

function namesOf(coverage: Coverage, vocabulary: SyntheticVocabulary | null, n: number): string[] {
  if (vocabulary) return vocabulary.people.slice(0, n).map((p) => `${p.first} ${p.last}`);
  const caps = corpusWords(coverage).filter((w) => /^[A-Z][a-z]{2,}$/.test(w));
  return caps.slice(0, n);
}

/** p50/p99 of every registered command: its main text option filled with a question (or a name). */
function commandLatencies(coverage: Coverage, questions: string[], names: string[]): CommandLatency[] {
  const out: CommandLatency[] = [];
  for (const def of definitions()) {
    const option = primaryOption(def);
    const pool = option && /name|actor|person|speaker/i.test(option) ? names : questions;
    const inputs = option ? pool.map((q) => ({ [option]: q })) : questions.map(() => ({}));
    const times = timeEach(
      inputs,
      (o) => runCommand(coverage, def.name, o as Record<string, string>),
      COMMAND_BUDGET_MS,
    );
    out.push({
      command: def.name,
      queries: times.length,
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      max: round(times[times.length - 1] ?? 0),
    });
    const c = out[out.length - 1]!;
    say(`/${c.command}: p50 ${c.p50} ms, p99 ${c.p99} ms (${c.queries} runs)`);
  }
  return out;
}

function miniSearchBaseline(coverage: Coverage, questions: string[]): Row["minisearch"] {
  gc();
  const started = performance.now();
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  const docs = coverage.passages.map((p, id) => ({ id, text: p.text }));
  ms.addAll(docs);
  const buildSeconds = (performance.now() - started) / 1000;
  const times = timeEach(questions, (q) => ms.search(q as string), COMMAND_BUDGET_MS);
  return {
    buildSeconds: round(buildSeconds),
    p50: round(percentile(times, 50)),
    p99: round(percentile(times, 99)),
  };
}

// ---------------------------------------------------------------------------------------------
// Corpora

async function syntheticDir(passages: number, vocabulary: SyntheticVocabulary): Promise<string> {
  const dir = join(tmpdir(), "coverage-bot-bench", `synthetic-${passages}-seed${SEED}`);
  if (existsSync(join(dir, ".complete"))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  say(`writing a synthetic corpus of ${passages} paragraphs to ${dir} …`);
  const pending = new Set<Promise<void>>();
  for (const article of generateCorpus({ passages, seed: SEED, vocabulary })) {
    const p = writeFile(join(dir, `${article.docId}.txt`), toFileText(article)).then(() => {
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
  await writeFile(join(dir, ".complete"), "");
  return dir;
}

async function reutersCorpus(dir: string): Promise<Corpus> {
  const { stories, skipped } = await readReutersDir(dir);
  const warnings: CorpusWarning[] = skipped.map((s) => ({ file: `NEWID ${s.id ?? "?"}`, reason: s.reason }));
  const articles: Article[] = [];
  const items = reutersToArticles(stories);
  const progress = progressReporter(log, "reading", { unit: "stories" });
  items.forEach((r, i) => {
    const result = buildArticle(`${r.docId}.txt`, r.text, r.meta);
    if (result.ok) articles.push(result.article);
    else warnings.push({ file: r.docId, reason: result.reason });
    if ((i + 1) % 1000 === 0 || i + 1 === items.length) progress(i + 1, items.length);
  });
  return { dir, articles, warnings };
}

const isReutersDir = async (dir: string): Promise<boolean> =>
  (await readdir(dir)).some((n) => n.toLowerCase().endsWith(".sgm"));

// ---------------------------------------------------------------------------------------------
// One corpus

async function measure(
  label: string,
  load: () => Promise<Corpus>,
  dir: string | null,
  vocabulary: SyntheticVocabulary | null,
): Promise<Row> {
  say(`\n== ${label}`);
  const before = memory();
  const t0 = performance.now();
  const corpus = await load();
  const t1 = performance.now();
  const indexProgress = progressReporter(log, "indexing", { unit: "passages" });
  let tIndexed = 0;
  // Served as the bot serves it: with its answer indexes (built by the warm-up below).
  const coverage = withAnswerIndexes(
    buildCoverage(corpus, {
      onProgress: (done, total) => {
        indexProgress(done, total);
        if (done >= total) tIndexed = performance.now();
      },
    }),
  );
  const t2 = performance.now();
  const after = memory();
  const passages = coverage.passages.length;
  let textChars = 0;
  for (const a of corpus.articles) textChars += a.text.length;
  say(`${corpus.articles.length} articles, ${passages} passages in ${((t2 - t0) / 1000).toFixed(1)} s`);

  // Snapshot, then start-up from it the way the bot starts (for a folder: fingerprint included).
  const cacheDir = join(tmpdir(), "coverage-bot-bench", "cache");
  const snapFile = dir ? snapshotPath(cacheDir, dir) : join(cacheDir, `${label.replace(/\W+/g, "-")}.snap`);
  const fingerprint = dir ? await corpusFingerprint(dir, DEFAULT_INDEX_OPTIONS) : "bench";
  const tw = performance.now();
  const { bytes } = await writeSnapshot(snapFile, coverage, fingerprint);
  const snapshotWriteSeconds = (performance.now() - tw) / 1000;
  // Start-up from the snapshot as loadCoverage does it: fingerprint (a stat of every file), read,
  // verify, decode; fields that are not plain data and not registered make it re-run buildCoverage.
  const ts = performance.now();
  const fp = dir ? await corpusFingerprint(dir, DEFAULT_INDEX_OPTIONS) : fingerprint;
  const snap = await readSnapshot(snapFile, fp);
  if (!snap.ok) throw new Error(`snapshot unreadable: ${snap.detail}`);
  // What start-up does when an analysis could not be stored: re-run the analyses (lifecycle/load).
  const restored = snap.coverage ?? buildCoverage(snap.corpus, { index: snap.index });
  const startupSnapshotSeconds = (performance.now() - ts) / 1000;
  if (restored.passages.length !== passages) throw new Error("snapshot round trip lost passages");
  const recomputed = snap.recomputed;
  // What start-up would be if those fields were registered: a snapshot without them.
  let startupIfRegisteredSeconds: number | null = null;
  if (recomputed.length > 0) {
    const partial: Record<string, unknown> = { ...coverage };
    for (const key of recomputed) delete partial[key];
    const file2 = `${snapFile}.partial`;
    await writeSnapshot(file2, partial as unknown as Coverage, fp);
    const t3 = performance.now();
    if (dir) await corpusFingerprint(dir, DEFAULT_INDEX_OPTIONS);
    const again = await readSnapshot(file2, fp);
    if (!again.ok) throw new Error(`snapshot unreadable: ${again.detail}`);
    startupIfRegisteredSeconds = (performance.now() - t3) / 1000;
    await rm(file2, { force: true });
  }
  say(
    `snapshot ${(bytes / 1e6).toFixed(1)} MB written in ${snapshotWriteSeconds.toFixed(2)} s, start-up ${startupSnapshotSeconds.toFixed(2)} s`,
  );

  // The bot builds its answer indexes right after start-up, before the first question.
  const tWarm = performance.now();
  for (const step of warmSteps(coverage, Number.POSITIVE_INFINITY)) while (!step());
  const warmSeconds = (performance.now() - tWarm) / 1000;
  say(`answer indexes built in ${warmSeconds.toFixed(2)} s (in the background after start-up)`);

  const questions = vocabulary
    ? generateQueries(QUERIES, SEED, vocabulary).map((q) => q.text)
    : realQuestions(coverage, QUERIES, SEED);
  // The index alone (what /ask asks of it: 40 hits), apart from building the answer.
  const searchTimes = timeEach(questions, (q) => coverage.index.search(q as string, 40), COMMAND_BUDGET_MS);
  const search = { p50: round(percentile(searchTimes, 50)), p99: round(percentile(searchTimes, 99)) };
  say(`index.search: p50 ${search.p50} ms, p99 ${search.p99} ms`);
  const commands = commandLatencies(coverage, questions, namesOf(coverage, vocabulary, QUERIES));

  let minisearch: Row["minisearch"] = null;
  if (WITH_MINISEARCH) {
    minisearch = miniSearchBaseline(coverage, questions);
    say(
      `MiniSearch defaults: build ${minisearch!.buildSeconds} s, p50 ${minisearch!.p50} ms, p99 ${minisearch!.p99} ms`,
    );
  }
  const ask = commands.find((c) => c.command === "ask");
  const indexSeconds = ((tIndexed || t2) - t1) / 1000;
  const analysisSeconds = (t2 - (tIndexed || t2)) / 1000;
  return {
    corpus: label,
    articles: corpus.articles.length,
    passages,
    textMB: round(textChars / 1e6, 1),
    readSeconds: round((t1 - t0) / 1000),
    indexSeconds: round(indexSeconds),
    analysisSeconds: round(analysisSeconds),
    passagesPerSecond: Math.round(passages / ((t2 - t0) / 1000)),
    heapBytesPerPassage: Math.round((after.heap - before.heap - textChars) / Math.max(1, passages)),
    rssBytesPerPassage: Math.round((after.rss - before.rss - textChars) / Math.max(1, passages)),
    startupFilesSeconds: round((t2 - t0) / 1000),
    startupSnapshotSeconds: round(startupSnapshotSeconds),
    recomputedOnLoad: recomputed,
    startupIfRegisteredSeconds:
      startupIfRegisteredSeconds === null ? null : round(startupIfRegisteredSeconds),
    warmSeconds: round(warmSeconds),
    snapshotWriteSeconds: round(snapshotWriteSeconds),
    snapshotMB: round(bytes / 1e6, 1),
    search,
    commands,
    minisearch,
    ratios:
      minisearch && ask
        ? {
            build: round(minisearch.buildSeconds / Math.max(1e-9, indexSeconds), 1),
            p50: round(minisearch.p50 / Math.max(1e-6, ask.p50), 1),
            p99: round(minisearch.p99 / Math.max(1e-6, ask.p99), 1),
          }
        : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Output

function table(rows: Row[]): string {
  const commandNames = [...new Set(rows.flatMap((r) => r.commands.map((c) => c.command)))];
  const head = [
    "corpus",
    "passages",
    "passages/s",
    "index s",
    "coverage analyses s",
    "heap B/passage",
    "start files s",
    "start snapshot s",
    "snapshot MB",
    "answer indexes s",
    "index.search p50/p99 ms",
    ...commandNames.map((c) => `/${c} p50/p99 ms`),
    "MiniSearch build s",
    "MiniSearch p50/p99 ms",
    "MiniSearch ÷ ours (build, p50, p99)",
  ];
  const lines = rows.map((r) => [
    r.corpus,
    r.passages.toLocaleString("en-US"),
    r.passagesPerSecond.toLocaleString("en-US"),
    String(r.indexSeconds),
    String(r.analysisSeconds),
    String(r.heapBytesPerPassage),
    String(r.startupFilesSeconds),
    r.recomputedOnLoad.length
      ? `${r.startupSnapshotSeconds} (re-runs ${r.recomputedOnLoad.join(", ")}; ${r.startupIfRegisteredSeconds} if stored)`
      : String(r.startupSnapshotSeconds),
    String(r.snapshotMB),
    String(r.warmSeconds),
    `${r.search.p50} / ${r.search.p99}`,
    ...commandNames.map((name) => {
      const c = r.commands.find((x) => x.command === name);
      return c ? `${c.p50} / ${c.p99}` : "—";
    }),
    r.minisearch ? String(r.minisearch.buildSeconds) : "—",
    r.minisearch ? `${r.minisearch.p50} / ${r.minisearch.p99}` : "—",
    r.ratios ? `${r.ratios.build}× / ${r.ratios.p50}× / ${r.ratios.p99}×` : "—",
  ]);
  const md = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [md(head), md(head.map(() => "---")), ...lines.map(md)].join("\n");
}

async function main(): Promise<void> {
  const corpusArg = flag("--corpus");
  const reutersArg = flag("--reuters");
  const sizes = (flag("--sizes") ?? (corpusArg || reutersArg ? "" : "10000,100000"))
    .split(",")
    .filter(Boolean)
    .map(Number);
  // A million passages need more than Node's default heap: re-run with a larger one.
  const needMB = Math.max(0, ...sizes) >= 500_000 ? 12_288 : 0;
  if (needMB && v8.getHeapStatistics().heap_size_limit < needMB * 1e6 * 0.9 && !process.env.BENCH_RESPAWNED) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${needMB}`, process.argv[1]!, ...args],
      { stdio: "inherit", env: { ...process.env, BENCH_RESPAWNED: "1" } },
    );
    process.exit(r.status ?? 1);
  }
  const rows: Row[] = [];
  if (reutersArg || (corpusArg && (await isReutersDir(resolve(corpusArg))))) {
    const dir = resolve((reutersArg ?? corpusArg)!);
    rows.push(await measure("reuters-21578", () => reutersCorpus(dir), null, null));
  } else if (corpusArg) {
    const dir = resolve(corpusArg);
    const name = dir.split(/[\\/]/).pop() ?? dir;
    rows.push(
      await measure(
        name,
        () => loadCorpus(dir, { onProgress: progressReporter(log, "reading", { unit: "files" }) }),
        dir,
        null,
      ),
    );
  }
  if (sizes.length > 0) {
    const vocabulary = buildVocabulary();
    for (const n of sizes) {
      const dir = await syntheticDir(n, vocabulary);
      rows.push(
        await measure(
          `synthetic ${n.toLocaleString("en-US")}`,
          () => loadCorpus(dir, { onProgress: progressReporter(log, "reading", { unit: "files" }) }),
          dir,
          vocabulary,
        ),
      );
    }
  }
  process.stdout.write(`${table(rows)}\n`);
  if (JSON_OUT) process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
