// `npx tsx bench/slowest.ts SNAPSHOT [ask,actor,...] [--top 15] [--prof OUT_PREFIX]`: reads a kept
// snapshot once, warms, times each named command over the questions and names `npm run bench`
// uses (the same warm-up pass first), and lists the slowest inputs with where their CPU went
// (a profile taken during the timed pass, its samples cut to the slowest inputs' windows).

import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { PerformanceObserver } from "node:perf_hooks";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { withAnswerIndexes } from "../src/answers/indexes.ts";
import { definitions, primaryOption, runCommand } from "../src/answers/registry.ts";
import { warmSteps } from "../src/answers/warm.ts";
import { readSnapshot } from "../src/cache/snapshot.ts";
import { storedFingerprint } from "./kept-snapshot.ts";
import { namesOf } from "./questions.ts";
import { percentile } from "./stats.ts";
import { buildVocabulary, generateQueries } from "./synthetic.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args[0]!;
const only = (args[1] && !args[1].startsWith("--") ? args[1] : "ask,whosaid,quotes,actor").split(",");
const TOP = Number(flag("--top") ?? 15);
const PROF = flag("--prof");

const t0 = performance.now();
const snap = await readSnapshot(file, await storedFingerprint(file));
if (!snap.ok || !snap.coverage) throw new Error("unreadable snapshot");
const coverage = withAnswerIndexes(snap.coverage);
console.error(`read ${((performance.now() - t0) / 1000).toFixed(1)} s, ${coverage.passages.length} passages`);
const tw = performance.now();
for (const [i, step] of warmSteps(coverage, Number.POSITIVE_INFINITY).entries()) {
  const ts = performance.now();
  while (!step());
  console.error(`  warm stage ${i}: ${((performance.now() - ts) / 1000).toFixed(1)} s`);
}
console.error(`warm ${((performance.now() - tw) / 1000).toFixed(1)} s`);
const vocab = buildVocabulary();
const questions = generateQueries(1000, 1, vocab).map((q) => q.text);
const names = namesOf(coverage, vocab, 1000);
// Collector pauses of 20 ms or more, to tell a slow answer from a pause that fell into it.
const pauses: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (e.duration >= 20) pauses.push({ start: e.startTime, ms: e.duration });
}).observe({ entryTypes: ["gc"] });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 250 });

for (const def of definitions()) {
  if (!only.includes(def.name)) continue;
  const option = primaryOption(def);
  const pool = option && /name|actor|person|speaker/i.test(option) ? names : questions;
  const inputs = option ? pool.map((q) => ({ [option]: q })) : questions.map(() => ({}));
  const warmStart = performance.now();
  for (const x of inputs.slice(0, 100)) {
    runCommand(coverage, def.name, x);
    if (performance.now() - warmStart > 3000) break;
  }
  gc();
  await session.post("Profiler.start");
  const runs: { ms: number; cpu: number; from: number; to: number; input: string }[] = [];
  for (const x of inputs) {
    const from = performance.now();
    const cpu0 = process.cpuUsage();
    runCommand(coverage, def.name, x);
    const cpu1 = process.cpuUsage(cpu0);
    const to = performance.now();
    const cpu = (cpu1.user + cpu1.system) / 1000;
    runs.push({ ms: to - from, cpu, from, to, input: String(Object.values(x)[0] ?? "") });
  }
  const pEnd = performance.now();
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const cpus = runs.map((r) => r.cpu).sort((a, b) => a - b);
  console.log(
    `\n== /${def.name}: p50 ${percentile(times, 50).toFixed(2)} p99 ${percentile(times, 99).toFixed(1)} max ${times.at(-1)!.toFixed(1)} ms; CPU p50 ${percentile(cpus, 50).toFixed(2)} p99 ${percentile(cpus, 99).toFixed(1)} max ${cpus.at(-1)!.toFixed(1)} ms`,
  );
  const slow = [...runs].sort((a, b) => b.ms - a.ms).slice(0, TOP);
  for (const r of slow) {
    const gcMs = pauses
      .filter((g) => g.start < r.to && g.start + g.ms > r.from)
      .reduce((t, g) => t + g.ms, 0);
    console.log(`${r.ms.toFixed(1).padStart(8)}  ${gcMs ? `(GC ${gcMs.toFixed(0)} ms) ` : ""}${r.input}`);
  }
  if (PROF) writeFileSync(`${PROF}-${def.name}.cpuprofile`, JSON.stringify(profile));
  printWhere(profile, pEnd, slow);
}

/** Self and inclusive time by function over the samples inside the slow inputs' windows. */
function printWhere(profile: Profile, pEnd: number, slow: { from: number; to: number }[]) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  // The profile's clock (µs) set on ours by its end: the stop follows the timed loop at once.
  let t = pEnd - (profile.endTime - profile.startTime) / 1000;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]! / 1000;
    if (!slow.some((r) => t >= r.from && t <= r.to)) return;
    total++;
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + 1);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const l = label(byId.get(x)!);
      if (seen.has(l)) continue;
      seen.add(l);
      incl.set(l, (incl.get(l) ?? 0) + 1);
    }
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, c]) => `${((100 * c) / Math.max(1, total)).toFixed(1).padStart(6)}  ${k}`);
  console.log(`-- self (${total} samples in the slow windows)`);
  for (const l of top(self, 20)) console.log(l);
  console.log("-- inclusive");
  for (const l of top(incl, 30)) console.log(l);
}
