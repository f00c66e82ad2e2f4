// The main thread's side of the coverage builder: one worker thread per process
// (build-worker.ts), shared by every store, started on first use and never holding the process
// open while idle. A job's answer is the new coverage as snapshot payload bytes, moved from the
// worker; its log lines go to the store's logger. A worker that dies fails its jobs and is
// replaced on the next one, given the lean states it last told (a whole corpus it held is lost:
// that store's next reload reads every file). An idle worker whose stores all keep lean states (stamps; the articles in the snapshot) is
// stopped, and the next job's worker is given those states back: an idle bot then holds no
// second runtime (~50–200 MB: its heap, its code, the snapshot bytes it read last).

import type { Worker } from "node:worker_threads";
import type { Logger } from "../log.ts";
import type { BuildJob, BuildReply, LeanState, PrefetchJob, RestoreJob } from "./build-protocol.ts";
import { programWorker } from "./program-worker.ts";
import type { ReloadReport } from "./reload.ts";

export interface Built {
  report: ReloadReport;
  /** The new coverage as a snapshot payload (cache/snapshot.ts decodeSnapshot), or null if
   *  unchanged or `confirmed`. */
  payload: Buffer | null;
  /** The provisional payload (runBuild's `onProvisional`) is verified: it is the new coverage. */
  confirmed: boolean;
  phases: Record<string, number>;
  /** Settles when the job's after-work (the snapshot refresh) is done. */
  done: Promise<void>;
}

interface Pending {
  log: Logger;
  onProvisional?: (payload: Buffer) => void;
  resolve(built: Built): void;
  reject(err: Error): void;
  finished(): void;
  answered: boolean;
}

/** How long the builder's thread stays after its last job (a burst of reloads reuses it). */
const IDLE_STOP_MS = 20_000;

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
/** The stores' lean states as the worker last told them; null while one keeps a whole corpus. */
let lean: Array<[number, LeanState]> | null = [];
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
let nextStore = 1;

/** A store's key in the worker (its corpus state is kept under it). */
export const newStoreKey = (): number => nextStore++;

/** Runs one build job in the worker. `onProvisional` is given a first load's snapshot payload
 *  before it is verified (to decode meanwhile); the answer says whether it was (`confirmed`). */
export function runBuild(
  job: Omit<BuildJob, "id">,
  log: Logger,
  onProvisional?: (payload: Buffer) => void,
): Promise<Built> {
  const id = nextId++;
  const w = started();
  if (idleTimer) clearTimeout(idleTimer);
  return new Promise<Built>((resolve, reject) => {
    let finished = () => {};
    const done = new Promise<void>((r) => {
      finished = r;
    });
    pending.set(id, {
      log,
      onProvisional,
      answered: false,
      finished,
      resolve: (b) => resolve({ ...b, done }),
      reject,
    });
    w.ref();
    w.postMessage({ ...job, id } satisfies BuildJob);
  });
}

/** Starts the builder's thread ahead of the first job, so that its start (a second of loading
 *  code) overlaps the caller's own; it does not hold the process open while idle. Given the
 *  first job's corpus and cache, the thread also starts reading its snapshot at once. */
export function startBuilder(prefetch?: { dir: string; cacheDir: string | null }): void {
  const w = started();
  if (pending.size === 0) w.unref();
  if (prefetch?.cacheDir)
    w.postMessage({ prefetch: true, dir: prefetch.dir, cacheDir: prefetch.cacheDir } satisfies PrefetchJob);
}

/** Stops the builder's thread now if it is idle and holds only lean states (given back to the
 *  next one); false if it is busy, holds a whole corpus, or is not running. */
export function stopIdleBuilder(): boolean {
  const w = worker;
  if (!w || pending.size > 0 || lean === null) return false;
  worker = null;
  void w.terminate();
  return true;
}

function started(): Worker {
  if (worker) return worker;
  const w = programWorker("lifecycle/build-worker.ts");
  w.on("message", (m: BuildReply) => onReply(m));
  w.on("error", (err) => failAll(w, err));
  w.on("exit", (code) => failAll(w, new Error(`the coverage builder stopped (exit code ${code})`)));
  if (lean?.length) w.postMessage({ restore: lean } satisfies RestoreJob);
  worker = w;
  return w;
}

function onReply(m: BuildReply): void {
  const p = pending.get(m.id);
  if (m.type === "log") {
    forward(p?.log, m.line);
    return;
  }
  if (!p) return;
  if (m.type === "provisional") {
    p.onProvisional?.(Buffer.from(m.payload.buffer, m.payload.offset, m.payload.length));
  } else if (m.type === "built") {
    p.answered = true;
    const payload = m.payload ? Buffer.from(m.payload.buffer, m.payload.offset, m.payload.length) : null;
    const confirmed = m.confirmed === true;
    p.resolve({ report: m.report, payload, phases: m.phases, confirmed, done: Promise.resolve() });
  } else if (m.type === "failed") {
    p.answered = true;
    p.reject(new Error(m.message));
  } else {
    if (!p.answered) p.reject(new Error("the coverage builder gave no answer"));
    p.finished();
    pending.delete(m.id);
    lean = m.lean;
    if (pending.size === 0) {
      worker?.unref();
      idleTimer = setTimeout(stopIdleBuilder, IDLE_STOP_MS).unref();
    }
  }
}

function failAll(w: Worker, err: Error): void {
  if (worker !== w) return;
  worker = null;
  for (const p of pending.values()) {
    if (!p.answered) p.reject(err);
    p.finished();
  }
  pending.clear();
}

/** A worker's pino line, logged again by the store's logger at the same level. */
function forward(log: Logger | undefined, line: string): void {
  if (!log) return;
  try {
    const { level, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
    const label = log.levels.labels[level as number] as "info" | undefined;
    if (label && typeof log[label] === "function") log[label](fields, String(msg ?? ""));
  } catch {
    // Not a log line: nothing to forward.
  }
}
