// /help: the commands, from their own definitions so the text never drifts from them.

import type { CommandDefinition } from "../../commands/definition.ts";
import type { HelpAnswer } from "./types.ts";

export function help(definitions: readonly CommandDefinition[]): HelpAnswer {
  return {
    command: "help",
    commands: definitions.map((d) => ({
      name: d.name,
      usage: `/${d.name}${(d.options ?? []).map((o) => ("required" in o && o.required ? ` <${o.name}>` : ` [${o.name}]`)).join("")}`,
      description: d.description,
    })),
  };
}
