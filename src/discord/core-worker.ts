// The coverage thread (CORE_THREAD=worker, core-thread.ts starts it): the corpus, its analyses,
// the answer indexes and the router over them live here, so the thread that talks to Discord
// never waits for this heap's collector or a warm-up slice. At a million passages the heap is
// gigabytes, and marking it ran on the allocating thread for 100-600 ms at a time.

import { monitorEventLoopDelay } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { startBuilder } from "../lifecycle/builder.ts";
import { createLogger } from "../log.ts";
import { sweepTempFiles } from "../temp-files.ts";
import type { CoreEvent, CoreReply, CoreRequest, CoreStats, CoreWorkerData } from "./core-protocol.ts";
import type { Router } from "./routing.ts";
import { safeError } from "./safe-error.ts";

const port = parentPort;
if (!port) throw new Error("core-worker.ts runs as a worker thread (discord/core-thread.ts).");
const { config, pretty, watch } = workerData as CoreWorkerData;
// The builder's thread starts first and reads the snapshot at once; the store's and the
// router's code, most of the program, loads meanwhile (dynamic imports below).
startBuilder({ dir: config.corpusDir, cacheDir: config.cacheDir });
const log = createLogger(config.logLevel, pretty).child({ thread: "coverage" });
const tell = (e: CoreEvent) => port.postMessage(e);
const blocks = monitorEventLoopDelay({ resolution: 5 });
blocks.enable();

/** `collect`: a full collection first, when the process runs with --expose-gc (benchmarks do). */
function stats(collect = false): CoreStats {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collect && gc) for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  const longestBlockMs = Math.round(blocks.max / 1e6);
  blocks.reset();
  return {
    longestBlockMs,
    heapUsedMB: Math.round(m.heapUsed / 2 ** 20),
    externalMB: Math.round(m.external / 2 ** 20),
    heapTotalMB: Math.round(m.heapTotal / 2 ** 20),
    arrayBuffersMB: Math.round(m.arrayBuffers / 2 ** 20),
  };
}

async function answer(router: Router, req: CoreRequest): Promise<CoreReply> {
  try {
    const value =
      req.kind === "command"
        ? await router.command(req.name, req.options, req.who)
        : req.kind === "autocomplete"
          ? await router.autocomplete(req.name, req.data)
          : req.kind === "button"
            ? await router.button(req.customId, req.who)
            : stats(req.collect);
    return { id: req.id, ok: true, value };
  } catch (err) {
    // Logged here with its stack; the main thread reports the failure to the user.
    log.error({ event: "coverage.request_failed", kind: req.kind, err: safeError(err) }, "request failed");
    return { id: req.id, ok: false, message: (err as Error).message };
  }
}

async function serve(): Promise<void> {
  // The store first: its load (the snapshot's decoding) starts while the router's code, the
  // answers and renderers, is still loading.
  const routing = Promise.all([import("../lifecycle/watch.ts"), import("./router.ts")]);
  routing.catch(() => {}); // awaited below
  const { CoverageStore } = await import("../lifecycle/store.ts");
  // Temp files are what a crash mid-ingest leaves; they were never articles.
  await sweepTempFiles(config.corpusDir);
  const store = new CoverageStore(config.corpusDir, log, undefined, {
    cacheDir: config.cacheDir,
    onWarmed: (ms) => tell({ event: "warmed", ms }),
  });
  const loading = store.reload();
  loading.catch(() => {}); // a failed load is reported by the await below, not as unhandled
  const [{ watchCorpus }, { createRouter, registeredCommands }] = await routing;
  await loading;
  if (watch) watchCorpus(store, log);
  const router = createRouter({ coverage: store, store, config });
  port!.on("message", (req: CoreRequest) => {
    void answer(router, req).then((reply) => port!.postMessage(reply));
  });
  const c = store.current;
  const adminCommands = registeredCommands().flatMap((d) => (d.execute ? [d.definition.name] : []));
  tell({ event: "ready", articles: c.corpus.articles.length, passages: c.passages.length, adminCommands });
}

serve().catch((err: unknown) => tell({ event: "failed", message: (err as Error).message }));
