// The gateway face: discord.js connects to Discord (or to DISCORD_API_URL's loopback in
// tests) and hands interactions to the router. One failing interaction never stops the bot.
// An answer that is not ready within `deferAfterMs` (or a command measured slow before) is
// deferred first and completed by editing the reply, so Discord's 3-second window is never missed.

import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
} from "discord.js";
import type { Choice } from "../answers/registry.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { DiscordMessage } from "../render/discord.ts";
import { reportFailure } from "./failure.ts";
import { type Ack, arrivalOf, DEFER_AFTER_MS, Responder, type ResponderAdapter, Turns } from "./responder.ts";
import type { RouterOptions } from "./router.ts";
import { type CoverageLike, type Invocation, optionsOf, type Router } from "./routing.ts";
import { safeError } from "./safe-error.ts";
import { InFlight, installSignalHandlers } from "./shutdown.ts";

export { DEFER_AFTER_MS } from "./responder.ts";

export interface GatewayOptions extends Omit<RouterOptions, "coverage"> {
  config: Config;
  /** The coverage answered from here; or give `router`, answering elsewhere (core-thread.ts). */
  coverage?: CoverageLike;
  router?: Router;
  log: Logger;
  /** Install SIGTERM/SIGINT handlers (off in tests). */
  handleSignals?: boolean;
  /** Defer an answer that is not ready after this many ms (default 1500). */
  deferAfterMs?: number;
}

export interface RunningGateway {
  client: Client;
  router: Router;
  /** Stops taking interactions, waits for those in flight, and disconnects. */
  stop(): Promise<void>;
}

/** discord.js wants camelCase allowedMentions; the router speaks Discord's API shape. */
function toReply(m: DiscordMessage) {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    embeds: m.embeds,
    components: m.components,
    allowedMentions: { parse: [] as [] },
    ...(m.flags ? { flags: (m.flags & MessageFlags.Ephemeral) as MessageFlags.Ephemeral } : {}),
    ...(m.files?.length ? { files: m.files.map((f) => ({ attachment: f.data, name: f.name })) } : {}),
  };
}

/** Edits (editReply, update) cannot change flags. */
function toEdit(m: DiscordMessage) {
  const { flags: _flags, ...rest } = toReply(m);
  return rest;
}

/** The Responder's gateway adapter: the discord.js interaction's own methods. */
function gatewayAdapter(i: ChatInputCommandInteraction | ButtonInteraction): ResponderAdapter {
  return {
    defer: async (ack) => {
      if (ack === "update" && i.isButton()) await i.deferUpdate();
      else await i.deferReply(ack === "private" ? { flags: MessageFlags.Ephemeral } : {});
    },
    reply: async (m) => void (await i.reply(toReply(m))),
    update: async (m) => {
      if (i.isButton()) await i.update(toEdit(m));
      else await i.reply(toReply(m));
    },
    edit: async (m) => void (await i.editReply(toEdit(m))),
    remove: () => i.deleteReply(),
    followUp: async (m) => void (await i.followUp(toReply(m))),
  };
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const { config, log, handleSignals = true, deferAfterMs = DEFER_AFTER_MS } = opts;
  if (!config.discordToken) throw new Error("DISCORD_TOKEN is not set; the gateway needs a bot token.");
  // The answers' code loads only when this thread answers itself (no coverage thread's router).
  const router = opts.router ?? (await import("./router.ts")).routerOf(opts, deferAfterMs);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
  });
  const inFlight = new InFlight();
  const turns = new Turns();
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    void inFlight.track(handle(interaction, router, log, deferAfterMs, turns));
  });
  client.on(Events.Error, (err) => log.error({ event: "gateway.error", err }, "gateway error"));
  client.on(Events.Warn, (message) => log.warn({ event: "gateway.warn", message }, "gateway warning"));
  client.on(Events.ShardDisconnect, (e, shard) =>
    log.warn({ event: "gateway.disconnect", shard, code: e.code }, "gateway disconnected"),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    log.info({ event: "gateway.resumed", shard, replayed }, "gateway session resumed"),
  );
  client.once(Events.ClientReady, (c) =>
    log.info(
      { event: "gateway.ready", user: c.user.tag, guilds: c.guilds.cache.size },
      "connected to Discord",
    ),
  );

  await client.login(config.discordToken);

  let uninstall = () => {};
  const stop = async () => {
    accepting = false;
    uninstall();
    await inFlight.drain();
    await client.destroy();
    log.info({ event: "gateway.stopped" }, "disconnected");
  };
  if (handleSignals) uninstall = installSignalHandlers(log, stop);
  return { client, router, stop };
}

function invocationOf(i: ChatInputCommandInteraction | ButtonInteraction): Invocation {
  const attachments: NonNullable<Invocation["attachments"]> = {};
  if (i.isChatInputCommand()) {
    for (const [id, a] of i.options.resolved?.attachments ?? []) {
      attachments[id] = { filename: a.name, url: a.url, size: a.size, contentType: a.contentType };
    }
  }
  return {
    userId: i.user.id,
    guildId: i.guildId ?? null,
    memberPermissions: i.memberPermissions?.bitfield.toString() ?? null,
    attachments,
  };
}

async function handle(
  interaction: Interaction,
  router: Router,
  log: Logger,
  deferAfterMs: number,
  turns: Turns,
) {
  const receivedAt = Date.now();
  const started = performance.now();
  const base = { interactionId: interaction.id, user: interaction.user.id };
  const done = (command: string, extra: Record<string, unknown> = {}) =>
    log.info({
      event: "interaction.answered",
      ...base,
      command,
      ...extra,
      ms: Math.round(performance.now() - started),
    });
  if (interaction.isAutocomplete()) {
    let choices: Choice[] = [];
    try {
      choices = await router.autocomplete(interaction.commandName, interaction.options.data);
    } catch (err) {
      log.error({ event: "autocomplete.error", ...base, err: safeError(err) }, "autocomplete failed");
    }
    await interaction
      .respond(choices)
      .catch((err: unknown) =>
        log.warn(
          { event: "autocomplete.reply_failed", ...base, err: safeError(err, [interaction.token]) },
          "could not send the choices",
        ),
      );
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  const arrivedAt = arrivalOf(interaction.id, receivedAt);
  const command = interaction.isChatInputCommand() ? interaction.commandName : undefined;
  const ack: Ack = command === undefined ? "update" : router.privateAnswer(command) ? "private" : "public";
  const responder = new Responder(gatewayAdapter(interaction), { ack, arrivedAt, deferAfterMs });
  try {
    if (command !== undefined && router.likelySlow(command)) await responder.defer();
    responder.arm();
    if (interaction.isChatInputCommand() && command !== undefined) {
      const options = optionsOf(interaction.options.data);
      const who = invocationOf(interaction);
      await responder.send(await turns.run(() => router.command(command, options, who)));
      done(command, { deferred: responder.deferred });
      return;
    }
    if (interaction.isButton()) {
      const who = invocationOf(interaction);
      const result = await turns.run(() => router.button(interaction.customId, who));
      await responder.send(result.message, result.kind);
      done(`button:${interaction.customId.split(":")[1] ?? "?"}`, { result: result.kind });
    }
  } catch (err) {
    await reportFailure(log, responder, base, command, err, interaction.token);
  } finally {
    responder.close();
  }
}
