// The Discord router: an interaction's command name and options → a message payload.
// Shared by the gateway client and the HTTP interactions endpoint, so both answer alike:
// same commands, same rendering, same page buttons, same mention defusing.

import { ApplicationCommandOptionType } from "discord-api-types/v10";
import type { CommandDefinition } from "../../commands/definition.ts";
import { withAnswerIndexes } from "../answers/indexes.ts";
import {
  type Command,
  type CommandOptions,
  definitions,
  findCommand,
  primaryOption,
} from "../answers/registry.ts";
import { type Answer, isError } from "../answers/types.ts";
import type { Coverage } from "../coverage.ts";
import type { CommandContext } from "../lifecycle/admin.ts";
import { MAX_INGEST_BYTES } from "../lifecycle/ingest.ts";
import { type DiscordMessage, errorMessage, renderDiscord } from "../render/discord.ts";
import { clip, LIMITS } from "../render/limits.ts";
import { type AdminScope, adminRefusal } from "./admin-scope.ts";
import { pageButtons, parsePageId } from "./paging.ts";
import {
  answerTimes,
  type CoverageLike,
  EXPIRED_TEXT,
  finalize,
  type Invocation,
  NOT_YOURS_TEXT,
  type OptionInput,
  type Router,
} from "./routing.ts";

/** A command as the router serves it; `run` may also be async (e.g. drawing an image). */
export type RoutedCommand = Omit<Command, "run"> & {
  run(coverage: Coverage, options: CommandOptions): Answer | Promise<Answer>;
};

/** Manage Server (1 << 5) or Administrator (1 << 3). */
export function canManage(permissions: string | null | undefined): boolean {
  if (!permissions || !/^\d+$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & (1n << 5n)) !== 0n || (bits & (1n << 3n)) !== 0n;
}

export const DOWNLOAD_TIMEOUT_MS = 15_000;
const tooLarge = () => `That file is larger than the ${MAX_INGEST_BYTES / 1024} KB limit for an article.`;

/** Downloads an interaction attachment (Discord's CDN), reading at most `max` bytes: a body
 * announced or found to be larger is abandoned at once. A refusal is a sentence. */
async function download(url: string, max: number): Promise<Uint8Array | { refused: string }> {
  let r: Response;
  try {
    r = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch {
    return { refused: "I could not download the attached file; please try again." };
  }
  if (!r.ok || !r.body) {
    await r.body?.cancel().catch(() => undefined);
    return { refused: `I could not download the attached file (the server answered ${r.status}).` };
  }
  if (Number(r.headers.get("content-length") ?? "0") > max) {
    await r.body.cancel().catch(() => undefined);
    return { refused: tooLarge() };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = r.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        await reader.cancel().catch(() => undefined);
        return { refused: tooLarge() };
      }
      chunks.push(value);
    }
  } catch {
    return { refused: "The download of the attached file broke off; please try again." };
  }
  return Buffer.concat(chunks);
}

export interface RouterOptions {
  coverage: CoverageLike;
  /** The live store: commands that change the coverage (/reload, /ingest) act on it. */
  store?: CommandContext["store"];
  /** Where admin commands are accepted (the process passes its Config); absent: not checked. */
  config?: AdminScope;
  /** The commands served; default: every command in the registry. Tests pass their own. */
  commands?: readonly RoutedCommand[];
  /** Replaces computing + rendering a slash command's answer (tests: slow answers). */
  answer?: (
    coverage: Coverage,
    name: string,
    options: CommandOptions,
  ) => Promise<DiscordMessage> | DiscordMessage;
  /** An answer that took at least this long makes later calls of that command defer first. */
  slowMs?: number;
}

/** Every command of the registry, in its order. */
export function registeredCommands(): RoutedCommand[] {
  return definitions().flatMap((d) => {
    const c = findCommand(d.name);
    return c ? [c] : [];
  });
}

const currentOf = (c: CoverageLike): Coverage => ("current" in c ? c.current : c);

const served = (c: CoverageLike): CoverageLike =>
  "current" in c || "indexes" in c ? c : withAnswerIndexes(c);

/** The page of a paged answer (/sources, /quotes, /actors); null for the others. */
function pageOf(answer: Answer): { page: number; pages: number } | null {
  return "pages" in answer ? { page: answer.page, pages: answer.pages } : null;
}

/** A face's router: the one it was given (the coverage thread's), else one over its coverage. */
export function routerOf(
  opts: Omit<RouterOptions, "coverage"> & { coverage?: CoverageLike; router?: Router },
  deferAfterMs: number,
): Router {
  if (opts.router) return opts.router;
  if (!opts.coverage) throw new Error("A face needs a coverage to answer from, or a router.");
  return createRouter({ ...opts, coverage: opts.coverage, slowMs: opts.slowMs ?? deferAfterMs / 2 });
}

