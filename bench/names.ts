// `npm run bench -- --names 300000`: the MiniSearch name lookup (answers/name-lookup.ts) at the
// size of the actors of a large coverage, without building the coverage: N actors with synthetic
// person names (first + last, the surname as an alias, as the actor model gives) and organisations,
// then autocomplete (`complete`) and "did you mean" (`closest`) over names typed 3–8 characters
// long, every fourth with a letter dropped. Wall-clock p50/p99 and the process's CPU time per
// lookup (p99): on a shared machine the wall clock also counts the time other processes ran.

import { NameLookup } from "../src/answers/name-lookup.ts";
import { definitions, findCommand, primaryOption } from "../src/answers/registry.ts";
import type { Coverage } from "../src/coverage.ts";
import type { CommandLatency } from "./report.ts";
import { Rng } from "./synthetic/random.ts";
import { buildVocabulary } from "./synthetic.ts";

const say = (line: string) => process.stderr.write(`${line}\n`);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** N actor names (and aliases) drawn from the synthetic vocabulary with a fixed seed. */
function actorNames(n: number, seed: number): { names: Array<[number, string]>; display: string[] } {
  const v = buildVocabulary();
  const rng = new Rng(seed);
  const firsts = [...new Set(v.people.map((p) => p.first))];
  const lasts = [...new Set(v.people.map((p) => p.last))];
  const names: Array<[number, string]> = [];
  const display: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) {
      const org = `${rng.pick(v.orgs)} ${rng.pick(lasts)}`;
      names.push([i, org]);
      display.push(org);
      continue;
    }
    const last = rng.pick(lasts);
    const full = `${rng.pick(firsts)} ${last}`;
    names.push([i, full], [i, last]);
    display.push(full);
  }
  return { names, display };
}

function typed(display: readonly string[], count: number, seed: number): string[] {
  const rng = new Rng(seed + 1);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = rng.pick(display as string[]);
    const t = name.slice(0, 3 + (i % 6));
    out.push(i % 4 === 3 && t.length > 4 ? t.slice(0, 2) + t.slice(3) : t);
  }
  return out;
}

function time(inputs: readonly string[], fn: (s: string) => unknown) {
  for (const s of inputs.slice(0, 200)) fn(s);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const s of inputs) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn(s);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r(percentile(wall, 50)), p99: r(percentile(wall, 99)), cpuP99: r(percentile(cpu, 99)) };
}

export function benchNames(actors: number, queries = 2000, seed = 1) {
  const { names, display } = actorNames(actors, seed);
  const t0 = performance.now();
  const lookup = new NameLookup(names, (i) => actors - i);
  const buildSeconds = Math.round(performance.now() - t0) / 1000;
  const inputs = typed(display, queries, seed);
  const complete = time(inputs, (s) => lookup.complete(s, 50));
  const closest = time(inputs, (s) => lookup.closest(s, 10));
  const row = { actors, names: names.length, buildSeconds, complete, closest };
  say(
    `name lookup, ${actors} actors (${names.length} names): built in ${buildSeconds} s; autocomplete p50 ${complete.p50} ms, p99 ${complete.p99} ms (CPU p99 ${complete.cpuP99} ms); did-you-mean p50 ${closest.p50} ms, p99 ${closest.p99} ms (CPU p99 ${closest.cpuP99} ms)`,
  );
  return row;
}

/** Partly typed names as a user types them: 1 to 8 characters of an actor's name, every fourth
 *  with its third letter dropped (a typo). */
function typedNames(coverage: Coverage, names: readonly string[], count: number): string[] {
  const actors = coverage.actors.actors.map((a) => a.name);
  const pool = actors.length > 0 ? actors : [...names];
  const out: string[] = [];
  for (let i = 0; out.length < count && i < pool.length * 8; i++) {
    const name = pool[(i * 7919) % pool.length]!;
    const typed = name.slice(0, 1 + (i % 8));
    out.push(i % 4 === 3 && typed.length > 4 ? typed.slice(0, 2) + typed.slice(3) : typed);
  }
  return out;
}

/** p50/p99 of every autocomplete (Discord asks one per keystroke) over partly typed names. */
export function autocompleteLatencies(
  coverage: Coverage,
  names: readonly string[],
  timeEach: (inputs: readonly unknown[], fn: (x: unknown) => unknown) => number[],
): CommandLatency[] {
  const typed = typedNames(coverage, names, 1000);
  const out: CommandLatency[] = [];
  for (const def of definitions()) {
    const command = findCommand(def.name);
    const option = primaryOption(def);
    if (!command?.autocomplete || !option) continue;
    const times = timeEach(typed, (p) => command.autocomplete!(coverage, option, p as string));
    out.push({
      command: `${def.name} autocomplete`,
      queries: times.length,
      p50: r3(percentile(times, 50)),
      p99: r3(percentile(times, 99)),
      max: r3(times[times.length - 1] ?? 0),
    });
    say(
      `/${def.name} autocomplete: p50 ${out.at(-1)!.p50} ms, p99 ${out.at(-1)!.p99} ms (${times.length} runs)`,
    );
  }
  return out;
}
