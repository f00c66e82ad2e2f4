// The messages between the coverage store (main thread) and the coverage builder's worker
// thread (lifecycle/build-worker.ts): plain data, so they cross threads by structured clone,
// except the snapshot payload, whose buffer is transferred (moved, never copied).

import type { CorpusState, ReloadReport } from "./reload.ts";

/** Bring the coverage of `dir` up to date for store `store` (first call: snapshot or files). */
export interface BuildJob {
  id: number;
  store: number;
  dir: string;
  cacheDir: string | null;
}

/** Start reading `dir`'s snapshot now, for the first job to come (sent as the builder starts,
 *  while the caller's own code is still loading). */
export interface PrefetchJob {
  prefetch: true;
  dir: string;
  cacheDir: string;
}

/** A store's corpus state as the builder keeps it between jobs once a snapshot holds the
 *  articles: the files' stamps, and the snapshot to read the articles back from. */
export interface LeanState {
  lean: Omit<CorpusState, "corpus">;
  file: string;
  fingerprint: string;
}

/** The stores' lean states, given back to a builder started again after an idle stop. */
export interface RestoreJob {
  restore: Array<[number, LeanState]>;
}

export type BuildReply =
  /** A pino line logged in the worker, for the store's own logger. */
  | { type: "log"; id: number; line: string }
  /** A first load's snapshot, read but not yet verified: the main thread starts decoding it
   *  (the memory is shared, not moved) and uses it only when "built" confirms it. */
  | {
      type: "provisional";
      id: number;
      payload: { buffer: SharedArrayBuffer; offset: number; length: number };
    }
  /** The job's outcome: a new coverage as snapshot payload bytes, or null when nothing changed
   *  or when `confirmed` (the provisional payload is verified: that is the new coverage). */
  | {
      type: "built";
      id: number;
      report: ReloadReport;
      payload: { buffer: ArrayBuffer; offset: number; length: number } | null;
      confirmed?: boolean;
      /** Reading, indexing and analysing times, in ms. */
      phases: Record<string, number>;
    }
  /** Everything after the answer (the snapshot refresh) is finished too. `lean`: every store's
   *  state, when all are lean (the thread may then be stopped while idle and given them back);
   *  null when a store keeps its whole corpus here (no cache folder). */
  | { type: "done"; id: number; lean: Array<[number, LeanState]> | null }
  | { type: "failed"; id: number; message: string };
