// `npm run deploy-commands`: registers every slash command (the registry's definitions) with
// Discord in one bulk overwrite — to one server when DISCORD_GUILD_ID is set (instant), else
// globally (may take up to an hour to appear). Commands removed from the registry disappear.

import { type APIApplicationCommand, REST, Routes } from "discord.js";
import type { CommandDefinition } from "../../commands/definition.ts";
import { definitions } from "../answers/registry.ts";
import { type Config, ConfigError, loadDotenv, readConfig } from "../config.ts";
import { createLogger, type Logger, silentLogger } from "../log.ts";
import { isMainModule } from "../main-module.ts";
import { isAdminCommand } from "./admin-scope.ts";

export interface DeployOptions {
  config: Pick<Config, "discordToken" | "applicationId" | "guildId" | "discordApiUrl"> &
    Partial<Pick<Config, "adminGuildIds">>;
  log?: Logger;
  /** Default: every command in the registry. */
  commands?: CommandDefinition[];
}

export interface DeployResult {
  scope: "guild" | "global";
  route: string;
  commands: APIApplicationCommand[];
  /** Servers the admin commands (/reload, /ingest) were registered in. */
  adminGuilds: string[];
}

/** Bulk-overwrites the application's commands; throws a ConfigError naming what is missing. */
export async function deployCommands({
  config,
  log = silentLogger,
  commands = definitions(),
}: DeployOptions): Promise<DeployResult> {
  const missing = [
    config.discordToken ? null : "DISCORD_TOKEN",
    config.applicationId ? null : "DISCORD_APPLICATION_ID",
  ].filter((v): v is string => v !== null);
  if (missing.length > 0) {
    throw new ConfigError(
      missing.join(" and "),
      `${missing.length > 1 ? "are" : "is"} required to deploy commands (Developer Portal: Bot → Reset Token; General Information → Application ID)`,
    );
  }
  const appId = config.applicationId!;
  const route = config.guildId
    ? Routes.applicationGuildCommands(appId, config.guildId)
    : Routes.applicationCommands(appId);
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken!);
  // Admin commands only in the admin servers (see admin-scope.ts); the rest as before.
  const adminGuilds = config.adminGuildIds ?? (config.guildId ? [config.guildId] : []);
  const mainHasAdmin = !!config.guildId && adminGuilds.includes(config.guildId);
  const main = commands.filter((c) => mainHasAdmin || !isAdminCommand(c));
  const registered = (await rest.put(route, { body: main })) as APIApplicationCommand[];
  const admin = commands.filter(isAdminCommand);
  for (const guild of adminGuilds) {
    if (guild === config.guildId) continue;
    await rest.put(Routes.applicationGuildCommands(appId, guild), { body: admin });
  }
  const scope = config.guildId ? "guild" : "global";
  log.info(
    {
      event: "commands.deployed",
      scope,
      ...(config.guildId ? { guildId: config.guildId } : {}),
      commands: registered.map((c) => c.name),
    },
    `registered ${registered.length} commands ${scope === "guild" ? `in guild ${config.guildId}` : "globally"}`,
  );
  return { scope, route, commands: registered, adminGuilds };
}

async function main(): Promise<void> {
  await loadDotenv();
  let config: Config;
  try {
    config = readConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw e;
  }
  const log = createLogger(config.logLevel, undefined, { secrets: [config.discordToken] });
  try {
    const { commands, scope } = await deployCommands({ config, log });
    process.stdout.write(
      `Registered ${commands.length} commands ${scope === "guild" ? `in guild ${config.guildId}` : "globally (they can take up to an hour to show)"}: ${commands
        .map((c) => `/${c.name}`)
        .join(" ")}\n`,
    );
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      e instanceof ConfigError ? `${message}\n` : `Could not register the commands: ${message}\n`,
    );
    process.exitCode = 1;
  }
}

if (isMainModule(import.meta.url)) void main();
