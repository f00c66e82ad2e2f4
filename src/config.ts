// Configuration: environment (and .env via dotenv), validated once, with an error that
// names the variable and says what is wrong with it.

import path from "node:path";

export interface Config {
  discordToken: string | null;
  applicationId: string | null;
  guildId: string | null;
  /** Servers where /reload and /ingest are registered and accepted (default: DISCORD_GUILD_ID). */
  adminGuildIds: string[];
  /** When set, only these users may run /reload and /ingest (in an admin server). */
  adminUserIds: string[];
  publicKey: string | null;
  interactionsPort: number | null;
  /** Interface the interactions endpoint listens on; null = all interfaces. */
  interactionsHost: string | null;
  discordApiUrl: string;
  corpusDir: string;
  cacheDir: string;
  logLevel: string;
  /** Where the Discord faces keep the coverage: "worker" (its own thread, so the collector and
   *  the warm-up never hold the thread that talks to Discord) or "main" (one thread). */
  coreThread: "worker" | "main";
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
  }
}

const SNOWFLAKE = /^\d{15,21}$/;
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

type Env = Record<string, string | undefined>;

function opt(env: Env, name: string): string | null {
  const v = env[name]?.trim();
  return v ? v : null;
}

/** A comma- or space-separated list of Discord ids; null when unset. */
function idList(env: Env, name: string): string[] | null {
  const v = opt(env, name);
  if (!v) return null;
  const ids = v.split(/[\s,]+/).filter(Boolean);
  const bad = ids.find((id) => !SNOWFLAKE.test(id));
  if (bad)
    throw new ConfigError(name, `must be Discord ids (15–21 digits) separated by commas, got "${bad}"`);
  return ids;
}

export function readConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const discordToken = opt(env, "DISCORD_TOKEN");
  if (discordToken && !/^[\w.-]{20,}$/.test(discordToken)) {
    throw new ConfigError(
      "DISCORD_TOKEN",
      "does not look like a bot token (copy it from the Bot page of your application)",
    );
  }
  const applicationId = opt(env, "DISCORD_APPLICATION_ID");
  if (applicationId && !SNOWFLAKE.test(applicationId)) {
    throw new ConfigError(
      "DISCORD_APPLICATION_ID",
      `must be a Discord id (15–21 digits), got "${applicationId}"`,
    );
  }
  const guildId = opt(env, "DISCORD_GUILD_ID");
  if (guildId && !SNOWFLAKE.test(guildId)) {
    throw new ConfigError("DISCORD_GUILD_ID", `must be a Discord id (15–21 digits), got "${guildId}"`);
  }
  const adminGuildIds = idList(env, "ADMIN_GUILD_IDS") ?? (guildId ? [guildId] : []);
  const adminUserIds = idList(env, "ADMIN_USER_IDS") ?? [];
  const publicKey = opt(env, "DISCORD_PUBLIC_KEY");
  if (publicKey && !/^[0-9a-f]{64}$/i.test(publicKey)) {
    throw new ConfigError(
      "DISCORD_PUBLIC_KEY",
      "must be the 64 hex characters shown on the application's General Information page",
    );
  }
  const portText = opt(env, "INTERACTIONS_PORT");
  let interactionsPort: number | null = null;
  if (portText) {
    interactionsPort = Number(portText);
    if (!Number.isInteger(interactionsPort) || interactionsPort < 0 || interactionsPort > 65535) {
      throw new ConfigError("INTERACTIONS_PORT", `must be a port number (0–65535), got "${portText}"`);
    }
    if (!publicKey) throw new ConfigError("DISCORD_PUBLIC_KEY", "is required when INTERACTIONS_PORT is set");
  }
  const discordApiUrl = (opt(env, "DISCORD_API_URL") ?? "https://discord.com/api").replace(/\/+$/, "");
  try {
    const u = new URL(discordApiUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
  } catch {
    throw new ConfigError("DISCORD_API_URL", `must be an http(s) URL, got "${discordApiUrl}"`);
  }
  const logLevel = (opt(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!LEVELS.includes(logLevel)) throw new ConfigError("LOG_LEVEL", `must be one of ${LEVELS.join(", ")}`);
  const coreThread = (opt(env, "CORE_THREAD") ?? "worker").toLowerCase();
  if (coreThread !== "worker" && coreThread !== "main")
    throw new ConfigError("CORE_THREAD", `must be "worker" or "main", got "${coreThread}"`);
  return {
    discordToken,
    applicationId,
    guildId,
    adminGuildIds,
    adminUserIds,
    publicKey,
    interactionsPort,
    interactionsHost: opt(env, "INTERACTIONS_HOST"),
    discordApiUrl,
    corpusDir: path.resolve(cwd, opt(env, "CORPUS_DIR") ?? "seeds"),
    cacheDir: path.resolve(cwd, opt(env, "CACHE_DIR") ?? ".cache"),
    logLevel,
    coreThread,
  };
}

export interface ShardPlan {
  /** A count, or "auto": the count Discord recommends for the bot (GET /gateway/bot). */
  shards: number | "auto";
  /** Wait between two shards' start: Discord allows one IDENTIFY per 5 s per concurrency bucket. */
  spawnDelayMs: number;
}

/** `npm run start:sharded`'s settings (SHARD_COUNT, SHARD_SPAWN_DELAY_MS). */
export function readShardPlan(env: Env = process.env): ShardPlan {
  const count = env.SHARD_COUNT?.trim() || "auto";
  const shards = count === "auto" ? "auto" : Number(count);
  if (shards !== "auto" && (!Number.isInteger(shards) || shards < 1 || shards > 1024)) {
    throw new ConfigError(
      "SHARD_COUNT",
      `must be "auto" or a whole number of shards (1–1024), got "${count}"`,
    );
  }
  const delay = env.SHARD_SPAWN_DELAY_MS?.trim() || "5500";
  const spawnDelayMs = Number(delay);
  if (!Number.isInteger(spawnDelayMs) || spawnDelayMs < 0) {
    throw new ConfigError("SHARD_SPAWN_DELAY_MS", `must be a whole number of milliseconds, got "${delay}"`);
  }
  return { shards, spawnDelayMs };
}

/** Loads .env (if present) into process.env without overriding what is already set. */
export async function loadDotenv(): Promise<void> {
  const dotenv = await import("dotenv");
  dotenv.config({ quiet: true } as Parameters<typeof dotenv.config>[0]);
}
