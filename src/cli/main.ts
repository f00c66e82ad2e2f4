// The CLI: one command per run, or a batch of JSON lines. With --json (always in batch)
// stdout holds only JSON; logs go to stderr. Exit code 2 for usage errors.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { withAnswerIndexes } from "../answers/indexes.ts";
import { executeCommand, runCommand } from "../answers/registry.ts";
import type { Answer } from "../answers/types.ts";
import { isError } from "../answers/types.ts";
import { ConfigError, loadDotenv, readConfig } from "../config.ts";
import type { Coverage } from "../coverage.ts";
import { buildCoverage } from "../coverage.ts";
import { loadCoverage } from "../lifecycle/load.ts";
import { CoverageStore } from "../lifecycle/store.ts";
import { createLogger } from "../log.ts";
import { isMainModule } from "../main-module.ts";
import { renderJson, renderJsonPieces } from "../render/json.ts";
import { parseCommandWords } from "./args.ts";
import { terminalOutput } from "./output.ts";

const USAGE = `Usage:
  npm run --silent cli -- <command> [query...] [--json] [--corpus DIR] [--limit N]
  npm run --silent cli -- batch FILE [--corpus DIR]      (JSON lines in, JSON lines out)
  npm run --silent cli -- add FILE [--url URL] [--outlet NAME] [--published YYYY-MM-DD] [--title T]
Commands: ask, sources (--explain), help, and the others /help lists`;

interface Outcome {
  stdout: string;
  code: number;
  /** stdout in pieces, when it may be too long for one string (a JSON timeline at scale). */
  pieces?: readonly string[];
}

/** An outcome whose text is written piece by piece (`stdout` joins them, for small ones). */
function inPieces(pieces: readonly string[], code: number): Outcome {
  return {
    pieces,
    code,
    get stdout() {
      return pieces.join("");
    },
  };
}

export async function runCli(argv: string[], env = process.env): Promise<Outcome> {
  const words = [...argv];
  const corpusFlag = takeFlag(words, "--corpus");
  const json = takeSwitch(words, "--json");
  if (words.length === 0 || words[0] === "--help" || words[0] === "-h") {
    return {
      stdout: json ? JSON.stringify({ error: 'Give a command, e.g. ask "what happened".' }) : USAGE,
      code: words.length ? 0 : 2,
    };
  }
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message, json);
    throw e;
  }
  const log = createLogger(env.LOG_LEVEL ?? "warn", false);
  const dir = corpusFlag ? path.resolve(corpusFlag) : config.corpusDir;
  if (words[0] === "add") return addArticle(words.slice(1), dir, log, json, config.cacheDir);
  let coverage: Coverage;
  try {
    coverage = withAnswerIndexes(await loadCoverage(dir, log, { cacheDir: config.cacheDir }));
  } catch (e) {
    return fail((e as Error).message, json);
  }
  if (words[0] === "batch") {
    const file = words[1];
    if (!file) return fail("batch needs a FILE of JSON lines (or - for standard input).", true);
    let input: string;
    try {
      input = file === "-" ? await readStdin() : await readFile(file, "utf8");
    } catch (e) {
      return fail(`Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, true);
    }
    return { stdout: runBatch(coverage, input), code: 0 };
  }
  const { command, options } = parseCommandWords(words);
  const answer = runCommand(coverage, command, options);
  const usageError = isError(answer);
  if (json) return inPieces(renderJsonPieces(answer), usageError ? 2 : 0);
  const out = terminalOutput(answer, terminalStyle(), config.cacheDir);
  return { stdout: out, code: usageError ? 2 : 0 };
}

/** One JSON answer per input line, same order; a bad line's answer is its error. */
export function runBatch(coverage: Coverage, input: string): string {
  const out: string[] = [];
  for (const line of input.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    out.push(renderJson(batchAnswer(coverage, line)));
  }
  return out.join("\n");
}

function batchAnswer(coverage: Coverage, line: string): Answer {
  let req: unknown;
  try {
    req = JSON.parse(line);
  } catch {
    return { command: "batch", error: "This line is not valid JSON." };
  }
  if (typeof req !== "object" || req === null || typeof (req as { command?: unknown }).command !== "string") {
    return {
      command: "batch",
      error: 'Each line needs a "command", e.g. {"command": "ask", "query": "..."}.',
    };
  }
  const { command, query, ...rest } = req as Record<string, unknown>;
  const words = [String(command)];
  const parsed = parseCommandWords(words);
  const options = { ...parsed.options } as Record<string, string | number | boolean | undefined>;
  for (const [k, v] of Object.entries(rest))
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") options[k] = v;
  if (query !== undefined) {
    const withQuery = parseCommandWords([String(command), String(query)]);
    Object.assign(options, withQuery.options);
  }
  return runCommand(coverage, parsed.command, options);
}

/** `add FILE --url … --outlet … --published …`: the terminal twin of Discord's /ingest. */
async function addArticle(
  args: string[],
  dir: string,
  log: ReturnType<typeof createLogger>,
  json: boolean,
  cacheDir: string,
): Promise<Outcome> {
  const raw = args[0];
  const { options } = parseCommandWords(["add", ...args.slice(1)]);
  if (!raw || raw.startsWith("--")) return fail("add needs the article FILE (a .txt or .md).", json);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(raw);
  } catch (e) {
    return fail(`Cannot read ${raw}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, json);
  }
  // From the snapshot, and refreshing it: one incremental reload for the new file, not two full builds.
  // Built on this thread: a one-shot command has no answers to keep flowing, so no builder worker.
  const store = new CoverageStore(dir, log, (s) => buildCoverage(s.corpus), { cacheDir });
  try {
    await store.reload();
  } catch (e) {
    return fail((e as Error).message, json);
  }
  const answer = await executeCommand(
    { store, canManage: true, attachment: { name: path.basename(raw), bytes } },
    "ingest",
    options,
  );
  await store.idle();
  const out = json ? renderJson(answer) : terminalOutput(answer, terminalStyle(), cacheDir);
  return { stdout: out, code: isError(answer) ? 2 : 0 };
}

const terminalStyle = () => ({ color: process.stdout.isTTY === true });

function fail(message: string, json: boolean): Outcome {
  return { stdout: json ? JSON.stringify({ error: message }) : `! ${message}`, code: 2 };
}

function takeFlag(words: string[], flag: string): string | undefined {
  const i = words.findIndex((w) => w === flag || w.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  const w = words[i]!;
  if (w.includes("=")) {
    words.splice(i, 1);
    return w.slice(flag.length + 1);
  }
  const v = words[i + 1];
  words.splice(i, 2);
  return v;
}

function takeSwitch(words: string[], flag: string): boolean {
  const i = words.indexOf(flag);
  if (i < 0) return false;
  words.splice(i, 1);
  return true;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

if (isMainModule(import.meta.url)) {
  await loadDotenv();
  const outcome = await runCli(process.argv.slice(2));
  if (outcome.pieces) {
    for (const piece of outcome.pieces) process.stdout.write(piece);
    process.stdout.write("\n");
  } else if (outcome.stdout) process.stdout.write(`${outcome.stdout}\n`);
  process.exitCode = outcome.code;
}
