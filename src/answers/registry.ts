// The command registry: each slash command's definition (data, in commands/) next to the
// pure function that answers it. Discord, the console and the CLI all dispatch through here.
// The handler table is typed from the definitions: each handler gets its own options
// (`{ question: string; limit?: number }`), and a command without a handler does not compile.

import actorDef from "../../commands/actor.ts";
import actorsDef from "../../commands/actors.ts";
import askDef from "../../commands/ask.ts";
import type { CommandDefinition, OptionsOf } from "../../commands/definition.ts";
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
import { type CommandOptions, parseOptions } from "./options.ts";
import { quotes, speakerChoices } from "./quotes.ts";
import { sources } from "./sources.ts";
import { timeline } from "./timeline.ts";
import type { Answer, Choice } from "./types.ts";
import { warmingAnswer } from "./warming.ts";
import { whosaid } from "./whosaid.ts";

export type { CommandOptions } from "./options.ts";
export type { Choice } from "./types.ts";

/** Every command, in the order /help lists them. */
const DEFINITIONS = {
  ask: askDef,
  sources: sourcesDef,
  whosaid: whosaidDef,
  quotes: quotesDef,
  event: eventDef,
  timeline: timelineDef,
  reload: reloadDef,
  ingest: ingestDef,
  actor: actorDef,
  actors: actorsDef,
  help: helpDef,
} as const;

export type CommandName = keyof typeof DEFINITIONS;

/** How one command is answered, typed from its definition `D`. `flags` are the raw options as
 * typed, for the CLI's flags beyond Discord's (`--explain`, `--out`, `--page all`). */
export interface Handler<D extends CommandDefinition> {
  run(coverage: Coverage, options: OptionsOf<D>, flags: CommandOptions): Answer;
  /** Suggestions for a partly typed option value (Discord autocomplete, console tab). */
  autocomplete?(coverage: Coverage, option: string, partial: string): Choice[];
  /** For commands that change the coverage: async, with the store and the caller's rights. */
  execute?(ctx: CommandContext, options: OptionsOf<D>): Promise<Answer>;
}

/** A command as callers outside the registry see it: options not yet checked. */
export interface Command {
  definition: CommandDefinition;
  run(coverage: Coverage, options: CommandOptions): Answer;
  autocomplete?(coverage: Coverage, option: string, partial: string): Choice[];
  execute?(ctx: CommandContext, options: CommandOptions): Promise<Answer>;
}

/** An admin command reached without a store (e.g. the one-shot CLI) explains itself. */
const needsStore = (name: CommandName) => (): Answer => ({
  command: name,
  error: `/${name} changes the coverage; use it in Discord, in the console (npm start), or the CLI's "add" command.`,
});

/** The page asked for: Discord's integer, or the CLI's text as typed (`all`, or a bad page that
 * the answer explains). */
const pageOf = (page: number | undefined, flags: CommandOptions) =>
  page ?? (flags.page === undefined ? 1 : flags.page);

type Definitions = typeof DEFINITIONS;
/** One handler per command, each typed from its own definition. */
type HandlerTable = { [N in CommandName]: Handler<Definitions[N]> };

const HANDLERS = {
  ask: { run: (c, o) => ask(c, o.question, o.limit) },
  sources: { run: (c, o, flags) => sources(c, flags.explain === true, pageOf(o.page, flags)) },
  whosaid: { run: (c, o) => whosaid(c, o.text) },
  quotes: {
    run: (c, o, flags) => quotes(c, o.speaker, pageOf(o.page, flags)),
    autocomplete: (c, option, partial) => (option === "speaker" ? speakerChoices(c, partial) : []),
  },
  event: {
    // `limit` is a CLI flag only (Discord's /event has none).
    run: (c, o, flags) => event(c, o.query, intOf(flags.limit)),
    autocomplete: (c, option, partial) => (option === "query" ? eventChoices(c, partial) : []),
  },
  timeline: {
    run: (c, o, flags) => timeline(c, o.query, flags.out),
    autocomplete: (c, option, partial) => (option === "query" ? eventChoices(c, partial) : []),
  },
  reload: { run: needsStore("reload"), execute: (ctx) => reload(ctx) },
  ingest: { run: needsStore("ingest"), execute: (ctx, o) => ingest(ctx, o) },
  actor: {
    run: (c, o) => actor(c, o.name),
    autocomplete: (c, option, partial) => (option === "name" ? actorChoices(c, partial) : []),
  },
  actors: { run: (c, o, flags) => actors(c, pageOf(o.page, flags)) },
  help: { run: () => help(definitions()) },
} satisfies HandlerTable;

function intOf(v: unknown): number | undefined {
  return typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Binds a definition to its handler: raw options are checked against the definition first.
 *  While the answer indexes warm up, a command whose indexes are not ready says so at once
 *  (warming.ts) rather than building them in one long call. */
function bind<D extends CommandDefinition>(definition: D, handler: Handler<D>): Command {
  const { execute, autocomplete } = handler;
  const name = definition.name;
  return {
    definition,
    run: (coverage, raw) =>
      warmingAnswer(coverage, name) ?? handler.run(coverage, parseOptions(definition, raw), raw),
    ...(autocomplete
      ? {
          autocomplete: (coverage: Coverage, option: string, partial: string) =>
            warmingAnswer(coverage, name) ? [] : autocomplete(coverage, option, partial),
        }
      : {}),
    ...(execute ? { execute: (ctx, raw) => execute(ctx, parseOptions(definition, raw)) } : {}),
  };
}

const table: HandlerTable = HANDLERS;
const bindNamed = <N extends CommandName>(name: N): Command => bind(DEFINITIONS[name], table[name]);
const COMMANDS: Command[] = Object.keys(DEFINITIONS)
  .filter((n): n is CommandName => n in table)
  .map(bindNamed);

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

export { primaryOption } from "./options.ts";

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
