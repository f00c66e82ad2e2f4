// One Responder for both faces: when to defer, and how the final answer (or an error) reaches
// Discord given what was already sent. The gateway (discord.js) and HTTP (the interaction
// response, then the webhook) differ only in their adapters.
//
// The clock starts when the interaction arrived, not when its handler runs: an interaction
// queued behind others in a burst is deferred as soon as its time is up (the timer is armed on
// arrival, and answers are computed one per event-loop turn so the timers can fire between).

import { MessageFlags } from "discord-api-types/v10";
import type { DiscordMessage } from "../render/discord-message.ts";

/** Discord drops an interaction not acknowledged within 3 s; defer well before. */
export const DEFER_AFTER_MS = 1500;

/** How a deferral shows: a public or a private "thinking…", or nothing (a button click). */
export type Ack = "public" | "private" | "update";

/** What a face can send. Edits and updates cannot change flags; adapters drop them. */
export interface ResponderAdapter {
  defer(ack: Ack): Promise<void>;
  /** A new message as the first response. */
  reply(message: DiscordMessage): Promise<void>;
  /** Replaces the clicked message as the first response. */
  update(message: DiscordMessage): Promise<void>;
  /** Edits the deferred original. */
  edit(message: DiscordMessage): Promise<void>;
  /** Deletes the deferred original. */
  remove(): Promise<void>;
  followUp(message: DiscordMessage): Promise<void>;
  /** False when the message cannot ride in the first response (HTTP: large attachments). */
  fitsInline?(message: DiscordMessage): boolean;
}

export const isEphemeral = (m: DiscordMessage) => ((m.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

/** Discord snowflakes carry their creation time: ms since 2015-01-01 in the top bits. */
export function snowflakeTime(id: string): number | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  return Number(BigInt(id) >> 22n) + 1_420_070_400_000;
}

/** When the interaction started, by our clock: its snowflake time when that is plausible (a
 * little before receipt; a clock skew or an odd id falls back to receipt). */
export function arrivalOf(id: string, receivedAt: number): number {
  const created = snowflakeTime(id);
  return created !== null && created <= receivedAt && receivedAt - created < 3000 ? created : receivedAt;
}

export interface ResponderOptions {
  ack: Ack;
  /** When the interaction arrived, on `now`'s clock. */
  arrivedAt: number;
  deferAfterMs?: number;
  /** The clock the arrival was read on (default Date.now): the deadline is judged on the same one. */
  now?: () => number;
}

export class Responder {
  private deferring: Promise<void> | null = null;
  private answered = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly deadline: number;

  constructor(
    private readonly adapter: ResponderAdapter,
    private readonly opts: ResponderOptions,
  ) {
    this.deadline = opts.arrivedAt + (opts.deferAfterMs ?? DEFER_AFTER_MS);
  }

  get deferred(): boolean {
    return this.deferring !== null;
  }

  /** Acknowledges now and answers later (once). */
  defer(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.deferring && !this.answered) this.deferring = this.adapter.defer(this.opts.ack);
    return this.deferring ?? Promise.resolve();
  }

  /** Arms the deferral for the arrival deadline (at once if it has passed). A timer that fires
   * while the answer is still being computed defers it; errors surface at `send`. */
  arm(): void {
    // No deadline (deferAfterMs: Infinity): deferred only when the answer needs it. Node runs a
    // timer longer than 2^31 - 1 ms after 1 ms, so an unbounded wait is never given to it.
    if (this.deferring || this.answered || !Number.isFinite(this.deadline)) return;
    const wait = this.deadline - (this.opts.now ?? Date.now)();
    if (wait <= 0) void this.defer().catch(() => undefined);
    else this.timer = setTimeout(() => void this.defer().catch(() => undefined), Math.min(wait, 2 ** 31 - 1));
  }

  /** Sends the answer: a new message (`reply`), or one replacing the clicked message (`update`). */
  async send(message: DiscordMessage, kind: "reply" | "update" = "reply"): Promise<void> {
    clearTimeout(this.timer);
    if (!this.deferring && this.adapter.fitsInline && !this.adapter.fitsInline(message)) {
      // Too big to ride in the response: acknowledge now, upload by editing.
      await this.defer();
    }
    if (this.deferring) {
      await this.deferring;
      await this.completeDeferred(message, kind);
    } else if (kind === "update") await this.adapter.update(message);
    else await this.adapter.reply(message);
    this.answered = true;
  }

  private async completeDeferred(message: DiscordMessage, kind: "reply" | "update"): Promise<void> {
    const ack = this.opts.ack;
    if (ack === "update") {
      if (kind === "update") await this.adapter.edit(message);
      else await this.adapter.followUp(message);
    } else if (ack === "public" && isEphemeral(message)) {
      // A public "thinking…" cannot turn private: drop it and answer privately.
      await this.adapter.remove().catch(() => undefined);
      await this.adapter.followUp(message);
    } else await this.adapter.edit(message);
  }

  /** Tells the user something failed, whatever was sent before. */
  async fail(message: DiscordMessage): Promise<void> {
    clearTimeout(this.timer);
    if (this.answered) return this.adapter.followUp(message);
    return this.send(message, "reply");
  }

  /** Stops the timer (the interaction is over). */
  close(): void {
    clearTimeout(this.timer);
  }
}

/** Runs CPU-bound answers one per event-loop turn: deferral timers and new requests get their
 * turn between two answers, instead of waiting for a whole burst to be computed. */
export class Turns {
  private tail: Promise<unknown> = Promise.resolve();

  /** Starts `f` on its own turn; resolves with its result. */
  run<T>(f: () => Promise<T>): Promise<T> {
    const started = this.tail
      .then(() => new Promise<void>((r) => setImmediate(r)))
      .then(() => ({ result: f() }));
    this.tail = started.then(
      () => undefined,
      () => undefined,
    );
    return started.then((s) => s.result);
  }
}
