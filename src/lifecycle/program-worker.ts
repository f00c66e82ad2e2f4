// A worker thread running one of the program's entry modules (the coverage thread, the coverage
// builder, the analysis lane). From the bundle it is that module's JavaScript; from the source,
// tsx's hooks are per thread, so the worker registers them before importing its entry.

import { createRequire } from "node:module";
import { totalmem } from "node:os";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { Worker, type WorkerOptions } from "node:worker_threads";
import { fromSource, programFile } from "../program-files.ts";

/** A worker's heap limit in MB: three quarters of the machine's memory, or this thread's limit if
 *  higher. V8's default (~4 GB here) stopped the builder at a million passages ("JS heap out of
 *  memory" while analysing 1.38M passages); the limit is a ceiling, not an allocation. */
function workerHeapMb(): number {
  const own = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  return Math.floor(Math.max(own, (totalmem() / 2 ** 20) * 0.75));
}

/** `entry`: the module's path under src/ ("lifecycle/build-worker.ts"), or a module's URL. */
export function programWorker(entry: string | URL, options: WorkerOptions = {}): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: workerHeapMb(), ...options.resourceLimits };
  const file = typeof entry === "string" ? pathToFileURL(programFile(entry)) : entry;
  if (!fromSource) return new Worker(file, { ...options, resourceLimits });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api")).href.replace(
    /\.cjs$/,
    ".mjs",
  );
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(boot, { ...options, resourceLimits, eval: true });
}
