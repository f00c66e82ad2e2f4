// Start-up shared by every face (Discord, console, CLI): load the corpus, report skipped
// files (one warning line each), and build the coverage — from the snapshot in CACHE_DIR when
// it matches the corpus files and the code, otherwise from the files (then snapshot it).

import path from "node:path";
import { loadCorpus } from "./corpus/load.ts";
import { buildCoverage, type Coverage } from "./coverage.ts";
import type { Logger } from "./log.ts";
import { DEFAULT_INDEX_OPTIONS } from "./search/index.ts";
import { progressReporter } from "./search/progress.ts";
import {
  corpusFingerprint,
  readSnapshot,
  snapshotPath,
  sweepTempFiles,
  writeSnapshot,
} from "./search/snapshot.ts";

export interface LoadCoverageOptions {
  /** Where the snapshot lives; null = no cache. Default: CACHE_DIR, else .cache. */
  cacheDir?: string | null;
}

export function defaultCacheDir(env = process.env): string {
  return path.resolve(env.CACHE_DIR?.trim() || ".cache");
}

export async function loadCoverage(
  corpusDir: string,
  log: Logger,
  options: LoadCoverageOptions = {},
): Promise<Coverage> {
  const started = performance.now();
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  let fingerprint: string | null = null;
  let file: string | null = null;
  if (cacheDir) {
    try {
      fingerprint = await corpusFingerprint(corpusDir, DEFAULT_INDEX_OPTIONS);
      file = snapshotPath(cacheDir, corpusDir);
      await sweepTempFiles(cacheDir);
      const snap = await readSnapshot(file, fingerprint);
      if (snap.ok) {
        if (snap.recomputed.length > 0)
          log.debug({ event: "cache.recomputed", fields: snap.recomputed }, "analyses re-run on load");
        report(log, corpusDir, snap.coverage, started, "snapshot");
        return snap.coverage;
      }
      if (snap.reason === "corrupt")
        log.warn(
          { event: "cache.corrupt", file, detail: snap.detail },
          `cache file ${file} is unusable (${snap.detail}); rebuilding it`,
        );
      else
        log.debug({ event: "cache.miss", file, reason: snap.reason, detail: snap.detail }, "no usable cache");
    } catch (e) {
      // An unreadable corpus folder is reported by loadCorpus below, in its own words.
      log.debug({ event: "cache.unavailable", err: e }, "cache not used");
      fingerprint = null;
    }
  }
  const corpus = await loadCorpus(corpusDir, {
    onProgress: progressReporter(log, "reading", { unit: "files" }),
  });
  const coverage = buildCoverage(corpus, {
    onProgress: progressReporter(log, "indexing", { unit: "passages" }),
  });
  report(log, corpusDir, coverage, started, "files");
  if (cacheDir && fingerprint && file) {
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
  return coverage;
}

function report(log: Logger, dir: string, coverage: Coverage, started: number, from: string): void {
  const { corpus } = coverage;
  for (const w of corpus.warnings)
    log.warn({ event: "corpus.skipped", file: w.file, reason: w.reason }, `skipped ${w.file}: ${w.reason}`);
  log.info(
    {
      event: "corpus.loaded",
      dir,
      from,
      articles: corpus.articles.length,
      passages: coverage.passages.length,
      skipped: corpus.warnings.length,
      ms: Math.round(performance.now() - started),
    },
    `loaded ${corpus.articles.length} articles (${coverage.passages.length} passages) from ${from}`,
  );
}
