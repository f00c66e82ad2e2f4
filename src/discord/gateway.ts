// The gateway face: discord.js connects to Discord (or to DISCORD_API_URL's loopback in
// tests) and hands interactions to the router. One failing interaction never stops the bot.

import { Client, Events, GatewayIntentBits, type Interaction, type MessageFlags } from "discord.js";
import type { Config } from "../config.ts";
import type { Coverage } from "../coverage.ts";
import type { Logger } from "../log.ts";
import { type DiscordMessage, errorMessage } from "../render/discord.ts";
import { answerAutocomplete, answerCommand, type OptionInput, optionsOf } from "./router.ts";

export interface GatewayOptions {
  config: Config;
  coverage: Coverage;
  log: Logger;
  /** Install SIGTERM/SIGINT handlers (off in tests). */
  handleSignals?: boolean;
}

export interface RunningGateway {
  client: Client;
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
    ...(m.flags ? { flags: m.flags as MessageFlags.Ephemeral } : {}),
  };
}

export async function startGateway({
  config,
  coverage,
  log,
  handleSignals = true,
}: GatewayOptions): Promise<RunningGateway> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
  });
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const p = handle(interaction, coverage, log).finally(() => inFlight.delete(p));
    inFlight.add(p);
  });
  client.on(Events.Error, (err) => log.error({ event: "gateway.error", err }, "gateway error"));
  client.once(Events.ClientReady, (c) =>
    log.info(
      { event: "gateway.ready", user: c.user.tag, guilds: c.guilds.cache.size },
      "connected to Discord",
    ),
  );

  await client.login(config.discordToken ?? undefined);

  const stop = async () => {
    accepting = false;
    await Promise.allSettled([...inFlight]);
    await client.destroy();
    log.info({ event: "gateway.stopped" }, "disconnected");
  };
  if (handleSignals) {
    const onSignal = (signal: string) => {
      log.info({ event: "shutdown", signal }, "shutting down");
      stop().then(() => process.exit(0));
    };
    process.once("SIGTERM", () => onSignal("SIGTERM"));
    process.once("SIGINT", () => onSignal("SIGINT"));
  }
  return { client, stop };
}

async function handle(interaction: Interaction, coverage: Coverage, log: Logger): Promise<void> {
  const started = performance.now();
  const base = { interactionId: interaction.id, user: interaction.user.id };
  try {
    if (interaction.isAutocomplete()) {
      const choices = answerAutocomplete(
        coverage,
        interaction.commandName,
        interaction.options.data as unknown as OptionInput[],
      );
      await interaction.respond(choices);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const reply = answerCommand(
        coverage,
        interaction.commandName,
        optionsOf(interaction.options.data as unknown as OptionInput[]),
      );
      await interaction.reply(toReply(reply));
      log.info({
        event: "interaction.answered",
        ...base,
        command: interaction.commandName,
        ms: Math.round(performance.now() - started),
      });
      return;
    }
  } catch (err) {
    log.error({ event: "interaction.error", ...base, err }, "interaction failed");
    if (interaction.isRepliable()) {
      const reply = toReply(
        errorMessage("Sorry, something went wrong answering that. It has been logged; please try again."),
      );
      try {
        if (interaction.deferred || interaction.replied) await interaction.followUp(reply);
        else await interaction.reply(reply);
      } catch (e) {
        log.error(
          { event: "interaction.error_reply_failed", ...base, err: e },
          "could not send the error reply",
        );
      }
    }
  }
}
