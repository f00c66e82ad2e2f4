// `npm run bench -- [--corpus DIR | --reuters DIR] [--sizes 10000,100000] [--queries 1000]
// [--no-minisearch] [--json] [--names 300000 [--labels 350000]]`: performance of the real pipeline at scale.
//
// For each corpus (a folder of articles; a folder of Reuters .sgm files; or synthetic corpora of
// the given sizes, written once to the OS temp folder), it measures:
//   - ingestion: read + clean + segment + analyse (loadCorpus/buildArticle), then buildCoverage
//     (index and every analysis added there), in passages per second;
//   - memory: heap (JS + typed arrays) per passage beyond the articles' text, after a full GC;
//   - start-up: from the files, and from the snapshot (fingerprint + read + verify + decode +
//     buildCoverage with the restored index), in-process (Node and module loading not included);
//   - latency p50/p99 of every registered command over realistic questions (stopwords included),
//     and of every autocomplete over partly typed actor names (some with a typo);
//   - MiniSearch with its default options on the same passages: build time, p50, p99 (baseline).
// Prints a table; with --json the last stdout line is one JSON object of every figure.

import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import MiniSearch from "minisearch";
import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { definitions, primaryOption, runCommand } from "../src/answers/registry.ts";
import { warmSteps } from "../src/answers/warm.ts";
import { corpusFingerprint, readSnapshot, snapshotPath, writeSnapshot } from "../src/cache/snapshot.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../src/coverage.ts";
import { EarlyLane } from "../src/lifecycle/early-lane.ts";
import { buildCoverageInParallel } from "../src/lifecycle/parallel-build.ts";
import { analysisProgress, phaseProgress } from "../src/lifecycle/progress.ts";
import { createLogger } from "../src/log.ts";
import { isMainModule } from "../src/main-module.ts";
import { DEFAULT_INDEX_OPTIONS } from "../src/search/index.ts";
import type { Article, Corpus } from "../src/types.ts";
import { isReutersDir, reutersCorpus, syntheticDir } from "./corpora.ts";
import { jsonFaceLatencies, latency } from "./json-face.ts";
import { autocompleteLatencies } from "./names.ts";
import { namesOf, realQuestions } from "./questions.ts";
import { type CommandLatency, type Row, table } from "./report.ts";
import { saidAboutLatency } from "./said-about.ts";
import { servedPhases } from "./served.ts";
import { percentile, round } from "./stats.ts";
import { buildVocabulary, generateQueries, type SyntheticVocabulary } from "./synthetic.ts";

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

// ---------------------------------------------------------------------------------------------
// Measurements

function memory(): { heap: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external, rss: m.rss };
}

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
    out.push(latency(def.name, times));
  }
  const time = (inputs: readonly unknown[], fn: (x: unknown) => unknown) =>
    timeEach(inputs, fn, COMMAND_BUDGET_MS);
  return [
    ...out,
    saidAboutLatency(coverage, questions, names, time),
    ...autocompleteLatencies(coverage, names, time),
    ...jsonFaceLatencies(coverage, questions, time),
  ];
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
// One corpus

/** Reads a corpus, calling `onArticle` with each article read (where the format allows it). */
type Load = (onArticle: (article: Article) => void) => Promise<Corpus>;
const folder =
  (dir: string): Load =>
  (onArticle) =>
    loadCorpus(dir, { onProgress: phaseProgress(log, "reading", { unit: "files" }), onArticle });

