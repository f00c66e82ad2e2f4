// The build's second thread started while the corpus is still being read: the worker loads its
// modules and compiles the name tagger during the reading instead of during the build's first
// stage (where this thread did that stage's batches alone until it was up). Started only once the
// articles read hold EARLY_FROM passages, so a small corpus never starts one; one started for a
// corpus that ends up too small for two threads is closed unused by the build.

import { availableParallelism } from "node:os";
import type { Article } from "../types.ts";
import { Lane } from "./lane.ts";

/** Passages read before the second thread is started (a fifth of the fewest built on two). */
const EARLY_FROM = 2_000;

export class EarlyLane {
  private passages = 0;
  private lane: Lane | null = null;
  private done: boolean;

  constructor(
    private readonly from = EARLY_FROM,
    threads = Math.min(2, availableParallelism()),
  ) {
    this.done = threads < 2;
  }

  /** An article was read (loadCorpus's onArticle). */
  readonly saw = (article: Article): void => {
    if (this.done) return;
    this.passages += article.passages.length;
    if (this.passages < this.from) return;
    this.done = true;
    this.lane = new Lane();
  };

  /** The lane if one was started, for buildCoverageInParallel (which closes it); once only. */
  take(): Lane | undefined {
    const lane = this.lane ?? undefined;
    this.lane = null;
    this.done = true;
    return lane;
  }

  /** Stops a lane not taken (the reading failed). */
  close(): void {
    this.take()?.close();
  }
}
