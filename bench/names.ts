// `npm run bench -- --names 300000[,…] [--labels 350000]`: the name lookup (answers/name-lookup.ts)
// at the size of the actors of a large coverage, without building the coverage: N actors with
// synthetic person names (first + last, the surname as an alias, as the actor model gives) and
// organisations, then autocomplete (`complete`, 50 asked as /actor does) and "did you mean"
// (`closest`) over names typed 1–8 characters long (every fourth with its third letter dropped,
// every third the first name and the start of the surname); with --labels, as many synthetic event
// labels ("Zorbat Corp tromed the dirs of the ken in Lima") and their autocomplete over the start of
// a label or of a word in it. Wall-clock p50/p99 and the process's CPU time per lookup (p99): on
// a shared machine the wall clock also counts the time other processes ran.

import { NameLookup } from "../src/answers/name-lookup.ts";
import { definitions, findCommand, primaryOption } from "../src/answers/registry.ts";
import type { Coverage } from "../src/coverage.ts";
import type { CommandLatency } from "./report.ts";
import { percentile } from "./stats.ts";
import { Rng } from "./synthetic/random.ts";
import { buildVocabulary, plural, verbForms } from "./synthetic.ts";

const say = (line: string) => process.stderr.write(`${line}\n`);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

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
    const words = name.split(" ");
    if (i % 3 === 2 && words.length > 1) {
      out.push(`${words[0]} ${words[1]!.slice(0, 1 + (i % 4))}`);
      continue;
    }
    const t = name.slice(0, 1 + (i % 8));
    out.push(i % 4 === 3 && t.length > 4 ? t.slice(0, 2) + t.slice(3) : t);
  }
  return out;
}

/** N event labels in the shape the event model gives: who did what to what, and where. */
function eventLabels(n: number, seed: number): string[] {
  const v = buildVocabulary();
  const rng = new Rng(seed + 2);
  const who = () =>
    rng.chance(0.5) ? rng.pick(v.orgs) : `${rng.pick(v.people).first} ${rng.pick(v.people).last}`;
  const noun = () => v.nouns[v.zipf.nouns.sample(rng)]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const verb = verbForms(v.verbs[v.zipf.verbs.sample(rng)]!).past;
    const what = rng.chance(0.5)
      ? `the ${noun()} of the ${plural(noun())}`
      : `${rng.int(2, 9000)} ${plural(noun())}`;
    out.push(`${who()} ${verb} ${what}${rng.chance(0.4) ? ` in ${rng.pick(v.places)}` : ""}`);
  }
  return out;
}

/** The start of a label, or of a word inside it, 1–12 characters. */
function typedLabels(labels: readonly string[], count: number, seed: number): string[] {
  const rng = new Rng(seed + 3);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const label = rng.pick(labels as string[]);
    const words = label.split(" ");
    const from = i % 2 === 0 ? label : words.slice(rng.int(1, words.length - 1)).join(" ");
    out.push(from.slice(0, 1 + (i % 12)));
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

const timed = (what: string, t: ReturnType<typeof time>) =>
  `${what} p50 ${t.p50} ms, p99 ${t.p99} ms (CPU p99 ${t.cpuP99} ms)`;

export function benchNames(actors: number, labels = 0, queries = 2000, seed = 1) {
  const { names, display } = actorNames(actors, seed);
  const t0 = performance.now();
  const lookup = new NameLookup(names, (i) => actors - i);
  const buildSeconds = Math.round(performance.now() - t0) / 1000;
  const t2 = performance.now();
  lookup.prepareSuggestions();
  const suggestionsSeconds = Math.round(performance.now() - t2) / 1000;
  const inputs = typed(display, queries, seed);
  const complete = time(inputs, (s) => lookup.complete(s, 50));
  const closest = time(inputs, (s) => lookup.closest(s, 10));
  say(
    `name lookup, ${actors} actors (${names.length} names): built in ${buildSeconds} s (+ ${suggestionsSeconds} s for did-you-mean); ${timed("autocomplete", complete)}; ${timed("did-you-mean", closest)}`,
  );
  const row = { actors, names: names.length, buildSeconds, suggestionsSeconds, complete, closest };
  if (labels <= 0) return row;
  const texts = eventLabels(labels, seed);
  const t1 = performance.now();
  const byLabel = new NameLookup(
    texts.map((t, i) => [i, t] as const),
    (i) => i % 7,
  );
  const labelBuildSeconds = Math.round(performance.now() - t1) / 1000;
  const labelComplete = time(typedLabels(texts, queries, seed), (s) => byLabel.complete(s, 25));
  say(`event labels, ${labels}: built in ${labelBuildSeconds} s; ${timed("autocomplete", labelComplete)}`);
  return {
    actors,
    names: names.length,
    buildSeconds,
    complete,
    closest,
    labels,
    labelBuildSeconds,
    labelComplete,
  };
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
