// What a Discord face needs of a router, and no more: the Router interface, who is asking, the
// fixed replies and the last step before Discord (finalize). The answers' code (router.ts, the
// registry) stays out of it, so the thread that talks to Discord, whose router lives in the
// coverage thread (core-thread.ts), never loads or evaluates it.

import type { Choice, CommandOptions } from "../answers/registry.ts";
import type { Coverage } from "../coverage.ts";
import type { DiscordMessage } from "../render/discord-message.ts";
import { finalizeReply } from "../render/sanitize.ts";

export interface OptionInput {
  name: string;
  value?: string | number | boolean | null;
  focused?: boolean;
  options?: readonly OptionInput[];
}

/** Either a fixed Coverage or something holding the current one (a reloadable store). */
export type CoverageLike = Coverage | { readonly current: Coverage };

/** Who is asking, as far as commands care. */
export interface Invocation {
  userId: string;
  /** The server the interaction came from; null in DMs. */
  guildId?: string | null;
  /** The member's permissions (decimal bit string) in a guild; null in DMs. */
  memberPermissions?: string | null;
  /** Uploaded files of the interaction (data.resolved.attachments), by attachment id. */
  attachments?: Record<string, { filename: string; url: string; size: number; contentType?: string | null }>;
}

export type ButtonResult =
  /** Replace the clicked message (UPDATE_MESSAGE, type 7). */
  | { kind: "update"; message: DiscordMessage }
  /** Answer with a new (ephemeral) message instead (type 4). */
  | { kind: "reply"; message: DiscordMessage };

export const FAILURE_TEXT =
  "Sorry, something went wrong answering that. It has been logged; please try again.";
export const NOT_YOURS_TEXT =
  "These buttons belong to the person who asked. Run the command yourself to page through your own copy.";
export const EXPIRED_TEXT = "That button no longer works; run the command again.";

/** Flattens Discord's option tree (subcommands nest options) into name → value. */
export function optionsOf(data: readonly OptionInput[] | undefined): CommandOptions {
  const out: CommandOptions = {};
  for (const o of data ?? []) {
    if (o.options) Object.assign(out, optionsOf(o.options));
    else if (o.value !== null) out[o.name] = o.value;
  }
  return out;
}

/** The last step before anything goes to Discord: see render/sanitize.ts (mentions defused
 * before the limits are fitted, invisible controls out, allowed_mentions []). */
export const finalize = finalizeReply;

export interface Router {
  /** True when the command is known (or measured) to be slow: defer before computing it. */
  likelySlow(name: string): boolean;
  /** True when the answer is for the caller alone (admin commands): defer ephemerally. */
  privateAnswer(name: string): boolean;
  /** Answers a slash command. Unknown commands get a polite note; a throwing handler rejects. */
  command(name: string, options: CommandOptions, who: Invocation): Promise<DiscordMessage>;
  /** A focused option's choices (a promise when the coverage lives in another thread). */
  autocomplete(name: string, data: readonly OptionInput[] | undefined): Choice[] | Promise<Choice[]>;
  /** Answers a button click (page buttons); clicks on someone else's answer are refused. */
  button(customId: string, who: Invocation): Promise<ButtonResult>;
}

/** How long each command's answers took, remembered so that a slow command defers first. */
export function answerTimes(slowMs: number): {
  timed<T>(name: string, f: () => T | Promise<T>): Promise<T>;
  slow(name: string): boolean;
} {
  const observed = new Map<string, number>();
  return {
    async timed(name, f) {
      const started = performance.now();
      try {
        return await f();
      } finally {
        const ms = performance.now() - started;
        // A slow run is remembered for good measure; a fast one decays the memory by half.
        observed.set(name, Math.max(ms, (observed.get(name) ?? 0) / 2));
      }
    },
    slow: (name) => (observed.get(name) ?? 0) >= slowMs,
  };
}
