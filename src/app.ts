// Start-up shared by every face (Discord, console, CLI): load the corpus, report skipped
// files (one warning line each), and build the coverage.

import { loadCorpus } from "./corpus/load.ts";
import { buildCoverage, type Coverage } from "./coverage.ts";
import type { Logger } from "./log.ts";

export async function loadCoverage(corpusDir: string, log: Logger): Promise<Coverage> {
  const started = performance.now();
  const corpus = await loadCorpus(corpusDir);
  for (const w of corpus.warnings)
    log.warn({ event: "corpus.skipped", file: w.file, reason: w.reason }, `skipped ${w.file}: ${w.reason}`);
  const coverage = buildCoverage(corpus);
  log.info(
    {
      event: "corpus.loaded",
      dir: corpusDir,
      articles: corpus.articles.length,
      passages: coverage.passages.length,
      skipped: corpus.warnings.length,
      ms: Math.round(performance.now() - started),
    },
    `loaded ${corpus.articles.length} articles (${coverage.passages.length} passages)`,
  );
  return coverage;
}
