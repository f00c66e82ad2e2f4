// The bot's own start-up, warm-up and reload, as `npm start` runs them (CoverageStore: the
// builder's worker thread reads the snapshot or builds; the main thread decodes in slices and
// warms the answer indexes in slices), with the longest event-loop block of each phase
// (perf_hooks.monitorEventLoopDelay) and /ask probes timed while each phase runs.

import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { runCommand } from "../src/answers/registry.ts";
import { snapshotPath } from "../src/cache/snapshot.ts";
import { CoverageStore } from "../src/lifecycle/store.ts";
import { createLogger } from "../src/log.ts";

export interface ServedPhase {
  phase: string;
  seconds: number;
  /** Longest event-loop block during the phase, ms. */
  longestBlockMs: number;
  /** /ask asked every 50 ms during the phase (once there is a coverage): the slowest, ms. */
  slowestAskMs: number | null;
  /** Resident set size at the end of the phase, and the largest sampled during it, MB. */
  rssMB: number;
  peakRssMB: number;
}

const say = (line: string) => process.stderr.write(`${line}\n`);

/** Runs `work` while sampling the event loop and asking /ask every 50 ms. */
async function phase(
  name: string,
  store: CoverageStore,
  question: string,
  work: () => Promise<unknown>,
): Promise<ServedPhase> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  let slowest: number | null = null;
  const started = performance.now();
  let peakRss = process.memoryUsage.rss();
  let lastSaid = performance.now();
  const probe = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    // A long phase says it is alive: elapsed time, longest block and RSS so far, every 5 s.
    if (performance.now() - lastSaid > 5000) {
      lastSaid = performance.now();
      say(
        `  ${name}: ${((lastSaid - started) / 1000).toFixed(0)} s, longest block so far ${Math.round(h.max / 1e6)} ms, RSS ${Math.round(peakRss / 1e6)} MB`,
      );
    }
    let served: CoverageStore["current"];
    try {
      served = store.current;
    } catch {
      return; // not loaded yet
    }
    const t = performance.now();
    runCommand(served, "ask", { question });
    slowest = Math.max(slowest ?? 0, performance.now() - t);
  }, 50);
  h.enable();
  await work();
  const seconds = (performance.now() - started) / 1000;
  h.disable();
  clearInterval(probe);
  const rss = process.memoryUsage.rss();
  return {
    phase: name,
    seconds,
    longestBlockMs: h.max / 1e6,
    slowestAskMs: slowest,
    rssMB: Math.round(rss / 1e6),
    peakRssMB: Math.round(Math.max(peakRss, rss) / 1e6),
  };
}

/** Start-up from the snapshot `snapFile` (of `dir`), the warm-up after it, and a reload after one
 *  file is added. The corpus is a hard-linked copy of `dir` (files are never changed, only added,
 *  so the shared benchmark corpus stays as it is); its fingerprint is the same, so is the snapshot. */
export async function servedPhases(dir: string, snapFile: string, question: string): Promise<ServedPhase[]> {
  const copy = await mkdtemp(join(tmpdir(), "coverage-bench-served-"));
  try {
    const corpus = join(copy, "corpus");
    const cacheDir = join(copy, "cache");
    await mkdir(corpus);
    execFileSync("cp", ["-al", `${dir}/.`, corpus]);
    await mkdir(cacheDir);
    await copyFile(snapFile, snapshotPath(cacheDir, corpus));
    return await phases(corpus, cacheDir, question);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function phases(corpus: string, cacheDir: string, question: string): Promise<ServedPhase[]> {
  let warmed: () => void = () => {};
  const warm = new Promise<void>((r) => {
    warmed = r;
  });
  const sink = {
    write(line: string) {
      const entry = JSON.parse(line) as { event?: string; msg?: string };
      if (entry.event === "answers.warmed") warmed();
      // The store's own progress lines (the warm-up's stages with rate and time left).
      if (entry.event === "progress") say(`  ${entry.msg}`);
    },
  };
  const store = new CoverageStore(corpus, createLogger("info", false, { destination: sink }), undefined, {
    cacheDir,
  });
  const out: ServedPhase[] = [];
  out.push(
    await phase("start-up to first answer", store, question, async () => {
      await store.reload();
      runCommand(store.current, "ask", { question });
    }),
  );
  out.push(await phase("warm-up", store, question, () => warm));
  await writeFile(
    join(corpus, "zz-served-bench.txt"),
    "Flood waters reached Arden on Sunday, officials said, and the review would continue.\n",
  );
  out.push(await phase("reload (one file added)", store, question, () => store.reload()));
  await store.idle();
  return out;
}
