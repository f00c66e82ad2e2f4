// HTTP interactions mode: Discord POSTs each interaction to us, signed with Ed25519. No
// per-connection state, so any number of processes can serve behind a load balancer.
// An answer not ready within DEFER_AFTER_MS of the request's arrival is deferred (type 5, or 6
// for a button) and completed through the interaction webhook (PATCH …/messages/@original). No
// bot token is needed: interaction responses and webhooks are authorised by the interaction's
// own token. What requests are accepted at all is http-intake.ts's job.

import type { KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from "discord-api-types/v10";
import type { Choice } from "../answers/registry.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { type DiscordMessage, errorMessage } from "../render/discord-message.ts";
import { reportFailure } from "./failure.ts";
import { intake, MAX_CONNECTIONS, REQUEST_TIMEOUT_MS, refuseEarly } from "./http-intake.ts";
import { callWebhook, filesSize, multipart, wireMessage } from "./http-wire.ts";
import { type Ack, arrivalOf, DEFER_AFTER_MS, Responder, type ResponderAdapter, Turns } from "./responder.ts";
import type { RouterOptions } from "./router.ts";
import {
  type CoverageLike,
  EXPIRED_TEXT,
  finalize,
  type Invocation,
  optionsOf,
  type Router,
} from "./routing.ts";
import { safeError } from "./safe-error.ts";
import { InFlight, installSignalHandlers } from "./shutdown.ts";
import { publicKeyFromHex } from "./verify.ts";

export { multipart } from "./http-wire.ts";
export { DEFER_AFTER_MS } from "./responder.ts";

/** Files up to this size ride in the HTTP response itself (multipart); Discord has been seen
 * to fail larger multipart responses (discord-api-docs #5250, #5925), so a bigger upload is
 * deferred and sent by PATCH …/messages/@original, which takes files up to the normal limit. */
export const INLINE_FILES_MAX = 96 * 1024;

export interface InteractionsOptions extends Omit<RouterOptions, "coverage"> {
  config: Config;
  /** The coverage answered from here; or give `router`, answering elsewhere (core-thread.ts). */
  coverage?: CoverageLike;
  router?: Router;
  log: Logger;
  handleSignals?: boolean;
  /** Interface to listen on; default config.interactionsHost, else all interfaces. */
  host?: string;
  /** Port; default config.interactionsPort (0 picks a free one). */
  port?: number;
  /** Defer an answer that is not ready after this many ms (default 1500). */
  deferAfterMs?: number;
  /** Largest total of attached files answered inline (default INLINE_FILES_MAX). */
  inlineFilesMax?: number;
  /** The clock a request's receipt is read from (default Date.now): a test sets when an
   *  interaction was received instead of racing the machine's speed. */
  now?: () => number;
}

export interface RunningInteractions {
  server: Server;
  port: number;
  router: Router;
  /** Stops taking interactions, finishes those in flight (deferred edits included), closes. */
  stop(): Promise<void>;
}

/** An interaction response; a message's attachments ride along as multipart. */
interface Reply {
  type: APIInteractionResponse["type"];
  message?: DiscordMessage;
  data?: Record<string, unknown>;
}

type Answerable = APIChatInputApplicationCommandInteraction | APIMessageComponentInteraction;

const isChatInput = (i: APIInteraction): i is APIChatInputApplicationCommandInteraction =>
  i.type === InteractionType.ApplicationCommand && i.data.type === ApplicationCommandType.ChatInput;

const isButton = (i: APIInteraction): i is APIMessageComponentInteraction =>
  i.type === InteractionType.MessageComponent && i.data.component_type === ComponentType.Button;

function invocationOf(i: APIInteraction): Invocation {
  const attachments: NonNullable<Invocation["attachments"]> = {};
  const resolved = isChatInput(i) ? i.data.resolved?.attachments : undefined;
  for (const [id, a] of Object.entries(resolved ?? {})) {
    attachments[id] = { filename: a.filename, url: a.url, size: a.size, contentType: a.content_type ?? null };
  }
  return {
    userId: i.member?.user.id ?? i.user?.id ?? "0",
    guildId: i.guild_id ?? null,
    memberPermissions: i.member?.permissions ?? null,
    attachments,
  };
}

/** What answering needs, shared by every request of one server. */
interface Serving {
  config: Config;
  log: Logger;
  router: Router;
  turns: Turns;
  deferAfterMs: number;
  inlineFilesMax: number;
  now: () => number;
  /** False once stop() began. */
  accepting: () => boolean;
}

type Respond = (r: Reply) => void;

export async function startInteractionsServer(opts: InteractionsOptions): Promise<RunningInteractions> {
  const { config, log, deferAfterMs = DEFER_AFTER_MS, inlineFilesMax = INLINE_FILES_MAX } = opts;
  if (!config.publicKey)
    throw new Error("DISCORD_PUBLIC_KEY is not set; the interactions endpoint needs it.");
  const key = publicKeyFromHex(config.publicKey);
  // The answers' code loads only when this thread answers itself (no coverage thread's router).
  const router = opts.router ?? (await import("./router.ts")).routerOf(opts, deferAfterMs);
  const inFlight = new InFlight();
  let accepting = true;
  const serving: Serving = {
    config,
    log,
    router,
    turns: new Turns(),
    deferAfterMs,
    inlineFilesMax,
    now: opts.now ?? Date.now,
    accepting: () => accepting,
  };

  const server = createServer(
    // Unfinished requests are dropped after seconds, not Node's 300 (checked every second).
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      void inFlight.track(
        onRequest(serving, key, req, res).catch((err) => {
          log.error({ event: "interactions.request_error", err: safeError(err) }, "request failed");
          if (!res.headersSent) {
            res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: "internal error" }));
          }
        }),
      );
    },
  );
  server.maxConnections = MAX_CONNECTIONS;

  const host = opts.host ?? config.interactionsHost ?? undefined;
  const port = await listen(server, opts.port ?? config.interactionsPort ?? 0, host);
  log.info(
    { event: "interactions.listening", host: host ?? "*", port },
    `serving Discord interactions on port ${port}`,
  );

  let uninstall = () => {};
  const stop = async () => {
    if (!accepting) return;
    accepting = false;
    uninstall();
    const closed = new Promise<void>((r) => server.close(() => r()));
    await inFlight.drain();
    server.closeIdleConnections();
    await closed;
    log.info({ event: "interactions.stopped" }, "stopped");
  };
  if (opts.handleSignals !== false) uninstall = installSignalHandlers(log, stop);
  return { server, port, router, stop };
}

