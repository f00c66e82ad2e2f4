// The command registry: each slash command's definition (data, in commands/) next to the
// pure function that answers it. Discord, the console and the CLI all dispatch through here.

import actorDef from "../../commands/actor.ts";
import actorsDef from "../../commands/actors.ts";
import askDef from "../../commands/ask.ts";
import type { CommandDefinition } from "../../commands/definition.ts";
import eventDef from "../../commands/event.ts";
import helpDef from "../../commands/help.ts";
import ingestDef from "../../commands/ingest.ts";
import quotesDef from "../../commands/quotes.ts";
import reloadDef from "../../commands/reload.ts";
import sourcesDef from "../../commands/sources.ts";
import timelineDef from "../../commands/timeline.ts";
import whosaidDef from "../../commands/whosaid.ts";
import type { Coverage } from "../coverage.ts";
import { type CommandContext, ingest, reload } from "../lifecycle/admin.ts";
import { actor } from "./actor.ts";
import { actorChoices, actors } from "./actors.ts";
import { ask } from "./ask.ts";
import { event, eventChoices } from "./event.ts";
import { help } from "./help.ts";
import { quotes, speakerChoices } from "./quotes.ts";
import { sources } from "./sources.ts";
import { timeline } from "./timeline.ts";
import type { Answer } from "./types.ts";
import { whosaid } from "./whosaid.ts";

export type CommandOptions = Record<string, string | number | boolean | undefined>;

export interface Choice {
  name: string;
  value: string;
}

export interface Command {
  definition: CommandDefinition;
  run(coverage: Coverage, options: CommandOptions): Answer;
  /** Suggestions for a partly typed option value (Discord autocomplete, console tab). */
  autocomplete?(coverage: Coverage, option: string, partial: string): Choice[];
  /** For commands that change the coverage: async, with the store and the caller's rights. */
  execute?(ctx: CommandContext, options: CommandOptions): Promise<Answer>;
}

/** An admin command reached without a store (e.g. the one-shot CLI) explains itself. */
const needsStore = (name: string) => (): Answer => ({
  command: name,
  error: `/${name} changes the coverage; use it in Discord, in the console (npm start), or the CLI's "add" command.`,
});

const int = (v: unknown): number | undefined =>
  typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined;

const COMMANDS: Command[] = [
  { definition: askDef, run: (c, o) => ask(c, o.question, int(o.limit)) },
  {
    definition: sourcesDef,
    run: (c, o) => sources(c, o.explain === true, o.page === undefined ? 1 : (int(o.page) ?? o.page)),
  },
  { definition: whosaidDef, run: (c, o) => whosaid(c, o.text) },
  {
    definition: quotesDef,
    run: (c, o) => quotes(c, o.speaker, o.page === undefined ? 1 : (int(o.page) ?? o.page)),
    autocomplete: (c, option, partial) => (option === "speaker" ? speakerChoices(c, partial) : []),
  },
  {
    definition: eventDef,
    run: (c, o) => event(c, o.query, int(o.limit)),
    autocomplete: (c, option, partial) => (option === "query" ? eventChoices(c, partial) : []),
  },
  {
    definition: timelineDef,
    run: (c, o) => timeline(c, o.query, o.out),
    autocomplete: (c, option, partial) => (option === "query" ? eventChoices(c, partial) : []),
  },
  { definition: reloadDef, run: needsStore("reload"), execute: (ctx) => reload(ctx) },
  { definition: ingestDef, run: needsStore("ingest"), execute: (ctx, o) => ingest(ctx, o) },
  {
    definition: actorDef,
    run: (c, o) => actor(c, o.name),
    autocomplete: (c, option, partial) => (option === "name" ? actorChoices(c, partial) : []),
  },
  { definition: actorsDef, run: (c, o) => actors(c, o.page === undefined ? 1 : (int(o.page) ?? o.page)) },
  { definition: helpDef, run: () => help(definitions()) },
];

export function definitions(): CommandDefinition[] {
  return COMMANDS.map((c) => c.definition);
}

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.definition.name === name);
}

/** Runs a command; never throws for bad input — the answer carries the error. */
export function runCommand(coverage: Coverage, name: string, options: CommandOptions): Answer {
  const command = findCommand(name);
  if (!command) {
    return {
      command: name,
      error: `There is no /${name} command. Try ${definitions()
        .map((d) => `/${d.name}`)
        .join(", ")}.`,
    };
  }
  return command.run(coverage, options);
}

/** The option a bare query fills ("ask what happened" → question). */
export function primaryOption(definition: CommandDefinition): string | undefined {
  const opt = (definition.options ?? []).find((o) => o.type === 3);
  return opt?.name;
}

/** Runs any command with a live store: admin commands act, the rest answer from `current`. */
export async function executeCommand(
  ctx: CommandContext,
  name: string,
  options: CommandOptions,
): Promise<Answer> {
  const command = findCommand(name);
  if (command?.execute) return command.execute(ctx, options);
  return runCommand(ctx.store.current, name, options);
}
