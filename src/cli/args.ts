// Parses a command line typed in the console or given to the CLI: `/ask what happened
// --limit 3` → command "ask", options { question: "what happened", limit: "3" }.

import type { CommandOptions } from "../answers/registry.ts";
import { findCommand, primaryOption } from "../answers/registry.ts";

export interface ParsedCommand {
  command: string;
  options: CommandOptions;
}

const FLAG = /^--([a-z][\w-]*)(?:=(.*))?$/;
/** Flags that take no value. */
const SWITCHES = new Set(["json", "explain"]);

/** `words` are the command name followed by its arguments. */
export function parseCommandWords(words: string[]): ParsedCommand {
  const [first = "", ...rest] = words;
  const command = first.replace(/^\//, "").toLowerCase();
  const options: CommandOptions = {};
  const free: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!;
    const m = FLAG.exec(w);
    if (!m) {
      free.push(w);
      continue;
    }
    const name = m[1]!;
    if (m[2] !== undefined) options[name] = m[2];
    else if (SWITCHES.has(name)) options[name] = true;
    else if (i + 1 < rest.length) options[name] = rest[++i]!;
    else options[name] = true;
  }
  const def = findCommand(command)?.definition;
  const primary = def ? primaryOption(def) : undefined;
  if (free.length > 0) {
    if (primary && options[primary] === undefined) options[primary] = free.join(" ");
    else options._extra = free.join(" ");
  }
  return { command, options };
}

/** Splits a console line into words, keeping "quoted phrases" together. */
export function splitLine(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}
