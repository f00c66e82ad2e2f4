// Start-up shared by every face (Discord, console, CLI). Loading runs one way: ask the cache
// for a snapshot that matches the corpus files and the code; on a miss read the corpus, build
// the coverage, and have the cache write it. Skipped files are reported (one warning line each).

import { corpusFingerprint, readSnapshot, snapshotPath, writeSnapshot } from "../cache/snapshot.ts";
import { loadCorpus } from "../corpus/load.ts";
import { buildCoverage, type Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { DEFAULT_INDEX_OPTIONS } from "../search/index.ts";
import { sweepTempFiles } from "../temp-files.ts";
import type { CorpusWarning } from "../types.ts";
import { EarlyLane } from "./early-lane.ts";
import { buildCoverageInParallel } from "./parallel-build.ts";
import { analysisProgress, phaseProgress } from "./progress.ts";

export interface LoadCoverageOptions {
  /** Where the snapshot lives (config.cacheDir); null = no cache. */
  cacheDir: string | null;
}

/** A corpus folder's place in the cache: its snapshot file and the fingerprint it must carry. */
interface CacheSlot {
  file: string;
  fingerprint: string;
}

export async function loadCoverage(
  corpusDir: string,
  log: Logger,
  options: LoadCoverageOptions,
): Promise<Coverage> {
  const started = performance.now();
  const slot = options.cacheDir ? await cacheSlot(options.cacheDir, corpusDir, log) : null;
  const cached = slot ? await fromCache(slot, log) : null;
  if (cached) {
    reportLoaded(log, corpusDir, cached.corpus, cached.passages.length, started, "snapshot");
    return cached;
  }
  // The build's second thread starts while the files are read (a large corpus only).
  const early = new EarlyLane();
  const corpus = await loadCorpus(corpusDir, {
    onProgress: phaseProgress(log, "reading", { unit: "files" }),
    onArticle: early.saw,
  }).catch((e: unknown) => {
    early.close();
    throw e;
  });
  const coverage = await buildCoverageInParallel(corpus, {
    onProgress: phaseProgress(log, "indexing", { unit: "passages" }),
    onAnalysis: analysisProgress(log),
    log,
    lane: early.take(),
  });
  reportLoaded(log, corpusDir, coverage.corpus, coverage.passages.length, started, "files");
  if (slot) await toCache(slot, coverage, log);
  return coverage;
}

async function cacheSlot(cacheDir: string, corpusDir: string, log: Logger): Promise<CacheSlot | null> {
  try {
    const fingerprint = await corpusFingerprint(corpusDir, DEFAULT_INDEX_OPTIONS);
    await sweepTempFiles(cacheDir);
    return { file: snapshotPath(cacheDir, corpusDir), fingerprint };
  } catch (e) {
    // An unreadable corpus folder is reported by loadCorpus, in its own words.
    log.debug({ event: "cache.unavailable", err: e }, "cache not used");
    return null;
  }
}

/** The coverage from its snapshot, or null (missing, stale or corrupt: then built from the files). */
async function fromCache({ file, fingerprint }: CacheSlot, log: Logger): Promise<Coverage | null> {
  const snap = await readSnapshot(file, fingerprint);
  if (snap.ok) {
    if (snap.coverage) return snap.coverage;
    // Some analysis could not be stored: the corpus and index come from the snapshot, the
    // analyses are re-run here (the cache never builds a coverage).
    log.debug({ event: "cache.recomputed", fields: snap.recomputed }, "analyses re-run on load");
    return buildCoverage(snap.corpus, { index: snap.index });
  }
  if (snap.reason === "corrupt")
    log.warn(
      { event: "cache.corrupt", file, detail: snap.detail },
      `cache file ${file} is unusable (${snap.detail}); rebuilding it`,
    );
  else log.debug({ event: "cache.miss", file, reason: snap.reason, detail: snap.detail }, "no usable cache");
  return null;
}

async function toCache({ file, fingerprint }: CacheSlot, coverage: Coverage, log: Logger): Promise<void> {
  try {
    const t = performance.now();
    const { bytes } = await writeSnapshot(file, coverage, fingerprint);
    log.debug(
      { event: "cache.written", file, bytes, ms: Math.round(performance.now() - t) },
      "cache written",
    );
  } catch (e) {
    log.warn({ event: "cache.write_failed", file, err: e }, `cannot write the cache file ${file}`);
  }
}

/** The start-up's log lines: each skipped file, then what was loaded, from where, how fast. */
export function reportLoaded(
  log: Logger,
  dir: string,
  corpus: { articles: readonly unknown[]; warnings: readonly CorpusWarning[] },
  passages: number,
  started: number,
  from: string,
): void {
  for (const w of corpus.warnings)
    log.warn({ event: "corpus.skipped", file: w.file, reason: w.reason }, `skipped ${w.file}: ${w.reason}`);
  log.info(
    {
      event: "corpus.loaded",
      dir,
      from,
      articles: corpus.articles.length,
      passages,
      skipped: corpus.warnings.length,
      ms: Math.round(performance.now() - started),
    },
    `loaded ${corpus.articles.length} articles (${passages} passages) from ${from}`,
  );
}
