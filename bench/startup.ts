// `npm run bench:startup -- [--sizes 20000,100000] [--cache DIR]`: the bot's start-up from its
// snapshot alone, as `npm start` runs it (CoverageStore: the builder's worker reads the snapshot,
// the main thread decodes it and warms the answer indexes), in a fresh process per corpus, so the
// heap and RSS it reports are the coverage's: start-up to the first /ask answer, the warm-up,
// the longest event-loop block of each (perf_hooks.monitorEventLoopDelay) and the collector's
// pauses in each (bench/gc-pauses.ts: a long block told from our own code), the main thread's
// CPU time (process.cpuUsage counts every thread), and heap and RSS per passage beyond the
// articles' text after a full GC (the text a byte a character, and RSS also beyond the text as V8
// holds it: two bytes a character in an article with any character above U+00FF, curly quotes). A corpus whose snapshot is missing or stale (the code changed)
// is built first, in its own process, and snapshotted into --cache (default: the OS temp folder).
// `--core-thread` also starts each corpus as the Discord faces do, the coverage in its own thread
// (bench/core-startup.ts), and reports the Discord thread's longest blocks and /ask's waits then;
// that run is from the bundle `npm start` runs (scripts/bundle.ts), or with --source through tsx.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { bundleProgram } from "../scripts/bundle.ts";
import { runCommand } from "../src/answers/registry.ts";
import type { Coverage } from "../src/coverage.ts";
import { CoverageStore } from "../src/lifecycle/store.ts";
import { createLogger } from "../src/log.ts";
import { STARTUP_QUESTION } from "./core-startup.ts";
import { syntheticDir } from "./corpora.ts";
import { watchGc } from "./gc-pauses.ts";
import { round } from "./stats.ts";
import { buildVocabulary } from "./synthetic.ts";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const say = (line: string) => process.stderr.write(`${line}\n`);
const QUESTION = STARTUP_QUESTION;
/** The coverage-thread child's own entry (bench/core-startup.ts behind it). */
const CORE_CHILD = join(dirname(fileURLToPath(import.meta.url)), "core-child.ts");

function memory(gc: () => void): { heap: number; rss: number } {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external, rss: m.rss };
}

/** Heap and RSS a passage beyond the articles' text, from two readings (`memory`). */
function memoryFigures(
  coverage: Coverage,
  before: { heap: number; rss: number },
  after: { heap: number; rss: number },
) {
  const passages = coverage.passages.length;
  let text = 0;
  // As V8 holds it: two bytes a character for a text with any character above U+00FF (curly
  // quotes, dashes), one otherwise.
  let held = 0;
  for (const a of coverage.corpus.articles) {
    text += a.text.length;
    held += a.text.length * (/[^\u0000-\u00ff]/.test(a.text) ? 2 : 1);
  }
  const per = (bytes: number, beyond = text) => Math.round((bytes - beyond) / passages);
  return {
    passages,
    textMB: round(text / 1e6, 1),
    textHeldMB: round(held / 1e6, 1),
    heapBytesPerPassage: per(after.heap - before.heap),
    rssBytesPerPassage: per(after.rss - before.rss),
    rssBytesPerPassageBeyondHeldText: per(after.rss - before.rss, held),
    rssMB: Math.round(after.rss / 1e6),
  };
}

/** One start-up in this process; prints one JSON line: its figures, or `{ built: true }` when
 *  the snapshot was not usable and the coverage was built from the files (and snapshotted). */
