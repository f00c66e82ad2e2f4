// HTTP interactions mode: Discord POSTs each interaction to us, signed with Ed25519. No
// per-connection state, so any number of processes can serve behind a load balancer.
// An answer not ready within DEFER_AFTER_MS is deferred (type 5, or 6 for a button) and
// completed through the interaction webhook (PATCH …/messages/@original). No bot token is
// needed: interaction responses and webhooks are authorised by the interaction's own token.

import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  type APIInteractionResponse,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
} from "discord-api-types/v10";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { type DiscordMessage, errorMessage } from "../render/discord.ts";
import {
  type ButtonResult,
  type CoverageLike,
  createRouter,
  EXPIRED_TEXT,
  FAILURE_TEXT,
  finalize,
  type Invocation,
  type OptionInput,
  optionsOf,
  type Router,
  type RouterOptions,
} from "./router.ts";
import { InFlight, installSignalHandlers } from "./shutdown.ts";
import { isFreshTimestamp, publicKeyFromHex, verifyDiscordRequest } from "./verify.ts";

export const DEFER_AFTER_MS = 1500;
const MAX_BODY = 1024 * 1024;
/** Files up to this size ride in the HTTP response itself (multipart); Discord has been seen
 * to fail larger multipart responses (discord-api-docs #5250, #5925), so a bigger upload is
 * deferred and sent by PATCH …/messages/@original, which takes files up to the normal limit. */
export const INLINE_FILES_MAX = 96 * 1024;

export interface InteractionsOptions extends Omit<RouterOptions, "coverage"> {
  config: Config;
  coverage: CoverageLike;
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
}

export interface RunningInteractions {
  server: Server;
  port: number;
  router: Router;
  /** Stops taking interactions, finishes those in flight (deferred edits included), closes. */
  stop(): Promise<void>;
}

