// The bot's start-up as the Discord faces run it (CORE_THREAD=worker): the coverage is loaded
// from its snapshot and warmed in the coverage thread, and this thread, the one that talks to
// Discord, only sends questions and receives answers. Measured: start-up to the first /ask
// answer; this thread's longest event-loop block during start-up and warm-up (what would delay
// a heartbeat or an acknowledgement); the coverage thread's own longest block; and /ask asked
// every `PROBE_MS` through the warm-up: how long a user waited for an answer meanwhile. An idle
// process watches its own event loop alongside: on a busy machine the scheduler alone delays a
// sleeping thread by 100 ms and more, and that share of a block is the machine's, not the bot's.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { readConfig } from "../src/config.ts";
import { type CoreThread, startCoreThread } from "../src/discord/core-thread.ts";
import { silentLogger } from "../src/log.ts";
import { percentile, round } from "./stats.ts";

const PROBE_MS = 100;
/** The question of the start-up benches' first answer. */
export const STARTUP_QUESTION = "council people Monday";
const WHO = { userId: "1100000000000000042", guildId: null, memberPermissions: null, attachments: {} };

/** A process doing nothing but timing its event loop; `stop` gives its longest delay (ms). */
function idleWatcher(): { stop(): Promise<number> } {
  const code =
    'const h=require("node:perf_hooks").monitorEventLoopDelay({resolution:5});h.enable();' +
    'process.on("message",()=>{process.send(Math.round(h.max/1e6));process.exit(0)});';
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return {
    async stop() {
      child.send("stop");
      const [ms] = (await once(child, "message")) as [number];
      return ms;
    },
  };
}

/** Through the warm-up, a question every PROBE_MS, one at a time: the waits a user would see,
 *  sorted. */
async function askUntil(core: CoreThread, question: string, done: () => boolean): Promise<number[]> {
  const waits: number[] = [];
  while (!done()) {
    const asked = performance.now();
    await core.router.command("ask", { question }, WHO);
    waits.push(performance.now() - asked);
    await new Promise((r) => setTimeout(r, PROBE_MS));
  }
  return waits.sort((a, b) => a - b);
}

/** One start-up through the coverage thread; prints one JSON line of figures. */
export async function coreChild(
  dir: string,
  cacheDir: string,
  question: string,
  textBytes: number,
  /** The text as V8 holds it (two bytes a character in a text with a character above U+00FF). */
  heldTextBytes = textBytes,
  /** Stop at the first answer (start-up figures only: a quick run, repeated). */
  startupOnly = false,
): Promise<void> {
  const idle = idleWatcher();
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  const config = readConfig(
    { CORPUS_DIR: dir, CACHE_DIR: cacheDir, LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    process.cwd(),
  );
  const core = await startCoreThread({ config, log: silentLogger, watch: false, pretty: false });
  let warmedMs: number | null = null;
  core.warmed.then((ms) => {
    warmedMs = ms;
  });
  const { passages } = await core.ready;
  const readyAt = performance.now();
  await core.router.command("ask", { question }, WHO);
  const startedAt = performance.now();
  const startupBlock = h.max / 1e6;
  h.reset();
  const coreStartup = await core.stats();
  const startupSeconds = round((startedAt - t0) / 1000);
  /** Of which: until the coverage thread said it was loaded (the rest is the first answer). */
  const loadedSeconds = round((readyAt - t0) / 1000);
  if (startupOnly) {
    process.stdout.write(`${JSON.stringify({ passages, startupSeconds, loadedSeconds })}\n`);
    await Promise.all([core.stop(), idle.stop()]);
    return;
  }
  const waits = await askUntil(core, question, () => warmedMs !== null);
  const warmup = (performance.now() - startedAt) / 1000;
  const warmBlock = h.max / 1e6;
  h.disable();
  const coreWarm = await core.stats();
  // RSS after a full collection in both threads, as the start-up bench's in-thread figures are.
  const collected = await core.stats(true);
  (globalThis as { gc?: () => void }).gc?.();
  const own = process.memoryUsage();
  // Where the RSS lives, mapping by mapping, for a closer look (BENCH_SMAPS_OUT=FILE).
  if (process.env.BENCH_SMAPS_OUT)
    writeFileSync(process.env.BENCH_SMAPS_OUT, readFileSync("/proc/self/smaps"));
  const rssMB = Math.round(own.rss / 1e6);
  const idleProcessLongestDelayMs = await idle.stop();
  await core.stop();
  const figures = {
    passages,
    startupSeconds,
    loadedSeconds,
    mainThreadStartupLongestBlockMs: Math.round(startupBlock),
    coreThreadStartupLongestBlockMs: coreStartup.longestBlockMs,
    warmupSeconds: round(warmup),
    mainThreadWarmupLongestBlockMs: Math.round(warmBlock),
    coreThreadWarmupLongestBlockMs: coreWarm.longestBlockMs,
    idleProcessLongestDelayMs,
    askDuringWarmupMs: {
      count: waits.length,
      p50: round(percentile(waits, 50), 1),
      p99: round(percentile(waits, 99), 1),
      max: round(waits.at(-1) ?? 0, 1),
    },
    coreHeapMB: collected.heapUsedMB + collected.externalMB,
    /** Where the RSS is: the coverage thread's heap as V8 holds it, this thread's heap. */
    coreHeapTotalMB: collected.heapTotalMB,
    coreArrayBuffersMB: collected.arrayBuffersMB,
    mainHeapTotalMB: Math.round(own.heapTotal / 2 ** 20),
    rssMB,
    rssBytesPerPassageBeyondText: Math.round((rssMB * 1e6 - textBytes) / passages),
    rssBytesPerPassageBeyondHeldText: Math.round((rssMB * 1e6 - heldTextBytes) / passages),
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