async function child(dir: string, cacheDir: string): Promise<void> {
  v8.setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let from = "";
  let t0 = performance.now();
  let warmed: () => void = () => {};
  const warm = new Promise<void>((r) => {
    warmed = r;
  });
  // The warm-up's longest block between two of its progress lines, by stages done then.
  const warmBlocks: Record<string, number> = {};
  let serving = false;
  const sink = {
    write(line: string) {
      const e = JSON.parse(line) as {
        event?: string;
        from?: string;
        msg?: string;
        done?: number;
        total?: number;
      };
      if (e.event === "corpus.loaded") from = e.from ?? "";
      if (e.event === "progress" && e.total && serving && warmBlocks[`${e.done}/${e.total}`] === undefined) {
        warmBlocks[`${e.done}/${e.total}`] = Math.round(h.max / 1e6);
        warmMax = Math.max(warmMax, h.max);
        h.reset();
      }
      if (e.event === "answers.warmed") warmed();
      if (process.env.STARTUP_VERBOSE) say(`  ${Math.round(performance.now() - t0)} ms ${e.event}: ${e.msg}`);
    },
  };
  const before = memory(gc);
  let warmMax = 0;
  const h = monitorEventLoopDelay({ resolution: 5 });
  const store = new CoverageStore(dir, createLogger("info", false, { destination: sink }), undefined, {
    cacheDir,
  });
  h.enable();
  const collector = watchGc();
  const cpu0 = process.cpuUsage();
  t0 = performance.now();
  await store.reload();
  const answer = runCommand(store.current, "ask", { question: QUESTION });
  const startedAt = performance.now();
  const startup = (startedAt - t0) / 1000;
  const startupBlock = h.max / 1e6;
  const cpu1 = process.cpuUsage(cpu0);
  h.reset();
  serving = true;
  await warm;
  const warmedAt = performance.now();
  const warmup = (warmedAt - startedAt) / 1000;
  const warmBlock = Math.max(warmMax, h.max) / 1e6;
  h.disable();
  await store.idle();
  const [startupGc, warmupGc] = await collector.read([t0, startedAt], [startedAt, warmedAt]);
  if (from !== "snapshot") {
    process.stdout.write(`${JSON.stringify({ built: true })}\n`);
    return;
  }
  const sizes = memoryFigures(store.current, before, memory(gc));
  const { passages, textMB, textHeldMB, heapBytesPerPassage, rssBytesPerPassage, rssMB } = sizes;
  const figures = {
    ...{ passages, textMB, textHeldMB },
    startupSeconds: round(startup),
    startupCpuSeconds: round((cpu1.user + cpu1.system) / 1e6),
    startupLongestBlockMs: Math.round(startupBlock),
    warmupSeconds: round(warmup),
    warmupLongestBlockMs: Math.round(warmBlock),
    warmupBlocksMs: warmBlocks,
    startupGc,
    warmupGc,
    ...{ heapBytesPerPassage, rssBytesPerPassage },
    rssBytesPerPassageBeyondHeldText: sizes.rssBytesPerPassageBeyondHeldText,
    rssMB,
    answered: "results" in answer ? (answer.results as unknown[]).length : 0,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Runs this file (or `entry`) with `mode` (--child, --child-core) on a corpus in a fresh process (its own
 *  heap); its last line of output, parsed. */
function runChild(
  mode: string,
  dir: string,
  cacheDir: string,
  extra: string[] = [],
  /** Another entry than this file: core-child.ts from the source (tsx), or its .js in the
   *  bundle `npm start` runs (benchBundle), run without tsx and with npm start's environment. */
  entry: string | null = null,
): Record<string, unknown> {
  const bundled = entry?.endsWith(".js") === true;
  // --expose-gc on the command line: every thread's heap can then be collected before RSS is read.
  const r = spawnSync(
    process.execPath,
    [
      ...(bundled ? ["--no-regexp-tier-up"] : process.execArgv),
      "--expose-gc",
      entry ?? fileURLToPath(import.meta.url),
      mode,
      dir,
      "--cache",
      cacheDir,
      ...extra,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: bundled ? { ...process.env, ...startScriptEnv() } : process.env,
    },
  );
  const last = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !last.startsWith("{")) throw new Error(`start-up run failed (${r.status})`);
  return JSON.parse(last) as Record<string, unknown>;
}

/** The environment `npm start` sets for the bot (package.json: NAME=VALUE words before `node`). */
function startScriptEnv(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(resolve("package.json"), "utf8")) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const env = words.slice(0, words.indexOf("node")).map((w) => w.split("=", 2) as [string, string]);
  return Object.fromEntries(env);
}

/** The program's bundle with the coverage-thread child (core-child.ts) as one more entry; its path. */
async function benchBundle(): Promise<string> {
  const out = resolve("node_modules/.cache/coverage-bot/bench-bundle");
  await bundleProgram(out, {
    "bench/core-child": join(dirname(fileURLToPath(import.meta.url)), "core-child.ts"),
  });
  return join(out, "bench", "core-child.js");
}

/** Runs `child` in a fresh process, until it starts from the snapshot. */
function measure(dir: string, cacheDir: string): Record<string, unknown> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const out = runChild("--child", dir, cacheDir);
    if (!out.built) return out;
    say(`  built ${dir} from the files and snapshotted it; starting again from the snapshot`);
  }
  throw new Error("the snapshot was not used after it was written");
}

async function main(): Promise<void> {
  const childDir = flag("--child");
  const cacheDir = resolve(flag("--cache") ?? join(tmpdir(), "coverage-bot-startup", "cache"));
  if (childDir) return child(childDir, cacheDir);
  const sizes = (flag("--sizes") ?? "20000,100000").split(",").filter(Boolean).map(Number);
  const vocabulary = buildVocabulary();
  for (const n of sizes) {
    const dir = await syntheticDir(n, 1, vocabulary, say);
    say(`== synthetic ${n.toLocaleString("en-US")}`);
    const figures = measure(dir, cacheDir);
    say(JSON.stringify(figures));
    process.stdout.write(`${JSON.stringify({ corpus: `synthetic ${n}`, ...figures })}\n`);
    if (!args.includes("--core-thread")) continue;
    // As `npm start` runs it: from the bundle (--source: through tsx, as the tests do).
    const entry = args.includes("--source") ? CORE_CHILD : await benchBundle();
    const core = runChild(
      "--child-core",
      dir,
      cacheDir,
      ["--text-mb", String(figures.textMB), "--text-held-mb", String(figures.textHeldMB)],
      entry,
    );
    say(JSON.stringify(core));
    process.stdout.write(
      `${JSON.stringify({ corpus: `synthetic ${n}`, face: "coverage thread", ...core })}\n`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
