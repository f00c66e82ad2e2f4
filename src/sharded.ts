// `npm run start:sharded`: the gateway bot as one process per shard (SHARD_COUNT, default "auto").
// This process only supervises: it starts the shards, starts again one that dies, and on
// SIGTERM/SIGINT stops them all, each draining its interactions in flight.

import { ConfigError, loadDotenv, readConfig, readShardPlan } from "./config.ts";
import { recommendedShards, startShards } from "./discord/sharding.ts";
import { createLogger } from "./log.ts";

async function main(): Promise<void> {
  await loadDotenv();
  let config: ReturnType<typeof readConfig>;
  let plan: ReturnType<typeof readShardPlan>;
  try {
    config = readConfig();
    plan = readShardPlan();
    if (!config.discordToken) throw new ConfigError("DISCORD_TOKEN", "is required to run shards");
    if (config.interactionsPort !== null)
      throw new ConfigError(
        "INTERACTIONS_PORT",
        "is for HTTP mode, which needs no shards: unset it or use npm start",
      );
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${e.message}\nSee .env.example for every variable.\n`);
    process.exitCode = 1;
    return;
  }
  const token = config.discordToken;
  const log = createLogger(config.logLevel, undefined, { secrets: [token] }).child({ role: "shard-manager" });
  const totalShards =
    plan.shards === "auto" ? await recommendedShards(config.discordApiUrl, token) : plan.shards;
  log.info(
    { event: "shards.plan", shards: totalShards, asked: plan.shards },
    `starting ${totalShards} shards`,
  );
  const bot = await startShards({ token, totalShards, spawnDelayMs: plan.spawnDelayMs, log });
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ event: "shutdown", signal }, "stopping every shard");
    void bot.stop().then(() => process.exit(0));
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

main().catch((e) => {
  process.stderr.write(`coverage-bot shards could not start: ${(e as Error).message}\n`);
  process.exit(1);
});
