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
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { DiscordMessage } from "../render/discord.ts";
import { errorMessage } from "../render/discord.ts";
import {
  type CoverageLike,
  createRouter,
  FAILURE_TEXT,
  finalize,
  type Invocation,
  optionsOf,
  type Router,
  type RouterOptions,
} from "./router.ts";
import { InFlight, installSignalHandlers } from "./shutdown.ts";

export const DEFER_AFTER_MS = 1500;

export interface GatewayOptions extends Omit<RouterOptions, "coverage"> {
  config: Config;
  coverage: CoverageLike;
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

const isEphemeral = (m: DiscordMessage) => ((m.flags ?? 0) & MessageFlags.Ephemeral) !== 0;

const LATE = Symbol("late");

/** Resolves with `work`'s value; if it is not ready within `ms`, runs `defer` first. */
async function deferIfSlow<T>(work: Promise<T>, ms: number, defer: () => Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof LATE>((r) => {
    timer = setTimeout(() => r(LATE), ms);
  });
  const first = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (first !== LATE) return first as T;
  await defer();
  return work;
}

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const { config, log, handleSignals = true, deferAfterMs = DEFER_AFTER_MS } = opts;
  if (!config.discordToken) throw new Error("DISCORD_TOKEN is not set; the gateway needs a bot token.");
  const router = createRouter({ ...opts, slowMs: opts.slowMs ?? deferAfterMs / 2 });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
  });
  const inFlight = new InFlight();
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    void inFlight.track(handle(interaction, router, log, deferAfterMs));
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
    memberPermissions: i.memberPermissions?.bitfield.toString() ?? null,
    attachments,
  };
}

async function handle(interaction: Interaction, router: Router, log: Logger, deferAfterMs: number) {
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
  try {
    if (interaction.isAutocomplete()) {
      let choices: ReturnType<Router["autocomplete"]> = [];
      try {
        choices = router.autocomplete(interaction.commandName, interaction.options.data);
      } catch (err) {
        log.error({ event: "autocomplete.error", ...base, err }, "autocomplete failed");
      }
      await interaction.respond(choices);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const name = interaction.commandName;
      const options = optionsOf(interaction.options.data);
      const defer = () =>
        interaction.deferReply(router.privateAnswer(name) ? { flags: MessageFlags.Ephemeral } : {});
      if (router.likelySlow(name)) await defer();
      const work = router.command(name, options, invocationOf(interaction));
      const message = interaction.deferred ? await work : await deferIfSlow(work, deferAfterMs, defer);
      if (!interaction.deferred) await interaction.reply(toReply(message));
      else if (isEphemeral(message) && !router.privateAnswer(name)) {
        // A public "thinking…" cannot turn private: drop it and answer privately.
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(toReply(message));
      } else await interaction.editReply(toEdit(message));
      done(name, { deferred: interaction.deferred });
      return;
    }
    if (interaction.isButton()) {
      const result = await deferIfSlow(
        router.button(interaction.customId, invocationOf(interaction)),
        deferAfterMs,
        () => interaction.deferUpdate(),
      );
      if (result.kind === "reply") {
        if (interaction.deferred) await interaction.followUp(toReply(result.message));
        else await interaction.reply(toReply(result.message));
      } else if (interaction.deferred) await interaction.editReply(toEdit(result.message));
      else await interaction.update(toEdit(result.message));
      done(`button:${interaction.customId.split(":")[1] ?? "?"}`, { result: result.kind });
      return;
    }
  } catch (err) {
    const command = interaction.isCommand() ? interaction.commandName : undefined;
    log.error({ event: "interaction.error", ...base, command, err }, "interaction failed");
    if (!interaction.isRepliable()) return;
    const reply = toReply(finalize(errorMessage(FAILURE_TEXT)));
    try {
      if (interaction.deferred && interaction.isChatInputCommand() && !interaction.replied) {
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp(reply);
      } else if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
      else await interaction.reply(reply);
    } catch (e) {
      log.warn(
        { event: "interaction.error_reply_failed", ...base, err: e },
        "could not send the error reply",
      );
    }
  }
}
