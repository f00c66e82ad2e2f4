// The coverage build's output as hashes, with its wall and CPU time: a check for work on where the
// build runs (the hashes must not move; one thread and two threads must agree).
// `npx tsx bench/build-hash.ts [--one] [--two] DIR…` (default: seeds and the BBC corpus; both builds).
// "one" is buildCoverage on this thread; "two" is the two-thread build, forced on however small
// the corpus (minPassages 0).

import { createHash } from "node:crypto";
import path from "node:path";
import { actorModelSnapshot } from "../src/analysis/actors/index.ts";
import { loadCorpus } from "../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../src/coverage.ts";
import { sharedDataDir } from "../src/eval/data-dir.ts";
import { buildCoverageInParallel } from "../src/lifecycle/parallel-build.ts";

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith("--"));
if (dirs.length === 0) dirs.push("seeds", path.join(sharedDataDir(), "bbc-news"));
const only = args.filter((a) => a === "--one" || a === "--two").map((a) => a.slice(2));
const modes = only.length ? only : ["one", "two"];

const hash = (v: string | Uint8Array) => createHash("sha256").update(v).digest("hex").slice(0, 16);

/** Every output of the build a user can see: the actor model whole (as the snapshot stores it),
 *  the quotes, the events and the passages. */
const hashes = (c: Coverage) => ({
  actors: hash(actorModelSnapshot.encode(c.actors)),
  quotes: hash(JSON.stringify(c.quotes)),
  events: hash(JSON.stringify(c.events)),
  passages: hash(JSON.stringify(c.passages)),
});

for (const dir of dirs) {
  const corpus = await loadCorpus(dir);
  for (const mode of modes) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const c =
      mode === "one" ? buildCoverage(corpus) : await buildCoverageInParallel(corpus, { minPassages: 0 });
    const cpu = process.cpuUsage(cpu0);
    const wall = (performance.now() - t0) / 1000;
    const h = hashes(c);
    process.stdout.write(
      `${path.basename(dir)} ${mode}: ${c.passages.length} passages, wall ${wall.toFixed(2)} s, ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, ` +
        `actors ${h.actors} quotes ${h.quotes} events ${h.events} passages ${h.passages}\n`,
    );
  }
}
