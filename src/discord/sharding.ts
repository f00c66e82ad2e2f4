// The sharded gateway: discord.js's ShardingManager runs one bot process (src/main.ts) per
// shard; discord.js hands each its shard id through the environment, every process loads the
// same coverage, and a shard that dies is started again. Past 2,500 servers Discord requires it.

import { type Shard, ShardingManager } from "discord.js";
import type { Logger } from "../log.ts";
import { fromSource, programFile } from "../program-files.ts";

/** Discord's recommended shard count, asked of DISCORD_API_URL (discord.js's own helper only asks discord.com). */
export async function recommendedShards(apiUrl: string, token: string): Promise<number> {
  const res = await fetch(`${apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${token}` } });
  if (!res.ok) throw new Error(`GET /gateway/bot answered ${res.status}: cannot choose a shard count`);
  const body = (await res.json()) as { shards?: unknown };
  if (typeof body.shards !== "number" || body.shards < 1)
    throw new Error("GET /gateway/bot gave no shard count");
  return body.shards;
}

export interface ShardedBot {
  manager: ShardingManager;
  /** Stops every shard (each drains what it has in flight on SIGTERM) and resolves when all exited. */
  stop(): Promise<void>;
}

const BOT_ENTRY = programFile("main.ts");

export async function startShards(opts: {
  token: string;
  totalShards: number;
  spawnDelayMs: number;
  log: Logger;
}): Promise<ShardedBot> {
  const { log } = opts;
  const manager = new ShardingManager(BOT_ENTRY, {
    token: opts.token,
    totalShards: opts.totalShards,
    respawn: true,
    // Each shard runs the entry as this process does: the bundle's, or the TypeScript source's
    // through tsx; with `npm start`'s flag (regular expressions compiled at their first run).
    execArgv: fromSource ? ["--import", "tsx", "--no-regexp-tier-up"] : ["--no-regexp-tier-up"],
  });
  const ready: Promise<unknown>[] = [];
  manager.on("shardCreate", (shard) => {
    watchShard(shard, log);
    ready.push(new Promise<void>((resolve) => shard.once("ready", () => resolve())));
  });
  // No spawn timeout: a shard first loads the coverage, which takes as long as the corpus needs.
  await manager.spawn({ amount: opts.totalShards, delay: opts.spawnDelayMs, timeout: -1 });
  await Promise.all(ready);
  log.info({ event: "shards.started", shards: opts.totalShards }, "all shards started");
  const stop = async () => {
    manager.respawn = false;
    await Promise.all(manager.shards.map((shard) => stopShard(shard)));
    log.info({ event: "shards.stopped" }, "all shards stopped");
  };
  return { manager, stop };
}

function watchShard(shard: Shard, log: Logger): void {
  shard.on("spawn", (child) =>
    log.info(
      { event: "shard.spawned", shard: shard.id, pid: "pid" in child ? child.pid : undefined },
      `shard ${shard.id} started`,
    ),
  );
  shard.on("ready", () => log.info({ event: "shard.ready", shard: shard.id }, `shard ${shard.id} ready`));
  shard.on("death", () =>
    log.warn({ event: "shard.died", shard: shard.id }, `shard ${shard.id} ended; starting it again`),
  );
  shard.on("error", (err: Error) =>
    log.error({ event: "shard.error", shard: shard.id, message: err.message }, "shard error"),
  );
}

/** SIGTERM lets the shard finish its interactions in flight (src/discord/shutdown.ts) before it exits. */
function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
