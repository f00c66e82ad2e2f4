// `npx tsx bench/warm-slices.ts SNAPSHOT [--slice 10] [--over 50] [--profile]`: reads a kept snapshot and runs
// the warm-up as the bot does (each stage's step asked for about `--slice` ms, a turn of the event
// loop between calls), and says for each stage how many calls ran over `--over` ms, the longest,
// and how much of each long call the collector's pauses were: a long call with no pause in it is
// a piece of our own work too big for the slice. `--profile` samples the warm-up with V8's
// profiler and names, for each long call, the functions of our code it spent its time in.
// `--probe QUESTION` asks /ask that question every tenth call, as a user would during the
// warm-up (the commands not ready yet answer "warming up", as in the bot), and counts a long
// answer as a long call of the stage it came in.

import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { runCommand } from "../src/answers/registry.ts";
import { warmStages } from "../src/answers/warm.ts";
import { readSnapshot } from "../src/cache/snapshot.ts";
import { type CallProfiler, clockMicros, startCallProfiler } from "./call-profile.ts";
import { watchGc } from "./gc-pauses.ts";
import { storedFingerprint } from "./kept-snapshot.ts";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const file = args[0];
if (!file)
  throw new Error(
    "usage: npx tsx bench/warm-slices.ts SNAPSHOT [--slice 10] [--over 50] [--profile] [--probe QUESTION]",
  );
const slice = flag("--slice", 10);
const over = flag("--over", 50);

const snap = await readSnapshot(file, await storedFingerprint(file));
if (!snap.ok || !snap.coverage) throw new Error(`cannot use ${file}`);
const served = withAnswerIndexes(snap.coverage);
console.log(`${served.passages.length} passages; slices of ${slice} ms, calls over ${over} ms`);
const gc = watchGc();
const profiler: CallProfiler | null = args.includes("--profile") ? await startCallProfiler() : null;
const long: Array<{ stage: string; from: number; ms: number; micros: [number, number] }> = [];
const probe = args.includes("--probe") ? args[args.indexOf("--probe") + 1]! : null;
const stages = warmStages(served, slice);
const ready = new Set<string>();
served.indexes.warming = { share: 0, ready };
for (const [i, { name, step, readies }] of stages.entries()) {
  const t0 = performance.now();
  let calls = 0;
  let longest = 0;
  let overCount = 0;
  for (let done = false; !done; ) {
    const from = performance.now();
    const fromMicros = clockMicros();
    done = step();
    const ms = performance.now() - from;
    calls++;
    longest = Math.max(longest, ms);
    if (ms > over) {
      overCount++;
      long.push({ stage: name, from, ms, micros: [fromMicros, clockMicros()] });
    }
    if (probe && calls % 10 === 0) {
      const asked = performance.now();
      const askedMicros = clockMicros();
      runCommand(served, "ask", { question: probe });
      const wait = performance.now() - asked;
      if (wait > over)
        long.push({ stage: `${name} (/ask)`, from: asked, ms: wait, micros: [askedMicros, clockMicros()] });
    }
    await new Promise((r) => setImmediate(r));
  }
  for (const c of readies) ready.add(c);
  served.indexes.warming = { share: (i + 1) / stages.length, ready };
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(
    `${name.padEnd(22)} ${seconds.padStart(6)} s  ${calls} calls, ${overCount} over, longest ${longest.toFixed(0)} ms`,
  );
}
const pauses = await gc.read(...long.map(({ from, ms }): [number, number] => [from, from + ms]));
const byStage = new Map<string, string[]>();
long.forEach(({ stage, ms }, i) => {
  const list = byStage.get(stage) ?? [];
  list.push(`${ms.toFixed(0)} (collector ${pauses[i]!.totalMs})`);
  byStage.set(stage, list);
});
for (const [stage, list] of byStage) console.log(`${stage}: ${list.join(", ")} ms`);
if (profiler) {
  const frames = await profiler.stop(long.map((l) => l.micros));
  for (const [i, { stage, ms }] of long.entries())
    console.log(`${stage} ${ms.toFixed(0)} ms: ${frames[i]!.join("; ")}`);
}
