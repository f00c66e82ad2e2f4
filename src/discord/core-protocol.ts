// The messages between the main thread (the Discord faces) and the coverage thread
// (core-worker.ts): requests carry an id, and each gets exactly one reply with that id.

import type { Choice, CommandOptions } from "../answers/registry.ts";
import type { Config } from "../config.ts";
import type { DiscordMessage } from "../render/discord-message.ts";
import type { ButtonResult, Invocation, OptionInput } from "./routing.ts";

export type CoreRequest =
  | { id: number; kind: "command"; name: string; options: CommandOptions; who: Invocation }
  | { id: number; kind: "autocomplete"; name: string; data: readonly OptionInput[] | undefined }
  | { id: number; kind: "button"; customId: string; who: Invocation }
  | { id: number; kind: "stats"; collect?: boolean };

/** What the coverage thread measured of itself since the last `stats` request. */
export interface CoreStats {
  /** Its longest event-loop block (ms): how long an interaction could have waited for it. */
  longestBlockMs: number;
  heapUsedMB: number;
  externalMB: number;
  /** The heap V8 holds for this thread (used or not): with the code and the other threads, what
   *  its RSS is made of. */
  heapTotalMB: number;
  arrayBuffersMB: number;
}

export interface CoreValues {
  command: DiscordMessage;
  autocomplete: Choice[];
  button: ButtonResult;
  stats: CoreStats;
}

export type CoreReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

/** Told by the coverage thread without being asked. */
export type CoreEvent =
  /** `adminCommands`: the commands that change the coverage (their answers are private and
   *  deferred at once), so the Discord thread need not load the command registry to know them. */
  | { event: "ready"; articles: number; passages: number; adminCommands: string[] }
  | { event: "warmed"; ms: number }
  | { event: "failed"; message: string };

export interface CoreWorkerData {
  /** The bot's configuration, without the token (the coverage thread never talks to Discord). */
  config: Config;
  /** Pretty logs (a terminal), as the main thread's. */
  pretty: boolean;
  /** Watch the corpus folder and reload on changes (the bot does). */
  watch: boolean;
}
