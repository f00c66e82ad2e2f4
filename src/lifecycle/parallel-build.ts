// The coverage built on two threads, identical to buildCoverage's (same actors, quotes and events
// in the same order). The actor model's per-article stages run on both threads, its corpus-wide
// ones here (parallel-actors.ts); then events and quotes are per-article work plus a
// cross-article merge: a second thread (the lane, analysis-worker.ts) takes batches of articles
// from the front of the corpus as it frees up, this thread takes the next ones, and the results
// are put back in corpus order before the merges run here (lane.ts shares out the batches). The
// search index is built here while the lane starts on the events, and the events' merge while it
// does the quotes: the lane is never idle meanwhile. The lane gets only the batch in hand (the
// corpus is never copied whole) and the actor model once, as its snapshot bytes. Small corpora
// stay on one thread: starting a thread costs more than it saves.

import { availableParallelism } from "node:os";
import { actorModelSnapshot } from "../analysis/actors/index.ts";
import { type DocCluster, eventsFromClusters } from "../analysis/events/index.ts";
import { type ArticleQuotes, finishQuotes } from "../analysis/quotes/index.ts";
import { ALL_STEPS } from "../analysis/steps.ts";
import { plainArticle } from "../corpus/article.ts";
import {
  analysisLayers,
  type BuildOptions,
  buildCoverage,
  buildSearch,
  type Coverage,
  type SearchCoverage,
} from "../coverage.ts";
import type { Logger } from "../log.ts";
import type { Article, Corpus } from "../types.ts";
import { ARTICLE_WORK, type ArticleWork, sharedObjects, type WorkContext } from "./article-work.ts";
import { Lane, runBatches } from "./lane.ts";
import { actorsInTwoThreads } from "./parallel-actors.ts";
import { resolveRefs, type Shared } from "./thread-refs.ts";

/** Below this many passages the coverage is built on one thread. */
const PARALLEL_FROM = 10_000;

export interface ParallelBuildOptions extends BuildOptions {
  /** Threads to use: 1 builds as buildCoverage does. Default: 2 when the machine has 2 cores. */
  threads?: number;
  /** Fewest passages for which a second thread is started. Default PARALLEL_FROM. */
  minPassages?: number;
  /** Articles in a batch (tests); default about 1/256 of the corpus, 4 to 64. */
  batchArticles?: number;
  /** Where a lane that failed is reported (its batches are then done on this thread). */
  log?: Logger;
  /** A second thread started before the build (early-lane.ts): used, or closed if not needed. */
  lane?: Lane;
}

/** buildCoverage on two threads when the corpus is large enough and the machine has the cores. */
export async function buildCoverageInParallel(
  corpus: Corpus,
  options: ParallelBuildOptions = {},
): Promise<Coverage> {
  const threads = options.threads ?? Math.min(2, availableParallelism());
  let passages = 0;
  for (const a of corpus.articles) passages += a.passages.length;
  if (threads < 2 || passages < (options.minPassages ?? PARALLEL_FROM)) {
    options.lane?.close();
    return buildCoverage(corpus, options);
  }
  const lane = options.lane ?? new Lane();
  try {
    return await inTwoThreads(corpus, options, lane);
  } finally {
    lane.close();
  }
}

async function inTwoThreads(corpus: Corpus, options: ParallelBuildOptions, lane: Lane): Promise<Coverage> {
  const { articles } = corpus;
  const n = articles.length;
  const progress = options.onAnalysis ?? (() => {});
  const switches = options.steps ?? ALL_STEPS;
  const quiet = analysisLayers(n, () => {});
  progress("actors", 0, n);
  const actors = await actorsInTwoThreads(lane, {
    articles,
    switches,
    layerOf: quiet("actors"),
    size: options.batchArticles ?? batchSize(n),
    progress: (done) => progress("actors", Math.min(done, n - 1), n),
    log: options.log,
  });
  progress("actors", n, n);
  lane.send({ type: "model", bytes: actorModelSnapshot.encode(actors), off: [...switches.off] });
  const phase = (work: ArticleWork): Phase => ({
    work,
    articles,
    context: { actors, switches, layerOf: quiet(work) },
    shared: sharedObjects(articles),
    progress: (done) => progress(work, Math.min(done, n - 1), n),
  });
  // Events first, the search index built here meanwhile; then quotes, the events' merge across
  // articles done here meanwhile (the lane is never idle while this thread merges).
  let search: SearchCoverage | null = null;
  progress("events", 0, n);
  const clusters = await perArticle(lane, phase("events"), options, (pump) => {
    // The lane's results are collected (and it is sent more) as the index reports progress.
    search = buildSearch(corpus, {
      ...options,
      onProgress: (done, total) => {
        options.onProgress?.(done, total);
        pump();
      },
    });
  });
  let events: Coverage["events"] = [];
  progress("quotes", 0, n);
  const found = await perArticle(lane, phase("quotes"), options, (pump) => {
    events = eventsFromClusters(articles, (clusters as DocCluster[][]).flat(), actors, switches, pump);
    progress("events", n, n);
  });
  const quotes = finishQuotes(articles, found as ArticleQuotes[], switches);
  progress("quotes", n, n);
  return { ...search!, actors, quotes, events };
}

/** One analysis's per-article work over the corpus. */
interface Phase {
  work: ArticleWork;
  articles: readonly Article[];
  context: WorkContext;
  shared: Shared;
  progress: (done: number) => void;
}

/** Batches of about 1/256 of the corpus: small enough to keep both threads busy to the end and
 *  the lane's copy of its articles small, large enough that messages cost nothing. */
const batchSize = (n: number): number => Math.min(64, Math.max(4, Math.ceil(n / 256)));

/** Every article's result, in corpus order; `during` runs first, given a way to serve the lane. */
async function perArticle(
  lane: Lane,
  phase: Phase,
  { log, batchArticles }: ParallelBuildOptions,
  during?: (pump: () => void) => void,
): Promise<unknown[]> {
  const { articles, work } = phase;
  const size = batchArticles ?? batchSize(articles.length);
  const count = Math.ceil(articles.length / size);
  const results: unknown[][] = new Array(count);
  const batch = (seq: number) => articles.slice(seq * size, (seq + 1) * size);
  let done = 0;
  const finish = (seq: number, r: unknown[]) => {
    results[seq] = r;
    done += r.length;
    phase.progress(done);
  };
  await runBatches(
    lane,
    {
      work,
      count,
      request: (seq) => ({ type: "batch", seq, work, articles: batch(seq).map(plainArticle) }),
      here: (seq) =>
        finish(
          seq,
          batch(seq).map((a) => ARTICLE_WORK[work](a, phase.context)),
        ),
      take: (seq, r) => finish(seq, resolveRefs(r, phase.shared) as unknown[]),
    },
    log,
    during,
  );
  return results.flat();
}