interface InteractionBody {
  id: string;
  type: number;
  token: string;
  application_id: string;
  guild_id?: string;
  member?: { user?: { id: string }; permissions?: string };
  user?: { id: string };
  data?: {
    name?: string;
    options?: OptionInput[];
    custom_id?: string;
    component_type?: number;
    resolved?: {
      attachments?: Record<string, { filename: string; url: string; size: number; content_type?: string }>;
    };
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const LATE = Symbol("late");

type WireFile = NonNullable<DiscordMessage["files"]>[number];

/** A message as Discord's API takes it: files become `attachments: [{id, filename}]` in the
 * JSON, and the bytes go separately as `files[n]` parts. */
function wireMessage(m: DiscordMessage): { json: Record<string, unknown>; files: WireFile[] } {
  const { files = [], ...rest } = m;
  if (files.length === 0) return { json: rest, files };
  return { json: { ...rest, attachments: files.map((f, id) => ({ id, filename: f.name })) }, files };
}

/** multipart/form-data with `payload_json` and `files[n]` parts, as Discord takes any upload —
 * built by hand so the HTTP response can be written synchronously too. */
export function multipart(payload: unknown, files: WireFile[]): { contentType: string; body: Buffer } {
  const boundary = `coverage-bot-${randomBytes(12).toString("hex")}`;
  const quoted = (s: string) => s.replace(/["\r\n]/g, "_");
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\n` +
        `Content-Type: application/json\r\n\r\n${JSON.stringify(payload)}\r\n`,
    ),
  ];
  files.forEach((f, i) => {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files[${i}]"; filename="${quoted(f.name)}"\r\n` +
          `Content-Type: ${f.contentType}\r\n\r\n`,
      ),
      f.data,
      Buffer.from("\r\n"),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}

const filesSize = (m: DiscordMessage) => (m.files ?? []).reduce((n, f) => n + f.data.length, 0);

/** An interaction response, with the attachments its message carries (if any). */
interface Reply {
  type: APIInteractionResponse["type"];
  message?: DiscordMessage;
  data?: Record<string, unknown>;
}

export async function startInteractionsServer(opts: InteractionsOptions): Promise<RunningInteractions> {
  const { config, log, deferAfterMs = DEFER_AFTER_MS, inlineFilesMax = INLINE_FILES_MAX } = opts;
  if (!config.publicKey)
    throw new Error("DISCORD_PUBLIC_KEY is not set; the interactions endpoint needs it.");
  const key = publicKeyFromHex(config.publicKey);
  const router = createRouter({ ...opts, slowMs: opts.slowMs ?? deferAfterMs / 2 });
  const inFlight = new InFlight();
  let accepting = true;

  /** Calls an interaction webhook route, riding out rate limits (429 + Retry-After). */
  const webhook = async (
    method: string,
    body: InteractionBody,
    suffix: string,
    payload?: DiscordMessage | Omit<DiscordMessage, "flags">,
  ) => {
    const url = `${config.discordApiUrl}/v10/webhooks/${body.application_id}/${body.token}${suffix}`;
    const wire = payload === undefined ? null : wireMessage(payload as DiscordMessage);
    for (let attempt = 0; ; attempt++) {
      const encoded =
        wire === null
          ? null
          : wire.files.length > 0
            ? multipart(wire.json, wire.files)
            : { contentType: "application/json", body: JSON.stringify(wire.json) };
      const r = await fetch(url, {
        method,
        ...(encoded ? { headers: { "content-type": encoded.contentType }, body: encoded.body } : {}),
      });
      if (r.status === 429 && attempt < 3) {
        const wait = Number(r.headers.get("retry-after") ?? "1");
        await new Promise((res) => setTimeout(res, Math.min(10_000, Math.max(0, wait * 1000) + 50)));
        continue;
      }
      if (!r.ok) throw new HttpError(r.status, `${method} webhook${suffix} answered ${r.status}`);
      return r;
    }
  };

  /** Completes a deferred command or button with the final message. */
  const complete = async (
    body: InteractionBody,
    message: DiscordMessage,
    kind: "command" | "reply" | "update",
  ) => {
    const ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
    if (kind === "update") {
      const { flags: _f, ...edit } = message;
      await webhook("PATCH", body, "/messages/@original", edit);
    } else if (kind === "reply" || ephemeral) {
      // A public "thinking…" cannot turn private: drop it (commands) and answer privately.
      if (kind === "command") await webhook("DELETE", body, "/messages/@original").catch(() => undefined);
      await webhook("POST", body, "", message);
    } else {
      const { flags: _f, ...edit } = message;
      await webhook("PATCH", body, "/messages/@original", edit);
    }
  };

  const handle = async (body: InteractionBody, respond: (r: Reply) => void) => {
    const started = performance.now();
    const userId = body.member?.user?.id ?? body.user?.id ?? "0";
    const attachments: NonNullable<Invocation["attachments"]> = {};
    for (const [id, a] of Object.entries(body.data?.resolved?.attachments ?? {})) {
      attachments[id] = {
        filename: a.filename,
        url: a.url,
        size: a.size,
        contentType: a.content_type ?? null,
      };
    }
    const who: Invocation = {
      userId,
      guildId: body.guild_id ?? null,
      memberPermissions: body.member?.permissions ?? null,
      attachments,
    };
    const base = { interactionId: body.id, user: userId };
    const name = body.data?.name ?? "";
    let deferredAs: "command" | "private" | "update" | null = null;
    try {
      if (body.type === InteractionType.ApplicationCommandAutocomplete) {
        let choices: ReturnType<Router["autocomplete"]> = [];
        try {
          choices = router.autocomplete(name, body.data?.options);
        } catch (err) {
          log.error({ event: "autocomplete.error", ...base, err }, "autocomplete failed");
        }
        return respond({
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices },
        });
      }
      if (body.type === InteractionType.ApplicationCommand) {
        const privately = router.privateAnswer(name);
        const defer = () => {
          deferredAs = privately ? "private" : "command";
          respond({
            type: InteractionResponseType.DeferredChannelMessageWithSource,
            ...(privately ? { data: { flags: MessageFlags.Ephemeral } } : {}),
          });
        };
        if (router.likelySlow(name)) defer();
        const work = router.command(name, optionsOf(body.data?.options), who);
        const first = deferredAs ? await work : await raceLate(work, deferAfterMs);
        // Too big to ride in the response: acknowledge now, upload by PATCH.
        if (first === LATE || (!deferredAs && filesSize(first) > inlineFilesMax)) defer();
        const message = first === LATE ? await work : first;
        if (deferredAs) await complete(body, message, deferredAs === "private" ? "update" : "command");
        else respond({ type: InteractionResponseType.ChannelMessageWithSource, message });
        log.info({
          event: "interaction.answered",
          ...base,
          command: name,
          deferred: deferredAs !== null,
          ms: ms(started),
        });
        return;
      }
      if (body.type === InteractionType.MessageComponent) {
        const work = router.button(body.data?.custom_id ?? "", who);
        const first = await raceLate(work, deferAfterMs);
        if (first === LATE || filesSize(first.message) > inlineFilesMax) {
          deferredAs = "update";
          respond({ type: InteractionResponseType.DeferredMessageUpdate });
        }
        const result: ButtonResult = first === LATE ? await work : first;
        if (deferredAs) await complete(body, result.message, result.kind);
        else if (result.kind === "update") {
          const { flags: _f, ...message } = result.message;
          respond({ type: InteractionResponseType.UpdateMessage, message });
        } else respond({ type: InteractionResponseType.ChannelMessageWithSource, message: result.message });
        log.info({
          event: "interaction.answered",
          ...base,
          button: body.data?.custom_id?.split(":")[1],
          result: result.kind,
          ms: ms(started),
        });
        return;
      }
      // Modal submits and anything newer: nothing of ours produces them.
      respond({
        type: InteractionResponseType.ChannelMessageWithSource,
        message: finalize(errorMessage(EXPIRED_TEXT)),
      });
    } catch (err) {
      log.error(
        { event: "interaction.error", ...base, command: name || undefined, err },
        "interaction failed",
      );
      const message = finalize(errorMessage(FAILURE_TEXT));
      if (!deferredAs) return respond({ type: InteractionResponseType.ChannelMessageWithSource, message });
      try {
        const how = deferredAs as "command" | "private" | "update";
        await complete(body, message, how === "command" ? "command" : how === "private" ? "update" : "reply");
      } catch (e) {
        log.warn(
          { event: "interaction.error_reply_failed", ...base, err: e },
          "could not send the error reply",
        );
      }
    }
  };

  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      if (res.headersSent) return;
      res.writeHead(status, {
        "content-type": "application/json",
        ...(accepting ? {} : { connection: "close" }),
      });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST") return send(405, { error: "POST interactions here" });
    if (!accepting) return send(503, { error: "shutting down" });
    const raw = await readBody(req).catch(() => null);
    if (!raw) return send(413, { error: "body too large or unreadable" });
    const timestamp = header(req, "x-signature-timestamp");
    const ok = verifyDiscordRequest(key, header(req, "x-signature-ed25519"), timestamp, raw);
    if (!ok) {
      log.warn({ event: "interactions.bad_signature" }, "rejected a request with a missing or bad signature");
      return send(401, { error: "invalid request signature" });
    }
    // A correctly signed but old request is a replay.
    if (!isFreshTimestamp(timestamp)) {
      log.warn({ event: "interactions.stale_signature", timestamp }, "rejected a stale signed request");
      return send(401, { error: "request signature is too old" });
    }
    let body: InteractionBody;
    try {
      body = JSON.parse(raw.toString("utf8")) as InteractionBody;
    } catch {
      return send(400, { error: "body is not JSON" });
    }
    if (body.type === InteractionType.Ping) return send(200, { type: InteractionResponseType.Pong });
    await handle(body, (r) => {
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
        ...(accepting ? {} : { connection: "close" }),
      });
      res.end(bytes);
    });
  };

  const server = createServer((req, res) => {
    void inFlight.track(
      onRequest(req, res).catch((err) => {
        log.error({ event: "interactions.request_error", err }, "request failed");
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: "internal error" }));
        }
      }),
    );
  });

  const host = opts.host ?? config.interactionsHost ?? undefined;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? config.interactionsPort ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
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

const ms = (started: number) => Math.round(performance.now() - started);

async function raceLate<T>(work: Promise<T>, after: number): Promise<T | typeof LATE> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((r) => {
    timer = setTimeout(() => r(LATE), after);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
