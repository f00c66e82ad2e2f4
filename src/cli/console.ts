// The local console: the same slash commands as Discord, typed at a prompt, answered as
// terminal text. Runs when there is no DISCORD_TOKEN. A bad line never ends the session.

import readline from "node:readline";
import { definitions, findCommand, runCommand } from "../answers/registry.ts";
import type { Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { renderTerminal } from "../render/terminal.ts";
import { parseCommandWords, splitLine } from "./args.ts";

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
}

/** Answers one console line; returns null for /quit. */
export function answerLine(coverage: Coverage, line: string, color = false): string | null {
  const trimmed = line.trim();
  if (trimmed === "") return "";
  if (/^\/(?:quit|exit|q)$/i.test(trimmed)) return null;
  // A line without a slash is a question: the most natural thing to type.
  const words = splitLine(trimmed.startsWith("/") ? trimmed : `/ask ${trimmed}`);
  const { command, options } = parseCommandWords(words);
  return renderTerminal(runCommand(coverage, command, options), { color });
}

export function startConsole(coverage: Coverage, log: Logger, io: ConsoleIO): Promise<void> {
  const names = [...definitions().map((d) => `/${d.name}`), "/quit"];
  const rl = readline.createInterface({
    input: io.input,
    output: io.output,
    terminal: (io.output as NodeJS.WriteStream).isTTY === true,
    completer: (line: string) => completeLine(coverage, names, line),
  });
  const write = (s: string) => io.output.write(`${s}\n`);
  write(
    `coverage-bot console — ${coverage.corpus.articles.length} articles, ${coverage.passages.length} passages.\n` +
      "Type a question, or /help for the commands, /quit to leave.",
  );
  rl.setPrompt("coverage> ");
  rl.prompt();
  return new Promise((resolve) => {
    rl.on("line", (line) => {
      let out: string | null;
      try {
        out = answerLine(coverage, line, io.color);
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
    });
    rl.on("close", () => resolve());
  });
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