export function createRouter(given: RouterOptions): Router {
  // A bare coverage (tests, a one-off server) is served with its answer indexes once, here, so
  // answers reuse them instead of building them again for every interaction.
  const opts: RouterOptions = { ...given, coverage: served(given.coverage) };
  const commands = opts.commands ?? registeredCommands();
  const find = (name: string) => commands.find((c) => c.definition.name === name);
  const { timed, slow } = answerTimes(opts.slowMs ?? 1000);

  /** Runs a command and renders it, with page buttons when the answer is paged. */
  const render = async (
    command: RoutedCommand,
    options: CommandOptions,
    who: Invocation,
  ): Promise<DiscordMessage> => {
    const answer = await timed(command.definition.name, () => answerOf(opts, command, options, who));
    return finalize(withPageButtons(renderDiscord(answer), answer, command.definition, options, who));
  };

  return {
    likelySlow(name) {
      return slow(name) || (!!opts.store && !!find(name)?.execute);
    },
    privateAnswer(name) {
      return !!find(name)?.execute;
    },
    async command(name, options, who) {
      const command = find(name);
      if (!command) {
        return finalize(errorMessage(`Sorry, I don't know /${name}. Try /help to see what I can answer.`));
      }
      if (opts.answer) {
        const answer = opts.answer;
        return finalize(await timed(name, () => answer(currentOf(opts.coverage), name, options)));
      }
      return render(command, options, who);
    },
    autocomplete(name, data) {
      const command = find(name);
      const focused = flatten(data).find((o) => o.focused);
      if (!command?.autocomplete || !focused) return [];
      return command
        .autocomplete(currentOf(opts.coverage), focused.name, String(focused.value ?? ""))
        .slice(0, LIMITS.choices)
        .map((c) => ({
          name: clip(c.name, LIMITS.choiceName),
          value: c.value.slice(0, LIMITS.choiceValue),
        }));
    },
    async button(customId, who) {
      const ref = parsePageId(customId);
      const command = ref ? find(ref.command) : undefined;
      if (!ref || !command) return { kind: "reply", message: finalize(errorMessage(EXPIRED_TEXT)) };
      if (ref.userId !== who.userId)
        return { kind: "reply", message: finalize(errorMessage(NOT_YOURS_TEXT)) };
      const primary = primaryOption(command.definition);
      const options: CommandOptions = { page: ref.page, ...(primary ? { [primary]: ref.query } : {}) };
      const message = await render(command, options, who);
      // An error (e.g. the page no longer exists after a reload) is told to the clicker alone.
      if (message.flags) return { kind: "reply", message };
      return { kind: "update", message };
    },
  };
}

/** A command's answer: computed on the coverage, or — for commands that change it — executed
 * on the store, once the caller is found to be in scope. */
async function answerOf(
  opts: RouterOptions,
  command: RoutedCommand,
  options: CommandOptions,
  who: Invocation,
): Promise<Answer> {
  const def: CommandDefinition = command.definition;
  const store = opts.store;
  if (!command.execute || !store) return command.run(currentOf(opts.coverage), options);
  const outOfScope = adminRefusal(opts.config, def, who);
  const ctx = outOfScope ? { refused: outOfScope } : await contextOf(store, def, options, who);
  return "refused" in ctx ? { command: def.name, error: ctx.refused } : command.execute(ctx, options);
}

/** Adds page buttons to a paged answer's message, unless it has them or has no room. */
function withPageButtons(
  message: DiscordMessage,
  answer: Answer,
  def: CommandDefinition,
  options: CommandOptions,
  who: Invocation,
): DiscordMessage {
  const paged = isError(answer) ? null : pageOf(answer);
  const already = message.components.some((row) =>
    row.components.some((c) => "custom_id" in c && c.custom_id?.startsWith("page:")),
  );
  if (paged && !already && message.components.length < LIMITS.actionRows) {
    const primary = primaryOption(def);
    const query = primary && typeof options[primary] === "string" ? String(options[primary]) : "";
    const row = pageButtons(def.name, who.userId, paged.page, paged.pages, query);
    if (row) message.components = [...message.components, row];
  }
  return message;
}

/** The caller's rights and upload, for commands that change the coverage; an upload that
 * cannot be an article (wrong kind, too large, not downloadable) is refused before use. */
async function contextOf(
  store: CommandContext["store"],
  def: CommandDefinition,
  options: CommandOptions,
  who: Invocation,
): Promise<CommandContext | { refused: string }> {
  const fileOption = (def.options ?? []).find(
    (o) => o.type === ApplicationCommandOptionType.Attachment,
  )?.name;
  const id = fileOption ? options[fileOption] : undefined;
  const file = typeof id === "string" ? who.attachments?.[id] : undefined;
  const manage = canManage(who.memberPermissions);
  // Only a manager's upload is ever fetched, and only one that could be an article: the name
  // and the size Discord reports are checked before a byte is downloaded.
  if (!file || !manage) return { store, canManage: manage, attachment: null };
  if (!ARTICLE_FILE.test(file.filename)) return { refused: "Attach a .txt or .md file." };
  if (file.size > MAX_INGEST_BYTES) return { refused: tooLarge() };
  const bytes = await download(file.url, MAX_INGEST_BYTES);
  if ("refused" in bytes) return bytes;
  return { store, canManage: manage, attachment: { name: file.filename, bytes } };
}

const ARTICLE_FILE = /\.(txt|md)$/i;

function flatten(data: readonly OptionInput[] | undefined): OptionInput[] {
  return (data ?? []).flatMap((o) => (o.options ? flatten(o.options) : [o]));
}
