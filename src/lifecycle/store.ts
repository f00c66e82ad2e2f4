// The coverage being served, swapped atomically on reload: an interaction reads `current`
// once and answers from that Coverage, old or new, never from a half-built one. Each coverage
// is served with its own answer indexes (answers/indexes.ts), swapped in with it and warmed here.

import { type Served, withAnswerIndexes } from "../answers/indexes.ts";
import { warmAnswers } from "../answers/warm.ts";
import { corpusFingerprint, snapshotPath, writeSnapshot } from "../cache/snapshot.ts";
import { buildCoverage, type Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { DEFAULT_INDEX_OPTIONS } from "../search/index.ts";
import { loadCoverage } from "./load.ts";
import { type CorpusState, type ReloadReport, reloadCorpus, stateOf } from "./reload.ts";

export interface StoreOptions {
  /** Snapshot folder: the first load comes from it when valid, and reloads refresh it. */
  cacheDir?: string | null;
}

export interface CoverageSource {
  readonly current: Coverage;
}

export class CoverageStore implements CoverageSource {
  private state: CorpusState | null = null;
  private coverage: Served | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    private readonly build: (state: CorpusState) => Coverage = (s) => buildCoverage(s.corpus),
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

  private async runReload(): Promise<ReloadReport> {
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
      const next = withAnswerIndexes(this.build(state));
      // The swap: one assignment, after the new coverage is complete.
      this.coverage = next;
      this.warm(next);
    }
    this.state = state;
    if (report.changed && cacheDir && fingerprint)
      this.refreshSnapshot(cacheDir, fingerprint, this.coverage!);
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
      },
      "corpus reloaded",
    );
    return report;
  }

  /** Start-up: from the snapshot when it matches the files (else built and snapshotted). */
  private async loadFirst(cacheDir: string): Promise<ReloadReport> {
    const coverage = withAnswerIndexes(await loadCoverage(this.dir, this.log, { cacheDir }));
    this.state = await stateOf(coverage.corpus);
    this.coverage = coverage;
    this.warm(coverage);
    return {
      added: coverage.corpus.articles.map((a) => a.file),
      updated: [],
      removed: [],
      skipped: coverage.corpus.warnings,
      articles: coverage.corpus.articles.length,
      changed: true,
    };
  }

  /** Builds the answer indexes (and decodes a snapshot's actor model) before anyone asks. */
  private warm(coverage: Served): void {
    warmAnswers(coverage).then(
      (ms) => this.log.info({ event: "answers.warmed", ms: Math.round(ms) }, "answer indexes ready"),
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
