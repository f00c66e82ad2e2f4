// The coverage build's output as hashes, with its wall and CPU time: a check for work on where the
// build runs (the hashes must not move; one thread and two threads must agree).
// `npx tsx bench/build-hash.ts [--one] [--two] DIR…` (default: seeds and the BBC corpus; both builds).
// "one" is buildCoverage on this thread; "two" is the two-thread build, forced on however small
// the corpus (minPassages 0).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
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

/** The actor model whole, as the snapshot stores it, read back as JSON (maps as their entries):
 *  the bytes themselves also record how V8 holds each string (one or two bytes a character),
 *  which a copy between threads may change without changing a value. */
function actorsJson(c: Coverage): string {
  const d = new v8.DefaultDeserializer(actorModelSnapshot.encode(c.actors));
  d.readHeader();
  const chunks: unknown[] = [];
  for (let n = d.readValue() as number; n > 0; n--) chunks.push(d.readValue());
  return JSON.stringify(chunks, (_, v) => (v instanceof Map ? [...v] : v));
}

/** Every output of the build a user can see: the actor model whole, the quotes, the events and
 *  the passages. */
const hashes = (c: Coverage) => ({
  actors: hash(actorsJson(c)),
  quotes: hash(JSON.stringify(c.quotes)),
  events: hash(JSON.stringify(c.events)),
  passages: hash(JSON.stringify(c.passages)),
});

/** CPU seconds of this thread alone (Linux; null elsewhere): with two threads, the build's
 *  critical path on a machine with a core free for each. */
function threadCpu(): number | null {
  try {
    const fields = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

for (const dir of dirs) {
  const corpus = await loadCorpus(dir);
  for (const mode of modes) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const main0 = threadCpu();
    const c =
      mode === "one" ? buildCoverage(corpus) : await buildCoverageInParallel(corpus, { minPassages: 0 });
    const cpu = process.cpuUsage(cpu0);
    const main1 = threadCpu();
    const main = main0 === null || main1 === null ? "" : ` (this thread ${(main1 - main0).toFixed(2)} s)`;
    const wall = (performance.now() - t0) / 1000;
    const h = hashes(c);
    process.stdout.write(
      `${path.basename(dir)} ${mode}: ${c.passages.length} passages, wall ${wall.toFixed(2)} s, ` +
        `CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s${main}, ` +
        `actors ${h.actors} quotes ${h.quotes} events ${h.events} passages ${h.passages}\n`,
    );
  }
}
