// The coverage being served, swapped atomically on reload: an interaction reads `current`
// once and answers from that Coverage, old or new, never from a half-built one.

import { buildCoverage, type Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { type CorpusState, type ReloadReport, reloadCorpus } from "./reload.ts";

export interface CoverageSource {
  readonly current: Coverage;
}

export class CoverageStore implements CoverageSource {
  private state: CorpusState | null = null;
  private coverage: Coverage | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    private readonly log: Logger,
    private readonly build: (state: CorpusState) => Coverage = (s) => buildCoverage(s.corpus),
  ) {}

  get current(): Coverage {
    if (!this.coverage) throw new Error("The coverage has not been loaded yet.");
    return this.coverage;
  }

  /** Rebuilds from the folder; reloads run one after another, never two at once. */
  reload(): Promise<ReloadReport> {
    const next = this.chain.then(() => this.runReload());
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async runReload(): Promise<ReloadReport> {
    const started = performance.now();
    const { state, report } = await reloadCorpus(this.dir, this.state);
    if (report.changed || !this.coverage) {
      const next = this.build(state);
      // The swap: one assignment, after the new coverage is complete.
      this.coverage = next;
    }
    this.state = state;
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
}