/** Listens and resolves with the port actually bound. */
async function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  return typeof address === "object" && address ? address.port : 0;
}

async function onRequest(serving: Serving, key: KeyObject, req: IncomingMessage, res: ServerResponse) {
  // The clock of Discord's 3-second window starts now, not when this request's turn comes.
  const receivedAt = serving.now();
  const send = (status: number, body: unknown) => {
    if (res.headersSent) return;
    res.writeHead(status, {
      "content-type": "application/json",
      // A refused request's unread body is not worth keeping the connection for.
      ...(serving.accepting() && status < 400 ? {} : { connection: "close" }),
    });
    res.end(JSON.stringify(body));
  };
  if (req.method !== "POST") return send(405, { error: "POST interactions here" });
  if (!serving.accepting()) return send(503, { error: "shutting down" });
  const got = refuseEarly(req) ?? (await intake(req, key, receivedAt));
  if (!got.ok) {
    if (got.log) serving.log.warn(got.log, "rejected a request with a missing, bad or stale signature");
    return send(got.status, { error: got.error });
  }
  const i = got.interaction;
  if (i.type === InteractionType.Ping) return send(200, { type: InteractionResponseType.Pong });
  await handle(serving, i, receivedAt, (r) => {
    const { type, message, data } = r;
    if (!message) return send(200, data === undefined ? { type } : { type, data });
    const wire = wireMessage(message);
    if (wire.files.length === 0) return send(200, { type, data: wire.json });
    // The response is the callback: with attachments, it is multipart like any upload.
    const { contentType, body: bytes } = multipart({ type, data: wire.json }, wire.files);
    if (res.headersSent) return;
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": String(bytes.length),
      ...(serving.accepting() ? {} : { connection: "close" }),
    });
    res.end(bytes);
  });
}

