// The coverage builder's worker thread: reads the corpus folder, builds the coverage (index and
// analyses) and encodes it as a snapshot payload, off the main thread, so answers keep flowing
// while a reload builds (a rebuild of 5,000 articles blocked the bot's event loop for seconds).
// It keeps each store's corpus state, so a reload re-reads only the files that changed, and it
// refreshes the snapshot file after handing the new coverage over. Jobs run one at a time.

import { parentPort } from "node:worker_threads";
import pino from "pino";
import {
  corpusFingerprint,
  encodeSnapshot,
  readProvisional,
  readSnapshot,
  type SnapshotProvisional,
  snapshotPath,
  writeSnapshotPayload,
} from "../cache/snapshot.ts";
import { DEFAULT_INDEX_OPTIONS } from "../search/index.ts";
import type { BuildJob, BuildReply, LeanState, PrefetchJob, RestoreJob } from "./build-protocol.ts";
import { EarlyLane } from "./early-lane.ts";
import { reportLoaded } from "./load.ts";
import { buildCoverageInParallel } from "./parallel-build.ts";
import { analysisProgress, phaseProgress } from "./progress.ts";
import {
  type CorpusState,
  type FileStamp,
  firstLoadReport,
  type ReloadReport,
  reloadCorpus,
  stampsOf,
} from "./reload.ts";

