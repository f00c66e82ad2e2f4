// The real entry points as child processes, pointed at the loopback Discord on 127.0.0.1:
// `tsx src/discord/deploy.ts` registers every command; `src/main.ts` serves HTTP interactions
// (and the gateway) and shuts down gracefully on SIGTERM / SIGINT, finishing what is in flight.

import { spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployCommands } from "../../src/discord/deploy.ts";
import { registeredCommands } from "../../src/discord/router.ts";
import {
  DEFAULT_IDS,
  type LoopbackDiscord,
  snowflake,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import { children, envWith, killChildren, startMain } from "../fixtures/processes.ts";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxProc.another-secret-bot-token";
let lb: LoopbackDiscord;

beforeAll(async () => {
  lb = await startLoopbackDiscord({ botToken: TOKEN, strictToken: true });
});

afterAll(async () => {
  killChildren();
  await lb?.close();
});

describe("deploy-commands", () => {
  it("`npx tsx src/discord/deploy.ts` registers every command in the guild; the fixture validates them", async () => {
    const child = spawn("npx", ["tsx", "src/discord/deploy.ts"], {
      cwd: process.cwd(),
      env: envWith({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: lb.applicationId,
        DISCORD_GUILD_ID: DEFAULT_IDS.guild,
        DISCORD_API_URL: lb.apiUrl,
      }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c;
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c;
    });
    const [code] = await once(child, "exit");
    expect(code, err).toBe(0);
    const names = registeredCommands().map((c) => c.definition.name);
    expect(out).toContain(`Registered ${names.length} commands in guild ${DEFAULT_IDS.guild}`);
    expect(lb.violations).toEqual([]);
    expect((lb.commands.guild.get(DEFAULT_IDS.guild) ?? []).map((c) => c.name)).toEqual(names);
    expect(err).not.toContain(TOKEN);
  });

  it("as a function: global when no guild is set; a clear error naming what is missing", async () => {
    const config = {
      discordToken: TOKEN,
      applicationId: lb.applicationId,
      guildId: null,
      discordApiUrl: lb.apiUrl,
    };
    const result = await deployCommands({ config });
    expect(result.scope).toBe("global");
    // With no admin server configured, /reload and /ingest are registered nowhere.
    expect(result.adminGuilds).toEqual([]);
    expect(lb.commands.global.map((c) => c.name)).toEqual(
      registeredCommands()
        .map((c) => c.definition.name)
        .filter((n) => n !== "reload" && n !== "ingest"),
    );
    await expect(
      deployCommands({ config: { ...config, discordToken: null, applicationId: null } }),
    ).rejects.toThrow(/DISCORD_TOKEN and DISCORD_APPLICATION_ID are required/);
    await expect(deployCommands({ config: { ...config, applicationId: null } })).rejects.toThrow(
      /DISCORD_APPLICATION_ID is required/,
    );
  });
});

describe("npm start (src/main.ts) as a process", () => {
  it("HTTP mode: serves signed interactions; SIGTERM finishes the request in flight, stops listening, exits 0", async () => {
    const bot = startMain(
      envWith({
        INTERACTIONS_PORT: "0",
        INTERACTIONS_HOST: "127.0.0.1",
        DISCORD_PUBLIC_KEY: lb.publicKeyHex,
        DISCORD_API_URL: lb.apiUrl,
      }),
    );
    const listening = await bot.waitFor((l) => l.event === "interactions.listening");
    const port = listening.port as number;
    const url = `http://127.0.0.1:${port}/`;
    expect(
      (
        await lb.deliverInteraction(url, {
          type: 1,
          id: snowflake(),
          token: "t1",
          application_id: lb.applicationId,
        })
      ).body,
    ).toEqual({ type: 1 });
    const asked = await lb.deliverInteraction(url, lb.build.chatInput({ name: "sources" }));
    expect(asked.callbackStatus).toBe(204);

    // An interaction in flight: headers and half the body sent, the rest after SIGTERM.
    const payload = lb.build.chatInput({ name: "help" });
    const raw = JSON.stringify(payload);
    const ts = String(Math.floor(Date.now() / 1000));
    const req = request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(raw),
        "x-signature-ed25519": lb.signRequest(ts, raw),
        "x-signature-timestamp": ts,
      },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
    });
    req.write(raw.slice(0, 100));
    await new Promise((r) => setTimeout(r, 150));
    bot.child.kill("SIGTERM");
    await bot.waitFor((l) => l.event === "shutdown" && l.signal === "SIGTERM");
    // Not accepting new connections any more…
    await expect(fetch(url, { method: "POST", body: "{}" })).rejects.toThrow();
    // …but the one in flight is finished.
    req.end(raw.slice(100));
    const done = await response;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
    expect(await bot.exit).toBe(0);
    expect(bot.logs.some((l) => l.event === "interactions.stopped")).toBe(true);
  });

  it("gateway mode: answers, then SIGINT disconnects and exits 0; the token is never logged", async () => {
    await deployCommands({
      config: {
        discordToken: TOKEN,
        applicationId: lb.applicationId,
        guildId: null,
        discordApiUrl: lb.apiUrl,
      },
    });
    const identified = lb.identifyCount;
    const bot = startMain(envWith({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: lb.apiUrl }));
    await bot.waitFor((l) => l.event === "gateway.ready");
    expect(lb.identifyCount).toBe(identified + 1);
    const sent = lb.dispatchInteraction(
      lb.build.chatInput({ name: "ask", options: { question: "Who met Sheinbaum?" } }),
    );
    const res = await sent.response();
    expect(res.withinDeadline).toBe(true);
    bot.child.kill("SIGINT");
    expect(await bot.exit).toBe(0);
    expect(bot.logs.some((l) => l.event === "gateway.stopped")).toBe(true);
    expect(lb.gatewayConnections.at(-1)?.closedAt).toBeDefined();
    expect(bot.stderr.join("\n")).not.toContain(TOKEN);
  });
});
