// The coverage being served, swapped atomically on reload: an interaction reads `current`
// once and answers from that Coverage, old or new, never from a half-built one. Each coverage
// is served with its own answer indexes (answers/indexes.ts), swapped in with it and warmed here.
// By default the coverage is built in the builder's worker thread (lifecycle/builder.ts) and
// arrives as snapshot bytes, so a reload never stalls the answers; the old coverage is served
// until the new one is decoded. A store given its own `build` function builds in this thread.

import { type Served, withAnswerIndexes } from "../answers/indexes.ts";
import { warmAnswers } from "../answers/warm.ts";
import { corpusFingerprint, decodeSnapshotInSlices, snapshotPath, writeSnapshot } from "../cache/snapshot.ts";
import type { SnapshotRestored } from "../cache/snapshot-codec.ts";
import { buildCoverage, type Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { DEFAULT_INDEX_OPTIONS } from "../search/index.ts";
import { newStoreKey, runBuild } from "./builder.ts";
import { loadCoverage } from "./load.ts";
import { phaseProgress } from "./progress.ts";
import { type CorpusState, firstLoadReport, type ReloadReport, reloadCorpus, stateOf } from "./reload.ts";

export interface StoreOptions {
  /** Snapshot folder: the first load comes from it when valid, and reloads refresh it. */
  cacheDir?: string | null;
  /** Told when a coverage's answer indexes are all built (the coverage thread reports it). */
  onWarmed?: (ms: number) => void;
}

export interface CoverageSource {
  readonly current: Coverage;
}

export class CoverageStore implements CoverageSource {
  private state: CorpusState | null = null;
  private coverage: Served | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly key = newStoreKey();

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    /** Builds in this thread instead of the builder's worker (tests of the swap). */
    private readonly build?: (state: CorpusState) => Coverage,
    private readonly options: StoreOptions = {},
  ) {}

  get current(): Served {
    if (!this.coverage) throw new Error("The coverage has not been loaded yet.");
    return this.coverage;
  }

  /** Settles once every queued reload and snapshot refresh has finished. */
  async idle(): Promise<void> {
    await this.chain;
  }

  /** Rebuilds from the folder; reloads run one after another, never two at once. */
  reload(): Promise<ReloadReport> {
    const next = this.chain.then(() => this.runReload());
    this.chain = next.catch(() => undefined);
    return next;
  }

  private runReload(): Promise<ReloadReport> {
    return this.build ? this.reloadHere(this.build) : this.reloadInWorker();
  }

  /** Built in the worker; here only decoded (the old coverage is served meanwhile) and swapped. */
  private async reloadInWorker(): Promise<ReloadReport> {
    const first = !this.coverage;
    const started = performance.now();
    // The articles served now: those a reload did not change are reused, not decoded again.
    const decode = (payload: Buffer) => decodeSnapshotInSlices(payload, 10, this.coverage?.articles);
    // A snapshot read but not yet verified is decoded meanwhile, and used only once confirmed.
    let provisional: Promise<SnapshotRestored> | null = null;
    const built = await runBuild(
      { store: this.key, dir: this.dir, cacheDir: this.options.cacheDir ?? null },
      this.log,
      (payload) => {
        // The start-up's timeline at debug level: read, decoded, verified (the first answer
        // waits for the last of them).
        const ms = () => Math.round(performance.now() - started);
        this.log.debug({ event: "snapshot.read", ms: ms(), bytes: payload.length }, "snapshot read");
        provisional = decode(payload);
        provisional.then(
          () => this.log.debug({ event: "snapshot.decoded", ms: ms() }, "snapshot decoded"),
          () => {}, // a payload that turns out corrupt is dropped, not used
        );
      },
    );
    this.chain = this.chain.then(() => built.done);
    if (built.confirmed)
      this.log.debug({ event: "snapshot.verified", ms: Math.round(performance.now() - started) }, "verified");
    const decoding = built.confirmed ? provisional : built.payload ? decode(built.payload) : null;
    if (decoding) {
      const restored = await decoding;
      const coverage = restored.coverage ?? buildCoverage(restored.corpus, { index: restored.index });
      const next = withAnswerIndexes(coverage);
      this.coverage = next;
      this.warm(next);
    }
    // A first load from the cache is reported by the builder (corpus.loaded), as in loadCoverage.
    if (!first || !this.options.cacheDir) this.reportReload(built.report, started, built.phases);
    return built.report;
  }

  private async reloadHere(build: (state: CorpusState) => Coverage): Promise<ReloadReport> {
    const { cacheDir } = this.options;
    if (!this.state && cacheDir) return this.loadFirst(cacheDir);
    const started = performance.now();
    // Taken before the files are read: a file changing mid-reload can then only make the
    // next start-up rebuild, never trust a snapshot older than the files.
    const fingerprint = cacheDir
      ? await corpusFingerprint(this.dir, DEFAULT_INDEX_OPTIONS).catch(() => null)
      : null;
    const { state, report } = await reloadCorpus(this.dir, this.state);
    if (report.changed || !this.coverage) {
      const next = withAnswerIndexes(build(state));
      // The swap: one assignment, after the new coverage is complete.
      this.coverage = next;
      this.warm(next);
    }
    this.state = state;
    if (report.changed && cacheDir && fingerprint)
      this.refreshSnapshot(cacheDir, fingerprint, this.coverage!);
    this.reportReload(report, started);
    return report;
  }

  private reportReload(report: ReloadReport, started: number, phases?: Record<string, number>): void {
    for (const w of report.skipped) {
      this.log.warn(
        { event: "corpus.skipped", file: w.file, reason: w.reason },
        `skipped ${w.file}: ${w.reason}`,
      );
    }
    this.log.info(
      {
        event: "corpus.reloaded",
        added: report.added.length,
        updated: report.updated.length,
        removed: report.removed.length,
        skipped: report.skipped.length,
        articles: report.articles,
        ms: Math.round(performance.now() - started),
        // Where the time went, in the builder's worker (reading, building, encoding).
        ...(phases && {
          phases: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])),
        }),
      },
      "corpus reloaded",
    );
  }

  /** Start-up: from the snapshot when it matches the files (else built and snapshotted). */
  private async loadFirst(cacheDir: string): Promise<ReloadReport> {
    const coverage = withAnswerIndexes(await loadCoverage(this.dir, this.log, { cacheDir }));
    this.state = await stateOf(coverage.corpus);
    this.coverage = coverage;
    this.warm(coverage);
    return firstLoadReport(coverage.corpus);
  }

  /** Builds the answer indexes (and decodes a snapshot's actor model) before anyone asks. */
  private warm(coverage: Served): void {
    const progress = phaseProgress(this.log, "warming up the answer indexes", { unit: "stages" });
    warmAnswers(coverage, { onProgress: progress }).then(
      (ms) => {
        this.log.info({ event: "answers.warmed", ms: Math.round(ms) }, "answer indexes ready");
        this.options.onWarmed?.(ms);
      },
      (err) => this.log.warn({ event: "answers.warm_failed", err }, "cannot build the answer indexes ahead"),
    );
  }

  /** After a reload, the next start-up should not pay for it again. Off the answer path. */
  private refreshSnapshot(cacheDir: string, fingerprint: string, coverage: Coverage): void {
    this.chain = this.chain
      .then(() => writeSnapshot(snapshotPath(cacheDir, this.dir), coverage, fingerprint))
      .catch((err) =>
        this.log.warn({ event: "cache.write_failed", err }, "cannot refresh the cache after a reload"),
      );
  }
}
