// The local console: the same slash commands as Discord, typed at a prompt, answered as
// terminal text. Runs when there is no DISCORD_TOKEN. A bad line never ends the session.

import readline from "node:readline";
import { indexesOf } from "../answers/indexes.ts";
import { definitions, executeCommand, findCommand, runCommand } from "../answers/registry.ts";
import { warmingAnswer } from "../answers/warming.ts";
import type { Coverage } from "../coverage.ts";
import type { CoverageStore } from "../lifecycle/store.ts";
import type { Logger } from "../log.ts";
import { parseCommandWords, splitLine } from "./args.ts";
import { terminalOutput } from "./output.ts";

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  /** Where a timeline image goes when /timeline gives no --out (the cache folder). */
  imageDir: string;
}

/** Answers one console line; returns null for /quit. */
export function answerLine(
  coverage: Coverage,
  line: string,
  color = false,
  imageDir = ".cache",
): string | null {
  const trimmed = line.trim();
  if (trimmed === "") return "";
  if (/^\/(?:quit|exit|q)$/i.test(trimmed)) return null;
  // A line without a slash is a question: the most natural thing to type.
  const words = splitLine(trimmed.startsWith("/") ? trimmed : `/ask ${trimmed}`);
  const { command, options } = parseCommandWords(words);
  return terminalOutput(runCommand(coverage, command, options), { color }, imageDir);
}

/** Like answerLine, with the live store: /reload and /ingest act (the console's operator is the admin). */
export async function answerLineLive(
  store: CoverageStore,
  line: string,
  color = false,
  imageDir = ".cache",
): Promise<string | null> {
  const words = splitLine(line.trim());
  const command = findCommand((words[0] ?? "").replace(/^\//, "").toLowerCase());
  if (!line.trim().startsWith("/") || !command?.execute)
    return answerLine(store.current, line, color, imageDir);
  const { command: name, options } = parseCommandWords(words);
  const answer = await executeCommand(
    { store, canManage: true, attachment: await attachmentFrom(options) },
    name,
    options,
  );
  return terminalOutput(answer, { color }, imageDir);
}

/** In the console, /ingest takes a path: `/ingest --file article.txt --url …`. */
async function attachmentFrom(
  options: Record<string, unknown>,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const file = options.file ?? options._extra;
  if (typeof file !== "string") return null;
  const { readFile } = await import("node:fs/promises");
  const path = await import("node:path");
  try {
    return { name: path.basename(file), bytes: await readFile(file) };
  } catch {
    return null;
  }
}

export function startConsole(store: CoverageStore, log: Logger, io: ConsoleIO): Promise<void> {
  const coverage = () => store.current;
  const names = [...definitions().map((d) => `/${d.name}`), "/quit"];
  const rl = readline.createInterface({
    input: io.input,
    output: io.output,
    terminal: (io.output as NodeJS.WriteStream).isTTY === true,
    completer: (line: string) => completeLine(coverage(), names, line),
  });
  const write = (s: string) => io.output.write(`${s}\n`);
  write(
    `coverage-bot console — ${coverage().corpus.articles.length} articles, ${coverage().passages.length} passages.\n` +
      "Type a question, or /help for the commands, /quit to leave.",
  );
  rl.setPrompt("coverage> ");
  rl.prompt();
  return new Promise((resolve) => {
    // Lines are answered one at a time, in order, even when one awaits a reload.
    let queue = Promise.resolve();
    rl.on("line", (line) => {
      queue = queue.then(() => handleLine(line));
    });
    const handleLine = async (line: string) => {
      let out: string | null;
      try {
        await untilReady(store, line);
        out = await answerLineLive(store, line, io.color, io.imageDir);
      } catch (e) {
        log.error({ event: "console.error", err: e, line: line.slice(0, 200) }, "command failed");
        out = "! Something went wrong answering that; the error was logged. Try again.";
      }
      if (out === null) {
        rl.close();
        return;
      }
      if (out) write(`${out}\n`);
      rl.prompt();
    };
    rl.on("close", () => queue.then(() => resolve()));
  });
}

/** The console has one user, who would rather wait a moment than be told to ask again: a command
 *  whose indexes are still warming after start-up waits for them (piped input arrives at once).
 *  /ask, which Discord answers at once during the warm-up without its direct answer and a
 *  speaker's quotations ("What did X say about Y"), waits here for the whole warm-up. */
async function untilReady(store: CoverageStore, line: string, maxMs = 120_000): Promise<void> {
  const word = line.trim().startsWith("/") ? (splitLine(line.trim())[0] ?? "") : "/ask";
  const name = findCommand(word.replace(/^\//, "").toLowerCase())?.definition.name;
  if (!name) return;
  const waiting = () =>
    name === "ask" ? indexesOf(store.current).warming !== null : !!warmingAnswer(store.current, name);
  const until = Date.now() + maxMs;
  while (waiting() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
}

function completeLine(coverage: Coverage, names: string[], line: string): [string[], string] {
  if (!line.includes(" ")) {
    const hits = names.filter((n) => n.startsWith(line));
    return [hits.length ? hits : names, line];
  }
  const [cmd = "", ...rest] = line.split(" ");
  const command = findCommand(cmd.replace(/^\//, ""));
  const partial = rest.join(" ");
  if (!command?.autocomplete) return [[], line];
  const option = command.definition.options?.[0]?.name ?? "";
  const choices = command.autocomplete(coverage, option, partial).map((c) => `${cmd} ${c.value}`);
  return [choices, line];
}