const port = parentPort!;
const post = (reply: BuildReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

let current = 0;
const log = pino(
  { level: "debug", base: undefined, timestamp: false },
  { write: (line: string) => post({ type: "log", id: current, line }) },
);
/** What the worker keeps of a store's corpus between jobs: the whole state, or — once a snapshot
 *  written with `fingerprint` holds the articles — only the file stamps, the articles being read
 *  back from the snapshot at the next reload (so an idle bot holds one copy of the corpus, not two). */
type Kept = { state: CorpusState } | LeanState;
const states = new Map<number, Kept>();
let queue: Promise<void> = Promise.resolve();

port.on("message", (job: BuildJob | PrefetchJob | RestoreJob) => {
  if ("prefetch" in job) prefetch(job);
  else if ("restore" in job) for (const [store, lean] of job.restore) states.set(store, lean);
  else queue = queue.then(() => run(job));
});

/** Every store's state if all are lean (see BuildReply "done"), else null. */
function leanStates(): Array<[number, LeanState]> | null {
  const out: Array<[number, LeanState]> = [];
  for (const [store, kept] of states) {
    if ("state" in kept) return null;
    out.push([store, kept]);
  }
  return out;
}

/** A snapshot read ahead of the first job (PrefetchJob), taken by the job for that corpus. */
let prefetched: {
  dir: string;
  file: string;
  stamping: Promise<string | null>;
  reading: Promise<SnapshotProvisional>;
} | null = null;

function prefetch(job: PrefetchJob): void {
  const file = snapshotPath(job.cacheDir, job.dir);
  // Stamped before the file is read, as a job does (build below).
  const stamping = corpusFingerprint(job.dir, DEFAULT_INDEX_OPTIONS).catch(() => null);
  const reading = readProvisional(file, stamping);
  reading.catch(() => {});
  prefetched = { dir: job.dir, file, stamping, reading };
}

/** The snapshot read ahead for this corpus and file, once. */
function takePrefetched(dir: string, file: string) {
  const p = prefetched;
  prefetched = null;
  return p && p.dir === dir && p.file === file ? p : null;
}

async function run(job: BuildJob): Promise<void> {
  current = job.id;
  try {
    const after = await build(job);
    await after?.().catch((err) =>
      log.warn({ event: "cache.write_failed", err }, "cannot refresh the cache after a reload"),
    );
  } catch (e) {
    post({ type: "failed", id: job.id, message: (e as Error).message });
  }
  post({ type: "done", id: job.id, lean: leanStates() });
}

/** Answers the job; returns what is left to do after the answer (the snapshot write). */
async function build(job: BuildJob): Promise<(() => Promise<unknown>) | null> {
  const started = performance.now();
  const kept = states.get(job.store);
  const previous = kept ? await restored(kept) : null;
  const file = job.cacheDir ? snapshotPath(job.cacheDir, job.dir) : null;
  // Taken before the files are read: a file changing mid-build can then only make the next
  // start-up rebuild, never trust a snapshot older than the files.
  // The files are stamped while the snapshot is read and hashed (both seconds at 1M passages).
  const ahead = !previous && file ? takePrefetched(job.dir, file) : null;
  const stamping = ahead
    ? ahead.stamping
    : file
      ? corpusFingerprint(job.dir, DEFAULT_INDEX_OPTIONS).catch(() => null)
      : null;
  if (!previous && file && stamping) {
    const after = await fromSnapshot(job, file, stamping, started, ahead?.reading);
    if (after) return after;
  }
  const fingerprint = await stamping;
  const phases: Record<string, number> = {};
  let t = performance.now();
  // A first read starts the build's second thread while the files are read (a large corpus only).
  const early = previous ? null : new EarlyLane();
  const { state, report: read } = await reloadCorpus(job.dir, previous, {
    onProgress: previous ? undefined : phaseProgress(log, "reading", { unit: "files" }),
    onArticle: early?.saw,
  }).catch((e: unknown) => {
    early?.close();
    throw e;
  });
  const report = kept && !previous && "lean" in kept ? reportAgainst(read, kept.lean.stamps, state) : read;
  phases.reading = performance.now() - t;
  states.set(job.store, { state });
  if (!report.changed) {
    early?.close();
    // Nothing to build: a store that kept only stamps goes on keeping only stamps.
    if (kept && "lean" in kept && previous)
      states.set(job.store, { ...kept, lean: { stamps: state.stamps, sourcesStamp: state.sourcesStamp } });
    post({ type: "built", id: job.id, report, payload: null, phases });
    return null;
  }
  t = performance.now();
  const coverage = await buildCoverageInParallel(state.corpus, {
    onProgress: phaseProgress(log, "indexing", { unit: "passages" }),
    onAnalysis: analysisProgress(log),
    log,
    lane: early?.take(),
  });
  phases.building = performance.now() - t;
  if (!previous && file)
    reportLoaded(log, job.dir, coverage.corpus, coverage.passages.length, started, "files");
  t = performance.now();
  const chunks = encodeSnapshot(coverage, fingerprint ?? "");
  const payload = joined(chunks);
  phases.encoding = performance.now() - t;
  post({ type: "built", id: job.id, report, payload, phases }, [payload.buffer]);
  if (!file || !fingerprint) return null;
  return async () => {
    await writeSnapshotPayload(file, chunks);
    states.set(job.store, {
      lean: { stamps: state.stamps, sourcesStamp: state.sourcesStamp },
      file,
      fingerprint,
    });
  };
}

/** The previous state, its articles read back from the snapshot when only the stamps were kept;
 *  null when that snapshot is gone or was replaced (then every file is read again). */
async function restored(kept: Kept): Promise<CorpusState | null> {
  if ("state" in kept) return kept.state;
  const snap = await readSnapshot(kept.file, kept.fingerprint);
  if (snap.ok) return { ...kept.lean, corpus: snap.corpus };
  log.debug(
    { event: "cache.state_lost", reason: snap.reason },
    "previous corpus state re-read from the files",
  );
  return null;
}

/** A full re-read's report, told against the files the store had before (their stamps). */
function reportAgainst(
  report: ReloadReport,
  before: Map<string, FileStamp>,
  state: CorpusState,
): ReloadReport {
  const now = new Set(state.corpus.articles.map((a) => a.file));
  const added = [...now].filter((f) => !before.has(f));
  const updated = [...now].filter((f) => {
    const a = before.get(f);
    const b = state.stamps.get(f);
    return a && b && (a.size !== b.size || a.mtimeMs !== b.mtimeMs);
  });
  const removed = [...before.keys()].filter((f) => !now.has(f));
  const changed = added.length + updated.length + removed.length > 0 || report.updated.length > 0;
  return { ...report, added, updated, removed, changed };
}

/** First load from a valid snapshot: its payload goes to the main thread as it is read, before
 *  its checksum is taken, so the main thread decodes while this thread verifies (decoding it
 *  here too doubled the start-up); "built" then confirms it. A payload failing the checksum is
 *  never used: null, and the job builds from the files. The files' stamps, for the next reload,
 *  are taken after the answer, off the start-up's path. */
async function fromSnapshot(
  job: BuildJob,
  file: string,
  stamping: Promise<string | null>,
  started: number,
  reading?: Promise<SnapshotProvisional>,
) {
  const read = await (reading ?? readProvisional(file, stamping));
  if (read.ok) shareProvisional(job, read.payload);
  const snap = read.ok ? await read.verify() : read;
  if (!snap.ok) {
    if (snap.reason === "corrupt")
      log.warn(
        { event: "cache.corrupt", file, detail: snap.detail },
        `cache file ${file} is unusable (${snap.detail}); rebuilding it`,
      );
    else
      log.debug({ event: "cache.miss", file, reason: snap.reason, detail: snap.detail }, "no usable cache");
    return null;
  }
  const fingerprint = (await stamping) ?? ""; // settled and a string: the check compared it
  const { files, passages, warnings } = snap.outline;
  const articles = files.map((f) => ({ file: f }));
  reportLoaded(log, job.dir, { articles, warnings }, passages, started, "snapshot");
  const report = firstLoadReport({ dir: job.dir, articles, warnings });
  post({ type: "built", id: job.id, report, payload: null, phases: {}, confirmed: true });
  return async () => {
    states.set(job.store, { lean: await stampsOf({ dir: job.dir, articles, warnings }), file, fingerprint });
  };
}

function shareProvisional(job: BuildJob, payload: Buffer): void {
  const { buffer, byteOffset: offset, length } = payload;
  post({ type: "provisional", id: job.id, payload: { buffer: buffer as SharedArrayBuffer, offset, length } });
}

/** The chunks in one buffer of their own (never Node's shared pool), so it can be transferred. */
function joined(chunks: readonly Uint8Array[]) {
  const length = chunks.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { buffer: out.buffer, offset: 0, length };
}