async function measure(
  label: string,
  load: Load,
  dir: string | null,
  vocabulary: SyntheticVocabulary | null,
): Promise<Row> {
  say(`\n== ${label}`);
  const built = await ingest(load);
  const { corpus, coverage, passages } = built;
  const snapshot = await snapshotStartup(label, dir, coverage);

  // The bot builds its answer indexes right after start-up, before the first question.
  const tWarm = performance.now();
  const steps = warmSteps(coverage, Number.POSITIVE_INFINITY);
  const warmProgress = phaseProgress(log, "answer indexes", { unit: "stages" });
  for (const [i, step] of steps.entries()) {
    while (!step());
    warmProgress(i + 1, steps.length);
  }
  const warmSeconds = (performance.now() - tWarm) / 1000;
  say(`answer indexes built in ${warmSeconds.toFixed(2)} s (in the background after start-up)`);

  const { search, commands, minisearch } = latencies(coverage, vocabulary);
  const served = dir ? await servedPhases(dir, snapshot.snapFile, "officials said on Sunday") : [];
  for (const p of served)
    say(
      `served, ${p.phase}: ${p.seconds.toFixed(2)} s, longest event-loop block ${Math.round(p.longestBlockMs)} ms` +
        (p.slowestAskMs === null ? "" : `, slowest /ask meanwhile ${Math.round(p.slowestAskMs)} ms`) +
        `, RSS ${p.rssMB} MB (peak ${p.peakRssMB} MB)`,
    );
  const { t0, t1, t2, tIndexStart, tIndexed, before, after, textChars } = built;
  const ask = commands.find((c) => c.command === "ask");
  const indexSeconds = ((tIndexed || t2) - (tIndexStart || t1)) / 1000;
  const analysisSeconds = (t2 - t1) / 1000 - indexSeconds;
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
    ...snapshot.figures,
    served: served.map((p) => ({
      ...p,
      seconds: round(p.seconds),
      longestBlockMs: Math.round(p.longestBlockMs),
    })),
    warmSeconds: round(warmSeconds),
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

/** Loads the corpus and builds its coverage, timing each part and measuring the heap around them. */
async function ingest(load: Load) {
  const before = memory();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // As the bot loads: the second thread starts while the files are read (lifecycle/load.ts).
  const early = new EarlyLane();
  const corpus = await load(early.saw);
  const t1 = performance.now();
  const indexProgress = phaseProgress(log, "indexing", { unit: "passages" });
  let tIndexed = 0;
  // The two-thread build indexes after the actor model: the index's own time starts at its first report.
  let tIndexStart = 0;
  // Served as the bot serves it: with its answer indexes (built by the warm-up below).
  const coverage = withAnswerIndexes(
    await buildCoverageInParallel(corpus, {
      onProgress: (done, total) => {
        tIndexStart ||= performance.now();
        indexProgress(done, total);
        if (done >= total) tIndexed = performance.now();
      },
      onAnalysis: analysisProgress(log),
      lane: early.take(),
    }),
  );
  const t2 = performance.now();
  const after = memory();
  const passages = coverage.passages.length;
  let textChars = 0;
  for (const a of corpus.articles) textChars += a.text.length;
  const cpu = process.cpuUsage(cpu0);
  // CPU time of every thread: above the wall time when the build used both cores.
  say(
    `${corpus.articles.length} articles, ${passages} passages in ${((t2 - t0) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
  );
  return { corpus, coverage, passages, textChars, t0, t1, t2, tIndexStart, tIndexed, before, after };
}

type SnapshotFigures = Pick<
  Row,
  | "startupSnapshotSeconds"
  | "recomputedOnLoad"
  | "startupIfRegisteredSeconds"
  | "snapshotWriteSeconds"
  | "snapshotMB"
>;

/** Snapshot, then start-up from it the way the bot starts (for a folder: fingerprint included). */
async function snapshotStartup(
  label: string,
  dir: string | null,
  coverage: Coverage,
): Promise<{ figures: SnapshotFigures; snapFile: string }> {
  const passages = coverage.passages.length;
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
  const startupIfRegisteredSeconds =
    recomputed.length > 0 ? await startupIfRegistered(snapFile, dir, coverage, recomputed, fp) : null;
  say(
    `snapshot ${(bytes / 1e6).toFixed(1)} MB written in ${snapshotWriteSeconds.toFixed(2)} s, start-up ${startupSnapshotSeconds.toFixed(2)} s`,
  );
  const figures = {
    startupSnapshotSeconds: round(startupSnapshotSeconds),
    recomputedOnLoad: recomputed,
    startupIfRegisteredSeconds:
      startupIfRegisteredSeconds === null ? null : round(startupIfRegisteredSeconds),
    snapshotWriteSeconds: round(snapshotWriteSeconds),
    snapshotMB: round(bytes / 1e6, 1),
  };
  return { figures, snapFile };
}

/** What start-up would be if the recomputed fields were registered: a snapshot without them. */
async function startupIfRegistered(
  snapFile: string,
  dir: string | null,
  coverage: Coverage,
  recomputed: string[],
  fp: string,
): Promise<number> {
  const partial: Record<string, unknown> = { ...coverage };
  for (const key of recomputed) delete partial[key];
  const file2 = `${snapFile}.partial`;
  await writeSnapshot(file2, partial as unknown as Coverage, fp);
  const t3 = performance.now();
  if (dir) await corpusFingerprint(dir, DEFAULT_INDEX_OPTIONS);
  const again = await readSnapshot(file2, fp);
  if (!again.ok) throw new Error(`snapshot unreadable: ${again.detail}`);
  const seconds = (performance.now() - t3) / 1000;
  await rm(file2, { force: true });
  return seconds;
}

/** The index alone, every command, and MiniSearch's baseline, over the same questions. */
function latencies(coverage: Coverage, vocabulary: SyntheticVocabulary | null) {
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
  return { search, commands, minisearch };
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  // `--names 300000[,…]`: the name lookup alone at the actor counts of large coverages (names.ts).
  const names = flag("--names");
  if (names) {
    const { benchNames } = await import("./names.ts");
    const labels = Number(flag("--labels") ?? 0);
    const rows = names.split(",").map((n) => benchNames(Number(n), labels));
    if (JSON_OUT) process.stdout.write(`${JSON.stringify(rows)}\n`);
    return;
  }
  const corpusArg = flag("--corpus");
  const reutersArg = flag("--reuters");
  const sizes = (flag("--sizes") ?? (corpusArg || reutersArg ? "" : "10000,100000"))
    .split(",")
    .filter(Boolean)
    .map(Number);
  // A million passages need more than Node's default heap: re-run with a larger one.
  const kept = flag("--snapshot");
  const needMB = Math.max(0, ...sizes) >= 500_000 || kept ? 12_288 : 0;
  if (needMB && v8.getHeapStatistics().heap_size_limit < needMB * 1e6 * 0.9 && !process.env.BENCH_RESPAWNED) {
    const r = spawnSync(
      process.execPath,
      [...process.execArgv, `--max-old-space-size=${needMB}`, process.argv[1]!, ...args],
      { stdio: "inherit", env: { ...process.env, BENCH_RESPAWNED: "1" } },
    );
    process.exit(r.status ?? 1);
  }
  if (kept) {
    const { benchKeptSnapshot } = await import("./kept-snapshot.ts");
    return benchKeptSnapshot(resolve(kept), (c) => latencies(c, buildVocabulary()), say);
  }
  const rows: Row[] = [];
  if (reutersArg || (corpusArg && (await isReutersDir(resolve(corpusArg))))) {
    const dir = resolve((reutersArg ?? corpusArg)!);
    rows.push(await measure("reuters-21578", (_) => reutersCorpus(dir, log), null, null));
  } else if (corpusArg) {
    const dir = resolve(corpusArg);
    const name = dir.split(/[\\/]/).pop() ?? dir;
    rows.push(await measure(name, folder(dir), dir, null));
  }
  if (sizes.length > 0) {
    const vocabulary = buildVocabulary();
    for (const n of sizes) {
      const dir = await syntheticDir(n, SEED, vocabulary, say);
      rows.push(await measure(`synthetic ${n.toLocaleString("en-US")}`, folder(dir), dir, vocabulary));
    }
  }
  process.stdout.write(`${table(rows)}\n`);
  if (JSON_OUT) process.stdout.write(`${JSON.stringify({ rows })}\n`);
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
