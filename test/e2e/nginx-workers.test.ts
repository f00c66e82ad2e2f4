// HTTP workers behind nginx (deploy/): two `npm start` workers in HTTP mode, nginx on loopback
// with the shipped proxy rules, at least 500 signed interactions sent through it while each
// worker is restarted in turn (SIGTERM, drain, start). Every interaction is answered exactly
// once: none lost (every one gets its 200 callback), none twice (one worker logs it, once).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/discord/deploy.ts";
import {
  type HttpDelivery,
  type LoopbackDiscord,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import { findNginx, freePort, type RunningNginx, startNginx, waitForPort } from "../fixtures/nginx.ts";
import { envWith, killChildren, type Running, startMain } from "../fixtures/processes.ts";

const nginxBin = findNginx();
const cannotRun = "reason" in nginxBin ? nginxBin.reason : null;
if (cannotRun) console.warn(`nginx e2e cannot run here: ${cannotRun}`);

const dir = mkdtempSync(path.join(tmpdir(), "coverage-bot-nginx-"));
let lb: LoopbackDiscord;
let nginx: RunningNginx | undefined;

beforeAll(async () => {
  lb = await startLoopbackDiscord();
  await deployCommands({
    config: {
      discordToken: "loopback.bot.token.xxxxxxxx",
      applicationId: lb.applicationId,
      guildId: null,
      discordApiUrl: lb.apiUrl,
    },
  });
});

afterAll(async () => {
  await nginx?.stop();
  killChildren();
  await lb?.close();
  if (!process.env.KEEP_NGINX_DIR) rmSync(dir, { recursive: true, force: true });
});

function startWorker(port: number): Running {
  return startMain(
    envWith({
      INTERACTIONS_PORT: String(port),
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: lb.publicKeyHex,
      DISCORD_API_URL: lb.apiUrl,
      CACHE_DIR: path.join(dir, "cache"),
    }),
  );
}

describe("HTTP workers behind nginx", () => {
  it.skipIf(cannotRun !== null)(
    `answers ≥ 500 interactions exactly once while each worker restarts in turn${cannotRun ? ` (cannot run: ${cannotRun})` : ""}`,
    async () => {
      const ports = [await freePort(), await freePort()];
      const workers: Running[] = [];
      for (const p of ports) workers.push(startWorker(p));
      await Promise.all(ports.map(waitForPort));
      nginx = await startNginx((nginxBin as { bin: string }).bin, path.join(dir, "nginx"), ports);
      const endpoint = `http://127.0.0.1:${nginx.port}/`;

      let restarting = false;
      let sentDuringRestart = 0;
      const deliveries: HttpDelivery[] = [];
      const send = async () => {
        const during = restarting;
        const name = deliveries.length % 2 ? "help" : "sources";
        const d = await lb.deliverInteraction(endpoint, lb.build.chatInput({ name }));
        deliveries.push(d);
        if (during) sentDuringRestart++;
      };
      let restartsDone = false;
      // Eight clients at once, until ≥ 500 are answered and both workers were restarted.
      const clients = Array.from({ length: 8 }, async () => {
        while (deliveries.length < 500 || !restartsDone) {
          await send();
          // Paced, not flooding: the workers restarting share the machine's two cores with us.
          await new Promise((r) => setTimeout(r, 5));
        }
      });
      const restarts = (async () => {
        while (deliveries.length < 100) await new Promise((r) => setTimeout(r, 20));
        for (const [i, port] of ports.entries()) {
          restarting = true;
          const old = workers[i] as Running;
          old.child.kill("SIGTERM");
          expect(await old.exit).toBe(0);
          const fresh = startWorker(port);
          workers.push(fresh);
          await fresh.waitFor((l) => l.event === "interactions.listening");
          restarting = false;
          // Let traffic reach the new worker before the next one goes.
          const seen = deliveries.length;
          while (deliveries.length < seen + 50) await new Promise((r) => setTimeout(r, 20));
        }
        restartsDone = true;
      })();
      await restarts;
      await Promise.all(clients);

      expect(deliveries.length).toBeGreaterThanOrEqual(500);
      expect(sentDuringRestart).toBeGreaterThan(0);
      // None lost: every interaction got its callback through nginx, in time.
      const failed = deliveries.filter((d) => d.status !== 200 || d.callbackStatus !== 204);
      expect(failed.map((d) => `${d.status}/${d.callbackStatus}`)).toEqual([]);
      // None twice: across all four worker processes, each interaction was answered once.
      const answered = new Map<string, number>();
      for (const w of workers)
        for (const l of w.logs)
          if (l.event === "interaction.answered") {
            const id = l.interactionId as string;
            answered.set(id, (answered.get(id) ?? 0) + 1);
          }
      for (const d of deliveries) expect(answered.get(d.id), d.id).toBe(1);
      expect([...answered.values()].every((n) => n === 1)).toBe(true);
      for (const d of deliveries) expect(d.record.edits.length + d.record.followUps.length).toBe(0);
    },
    // A guard against a hang, not a speed check: four bot start-ups on a busy 2-core machine.
    300_000,
  );
});