/** Answers one verified interaction through `respond` (the HTTP response) and its webhook. */
async function handle(serving: Serving, i: APIInteraction, receivedAt: number, respond: Respond) {
  if (i.type === InteractionType.ApplicationCommandAutocomplete) {
    return respond(await autocompleteReply(serving, i.data.name, i.data.options, i));
  }
  const command = isChatInput(i) ? i : null;
  const click = isButton(i) ? i : null;
  const answerable = command ?? click;
  if (!answerable) {
    // Modal submits and anything newer: nothing of ours produces them.
    return respond({
      type: InteractionResponseType.ChannelMessageWithSource,
      message: finalize(errorMessage(EXPIRED_TEXT)),
    });
  }
  const name = command?.data.name;
  const ack: Ack = name === undefined ? "update" : serving.router.privateAnswer(name) ? "private" : "public";
  const responder = new Responder(httpAdapter(serving, answerable, respond), {
    ack,
    // Discord's clock started when it created the interaction (its id's time), which a burst
    // of new connections, accepted one per event-loop turn, can be well before we see it.
    arrivedAt: arrivalOf(i.id, receivedAt),
    deferAfterMs: serving.deferAfterMs,
    now: serving.now,
  });
  try {
    await answer(serving, responder, command, click);
  } catch (err) {
    await replyFailure(serving, responder, answerable, name, err);
  } finally {
    responder.close();
  }
}

async function autocompleteReply(
  serving: Serving,
  name: string,
  options: Parameters<Router["autocomplete"]>[1],
  i: APIInteraction,
): Promise<Reply> {
  let choices: Choice[] = [];
  try {
    choices = await serving.router.autocomplete(name, options);
  } catch (err) {
    serving.log.error(
      { event: "autocomplete.error", ...logBase(i), err: safeError(err, [i.token]) },
      "autocomplete failed",
    );
  }
  return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
}

/** Runs a slash command or a button click and sends its answer. */
async function answer(
  serving: Serving,
  responder: Responder,
  command: APIChatInputApplicationCommandInteraction | null,
  click: APIMessageComponentInteraction | null,
) {
  const { router, turns, log } = serving;
  const started = performance.now();
  const name = command?.data.name;
  if (name !== undefined && router.likelySlow(name)) await responder.defer();
  responder.arm();
  if (command && name !== undefined) {
    const who = invocationOf(command);
    const options = optionsOf(command.data.options);
    await responder.send(await turns.run(() => router.command(name, options, who)));
    log.info({
      event: "interaction.answered",
      ...logBase(command),
      command: name,
      deferred: responder.deferred,
      ms: ms(started),
    });
  } else if (click) {
    const who = invocationOf(click);
    const result = await turns.run(() => router.button(click.data.custom_id, who));
    await responder.send(result.message, result.kind);
    log.info({
      event: "interaction.answered",
      ...logBase(click),
      button: click.data.custom_id.split(":")[1],
      result: result.kind,
      ms: ms(started),
    });
  }
}

async function replyFailure(
  serving: Serving,
  responder: Responder,
  i: Answerable,
  name: string | undefined,
  err: unknown,
) {
  await reportFailure(serving.log, responder, logBase(i), name, err, i.token);
}

/** The Responder's HTTP adapter: the first response is the HTTP response itself; later
 * ones go through the interaction's webhook. */
function httpAdapter(serving: Serving, i: Answerable, respond: Respond): ResponderAdapter {
  const hook = (method: string, suffix: string, m?: DiscordMessage) =>
    callWebhook(serving.config.discordApiUrl, i, method, suffix, m).then(() => undefined);
  return {
    defer: async (ack) =>
      respond(
        ack === "update"
          ? { type: InteractionResponseType.DeferredMessageUpdate }
          : {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              ...(ack === "private" ? { data: { flags: MessageFlags.Ephemeral } } : {}),
            },
      ),
    reply: async (message) => respond({ type: InteractionResponseType.ChannelMessageWithSource, message }),
    update: async (message) =>
      respond({ type: InteractionResponseType.UpdateMessage, message: withoutFlags(message) }),
    edit: (m) => hook("PATCH", "/messages/@original", withoutFlags(m)),
    remove: () => hook("DELETE", "/messages/@original"),
    followUp: (m) => hook("POST", "", m),
    fitsInline: (m) => filesSize(m) <= serving.inlineFilesMax,
  };
}

const logBase = (i: APIInteraction) => ({ interactionId: i.id, user: invocationOf(i).userId });

const ms = (started: number) => Math.round(performance.now() - started);

function withoutFlags(m: DiscordMessage): DiscordMessage {
  const { flags: _flags, ...rest } = m;
  return rest;
}
