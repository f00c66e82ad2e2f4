// `npm run eval -- misspell [--n 200] [--seed 7] [--corpus DIR] [--json]`: "did you mean" on
// misspelled actor names. Over the BBC corpus, a fixed-seed generator takes actors named in at
// least two articles and changes one letter of one word of 4+ letters of the name (a deletion,
// an insertion or a substitution: one edit), keeping only misspellings that name no actor; the
// score is the share whose suggestions (/actor's "Did you mean") hold the actor, and the share
// whose autocomplete choices (the misspelling typed whole) hold it.

import path from "node:path";
import { suggest } from "../answers/actor.ts";
import { actorChoices } from "../answers/actors.ts";
import { withAnswerIndexes } from "../answers/indexes.ts";
import type { Coverage } from "../coverage.ts";
import { loadCoverage } from "../lifecycle/load.ts";
import { createLogger } from "../log.ts";
import type { Actor } from "../types.ts";
import { sharedDataDir } from "./data-dir.ts";
import { mulberry32 as random } from "./random.ts";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** One edit (delete, insert or substitute a letter) inside one word of 4+ letters, or null. */
export function misspell(name: string, rnd: () => number): string | null {
  const words = name.split(" ");
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[\p{L}'’-]{4,}$/u.test(w));
  if (long.length === 0) return null;
  const [word, at] = long[Math.floor(rnd() * long.length)]!;
  // Not the first letter: people rarely get it wrong, and a capital stays a capital.
  const pos = 1 + Math.floor(rnd() * (word.length - 1));
  const letter = LETTERS[Math.floor(rnd() * LETTERS.length)]!;
  const kind = Math.floor(rnd() * 3);
  const typo =
    kind === 0
      ? word.slice(0, pos) + word.slice(pos + 1)
      : kind === 1
        ? word.slice(0, pos) + letter + word.slice(pos)
        : word.slice(0, pos) + letter + word.slice(pos + 1);
  if (typo.toLowerCase() === word.toLowerCase()) return null;
  return words.map((w, i) => (i === at ? typo : w)).join(" ");
}

export interface Misspelling {
  actor: string;
  typed: string;
}

/** `n` misspellings of actors named in 2+ articles, none of which names an actor. */
export function misspellings(coverage: Coverage, n: number, seed: number): Misspelling[] {
  const rnd = random(seed);
  const pool: Actor[] = coverage.actors.actors.filter((a) => a.documents.length >= 2);
  const out: Misspelling[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < n && tries < n * 50 && pool.length > 0; tries++) {
    const a = pool[Math.floor(rnd() * pool.length)]!;
    const typed = misspell(a.name, rnd);
    if (!typed || seen.has(typed) || coverage.actors.resolve(typed)) continue;
    seen.add(typed);
    out.push({ actor: a.name, typed });
  }
  return out;
}

export async function misspellCli(args: string[]): Promise<void> {
  const flag = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
  const n = Number(flag("--n") ?? 200);
  const seed = Number(flag("--seed") ?? 7);
  const corpus = path.resolve(flag("--corpus") ?? path.join(sharedDataDir(), "bbc-news"));
  const coverage = withAnswerIndexes(
    await loadCoverage(corpus, createLogger("warn", false), { cacheDir: process.env.CACHE_DIR ?? ".cache" }),
  );
  const cases = misspellings(coverage, n, seed);
  let suggested = 0;
  let first = 0;
  let completed = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const names = suggest(coverage, c.typed);
    if (names.includes(c.actor)) suggested++;
    else misses.push(`${c.typed} → ${names.join(", ") || "(none)"} (wanted ${c.actor})`);
    if (names[0] === c.actor) first++;
    if (actorChoices(coverage, c.typed).some((ch) => ch.value === c.actor)) completed++;
  }
  const share = (k: number) => Math.round((1000 * k) / Math.max(1, cases.length)) / 10;
  const summary = {
    misspellings: cases.length,
    seed,
    inSuggestions: share(suggested),
    firstSuggestion: share(first),
    inAutocomplete: share(completed),
  };
  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ summary, cases, misses })}\n`);
    return;
  }
  for (const m of misses) process.stdout.write(`✗ ${m}\n`);
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}
