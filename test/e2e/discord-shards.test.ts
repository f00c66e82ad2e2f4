// `npm run start:sharded` as a process against the loopback Discord recommending 2 shards: both
// shards identify with their ids, an interaction in a guild of either shard is answered by that
// shard, and a shard killed outright is started again and answers again.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readShardPlan } from "../../src/config.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { shardOfGuild } from "../fixtures/discord/gateway.ts";
import { type LoopbackDiscord, startLoopbackDiscord } from "../fixtures/discord/loopback.ts";
import { envWith, killChildren, startMain } from "../fixtures/processes.ts";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxShard.yet-another-secret-bot-token";
let lb: LoopbackDiscord;
const cacheDir = mkdtempSync(path.join(tmpdir(), "coverage-bot-shards-"));

/** A guild id that Discord routes to `shard` of `count` (ids differ in their timestamp bits). */
function guildOnShard(shard: number, count: number): string {
  for (let t = 1n; ; t++) {
    const id = ((t << 22n) + 12345n).toString().padStart(17, "1");
    if (shardOfGuild(id, count) === shard) return id;
  }
}

beforeAll(async () => {
  lb = await startLoopbackDiscord({ botToken: TOKEN, strictToken: true, shards: 2 });
  await deployCommands({
    config: { discordToken: TOKEN, applicationId: lb.applicationId, guildId: null, discordApiUrl: lb.apiUrl },
  });
});

afterAll(async () => {
  killChildren();
  await lb?.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("shard plan", () => {
  it("SHARD_COUNT is auto by default, a count when given, and a clear error otherwise", () => {
    expect(readShardPlan({})).toEqual({ shards: "auto", spawnDelayMs: 5500 });
    expect(readShardPlan({ SHARD_COUNT: "4", SHARD_SPAWN_DELAY_MS: "0" })).toEqual({
      shards: 4,
      spawnDelayMs: 0,
    });
    expect(() => readShardPlan({ SHARD_COUNT: "two" })).toThrow(
      /SHARD_COUNT must be "auto" or a whole number/,
    );
    expect(() => readShardPlan({ SHARD_SPAWN_DELAY_MS: "-1" })).toThrow(/SHARD_SPAWN_DELAY_MS/);
  });
});

describe("npm run start:sharded", () => {
  it("runs the recommended 2 shards; each answers its guilds; a killed shard comes back and answers", async () => {
    const bot = startMain(
      envWith({
        DISCORD_TOKEN: TOKEN,
        DISCORD_API_URL: lb.apiUrl,
        CACHE_DIR: cacheDir,
        SHARD_SPAWN_DELAY_MS: "0",
      }),
      "src/sharded.ts",
    );
    await bot.waitFor((l) => l.event === "shards.started");
    expect(lb.shards.sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const ask = async (guildId: string) => {
      const sent = lb.dispatchInteraction(
        lb.build.chatInput({ name: "ask", guildId, options: { question: "Who met Sheinbaum?" } }),
      );
      return sent.response();
    };
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
    for (const guild of guilds) expect((await ask(guild)).withinDeadline).toBe(true);
    // Each answer came from the shard Discord routed it to: both shards log an answer.
    for (const shard of [0, 1])
      await bot.waitFor((l) => l.event === "interaction.answered" && l.shard === shard);

    const first = bot.logs.find((l) => l.event === "shard.spawned" && l.shard === 0);
    const identified = lb.identifyCount;
    const before = bot.logs.length;
    process.kill(first?.pid as number, "SIGKILL");
    const sinceKill = (l: Record<string, unknown>) => bot.logs.indexOf(l) >= before;
    await bot.waitFor((l) => l.event === "shard.died" && l.shard === 0 && sinceKill(l));
    await bot.waitFor((l) => l.event === "shard.ready" && l.shard === 0 && sinceKill(l));
    await lb.waitForIdentify(identified + 1);
    expect(lb.identifyPayloads.at(-1)?.shard).toEqual([0, 2]);
    expect((await ask(guilds[0] as string)).withinDeadline).toBe(true);

    bot.child.kill("SIGTERM");
    expect(await bot.exit).toBe(0);
    expect(bot.stderr.join("\n")).not.toContain(TOKEN);
  }, 300_000); // a guard against a hang, not a speed check: three bot start-ups on 2 busy cores
});
