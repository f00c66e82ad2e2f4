// The analyses' share of a coverage build, and a hash of the events they give: a check for
// performance work on an analysis (the hash must not move, the phase should shrink).
// `npx tsx bench/events-phase.ts [DIR…]` (default: seeds and the BBC corpus).

import { createHash } from "node:crypto";
import path from "node:path";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildCoverage } from "../src/coverage.ts";
import { sharedDataDir } from "../src/eval/data-dir.ts";

const dirs = process.argv.slice(2);
if (dirs.length === 0) dirs.push("seeds", path.join(sharedDataDir(), "bbc-news"));

for (const dir of dirs) {
  const corpus = await loadCorpus(dir);
  const started = new Map<string, number>();
  const phases: string[] = [];
  const t0 = performance.now();
  const cov = buildCoverage(corpus, {
    onAnalysis: (name, done, total) => {
      if (done === 0) started.set(name, performance.now());
      else if (done === total)
        phases.push(`${name} ${Math.round(performance.now() - started.get(name)!)} ms`);
    },
  });
  const total = performance.now() - t0;
  const hash = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("hex").slice(0, 16);
  const events = phases.find((p) => p.startsWith("events"));
  const share = events ? Number(events.split(" ")[1]) / total : 0;
  process.stdout.write(
    `${path.basename(dir)}: ${corpus.articles.length} articles, ${cov.passages.length} passages, ` +
      `build ${Math.round(total)} ms (${phases.join(", ")}; events ${(100 * share).toFixed(1)}%), ` +
      `${cov.events.length} events, hash ${hash(cov.events)}, actors ${hash(cov.actors.actors)}\n`,
  );
}
