// HTTP interactions mode: Discord POSTs each interaction to us, signed with Ed25519. No
// per-connection state, so any number of processes can serve behind a load balancer.
// An answer not ready within DEFER_AFTER_MS is deferred and completed by a webhook edit.

import { createServer, type IncomingMessage, type Server } from "node:http";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { Config } from "../config.ts";
import type { Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { type DiscordMessage, errorMessage } from "../render/discord.ts";
import { answerAutocomplete, answerCommand, type OptionInput, optionsOf } from "./router.ts";
import { publicKeyFromHex, verifyDiscordRequest } from "./verify.ts";

export const DEFER_AFTER_MS = 1500;
const MAX_BODY = 1024 * 1024;

export interface InteractionsOptions {
  config: Config;
  coverage: Coverage;
  log: Logger;
  handleSignals?: boolean;
  /** Computes the answer; replaceable so tests can make it slow. */
  answer?: (
    coverage: Coverage,
    name: string,
    options: Record<string, unknown>,
  ) => Promise<DiscordMessage> | DiscordMessage;
}

export interface RunningInteractions {
  server: Server;
  port: number;
  stop(): Promise<void>;
}

interface InteractionBody {
  id: string;
  type: number;
  token: string;
  application_id: string;
  data?: { name: string; options?: OptionInput[] };
}

export async function startInteractionsServer(opts: InteractionsOptions): Promise<RunningInteractions> {
  const { config, coverage, log } = opts;
  const key = publicKeyFromHex(config.publicKey!);
  const answer = opts.answer ?? ((c, n, o) => answerCommand(c, n, o as never));
  const inFlight = new Set<Promise<unknown>>();
  let accepting = true;

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method !== "POST") return send(405, { error: "POST interactions here" });
    if (!accepting) return send(503, { error: "shutting down" });
    const raw = await readBody(req).catch(() => null);
    if (!raw) return send(413, { error: "body too large" });
    const ok = verifyDiscordRequest(
      key,
      header(req, "x-signature-ed25519"),
      header(req, "x-signature-timestamp"),
      raw,
    );
    if (!ok) {
      log.warn({ event: "interactions.bad_signature" }, "rejected a request with a missing or bad signature");
      return send(401, { error: "invalid request signature" });
    }
    let body: InteractionBody;
    try {
      body = JSON.parse(raw.toString("utf8")) as InteractionBody;
    } catch {
      return send(400, { error: "body is not JSON" });
    }
    if (body.type === InteractionType.Ping) return send(200, { type: InteractionResponseType.Pong });
    const name = body.data?.name ?? "";
    if (body.type === InteractionType.ApplicationCommandAutocomplete) {
      return send(200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: answerAutocomplete(coverage, name, body.data?.options) },
      });
    }
    if (body.type !== InteractionType.ApplicationCommand) {
      return send(200, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: errorMessage("That action has expired; run the command again."),
      });
    }
    const started = performance.now();
    const work = Promise.resolve()
      .then(() => answer(coverage, name, optionsOf(body.data?.options)))
      .catch((err) => {
        log.error(
          { event: "interaction.error", interactionId: body.id, command: name, err },
          "interaction failed",
        );
        return errorMessage(
          "Sorry, something went wrong answering that. It has been logged; please try again.",
        );
      });
    inFlight.add(work);
    work.finally(() => inFlight.delete(work));
    const timer = new Promise<"defer">((r) => setTimeout(() => r("defer"), DEFER_AFTER_MS).unref());
    const first = await Promise.race([work, timer]);
    if (first !== "defer") {
      log.info({
        event: "interaction.answered",
        interactionId: body.id,
        command: name,
        ms: Math.round(performance.now() - started),
      });
      return send(200, { type: InteractionResponseType.ChannelMessageWithSource, data: first });
    }
    // Too slow for Discord's 3-second window: acknowledge now, edit the original later.
    send(200, { type: InteractionResponseType.DeferredChannelMessageWithSource });
    const message = await work;
    const url = `${config.discordApiUrl}/v10/webhooks/${body.application_id}/${body.token}/messages/@original`;
    try {
      const r = await fetch(url, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(message),
      });
      if (!r.ok)
        log.error(
          { event: "interaction.edit_failed", interactionId: body.id, status: r.status },
          "could not complete a deferred answer",
        );
    } catch (err) {
      log.error(
        { event: "interaction.edit_failed", interactionId: body.id, err },
        "could not complete a deferred answer",
      );
    }
  });

  await new Promise<void>((resolve) => server.listen(config.interactionsPort ?? 0, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  log.info({ event: "interactions.listening", port }, `serving Discord interactions on port ${port}`);

  const stop = async () => {
    accepting = false;
    await Promise.allSettled([...inFlight]);
    await new Promise<void>((r) => server.close(() => r()));
    log.info({ event: "interactions.stopped" }, "stopped");
  };
  if (opts.handleSignals !== false) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        log.info({ event: "shutdown", signal }, "shutting down");
        stop().then(() => process.exit(0));
      });
    }
  }
  return { server, port, stop };
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
