// The coverage in its own thread (CORE_THREAD=worker, the Discord faces' default): the router the
// main thread gets answers exactly what a router over the same coverage here answers, for
// commands, autocomplete and page buttons; a coverage thread that dies is started again and
// answers again; and the gateway face serves users through it.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Config, readConfig } from "../../src/config.ts";
import { type CoreThread, startCoreThread } from "../../src/discord/core-thread.ts";
import { type RunningGateway, startGateway } from "../../src/discord/gateway.ts";
import { pageButtons, parsePageId } from "../../src/discord/paging.ts";
import { createRouter } from "../../src/discord/router.ts";
import type { Router } from "../../src/discord/routing.ts";
import { loadCoverage } from "../../src/lifecycle/load.ts";
import { silentLogger } from "../../src/log.ts";
import { type LoopbackDiscord, startLoopbackDiscord } from "../fixtures/discord/loopback.ts";
import { textOf } from "../fixtures/discord/samples.ts";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxCore.a-bot-token-for-the-core-thread";
const WHO = { userId: "1100000000000000042", guildId: null, memberPermissions: null, attachments: {} };

let cache: string;
let config: Config;
let core: CoreThread;
let here: Router;

beforeAll(async () => {
  cache = mkdtempSync(path.join(tmpdir(), "coverage-core-"));
  config = readConfig({ CACHE_DIR: cache, LOG_LEVEL: "silent" }, process.cwd());
  core = await startCoreThread({ config, log: silentLogger, watch: false, pretty: false });
  const coverage = await loadCoverage(config.corpusDir, silentLogger, { cacheDir: null });
  here = createRouter({ coverage });
});

afterAll(async () => {
  await core?.stop();
  rmSync(cache, { recursive: true, force: true });
});

describe("the coverage thread", () => {
  it("loads the corpus folder and says how large it is", async () => {
    const size = await core.ready;
    const coverage = await loadCoverage(config.corpusDir, silentLogger, { cacheDir: null });
    expect(size).toEqual({ articles: coverage.corpus.articles.length, passages: coverage.passages.length });
    expect(await core.warmed).toBeGreaterThanOrEqual(0);
  });

  it("answers every command as a router over the same coverage in this thread does", async () => {
    await core.warmed;
    const asks: Array<[string, Record<string, string | number>]> = [
      ["ask", { question: "Who criticised the plan?" }],
      ["whosaid", { quote: "said" }],
      ["sources", { page: 1 }],
      ["help", {}],
      ["ask", { question: "@everyone **nothing** like this appears anywhere zzqx" }],
    ];
    for (const [name, options] of asks) {
      expect(await core.router.command(name, options, WHO)).toEqual(await here.command(name, options, WHO));
    }
  });

  it("answers the commands that change the coverage privately, deferred at once, as this thread would", async () => {
    await core.ready;
    for (const name of ["reload", "ingest", "ask", "quotes", "help"]) {
      expect(core.router.privateAnswer(name), name).toBe(here.privateAnswer(name));
    }
    expect(core.router.privateAnswer("reload")).toBe(true);
    expect(core.router.likelySlow("ingest")).toBe(true);
    expect(core.router.privateAnswer("ask")).toBe(false);
  });

  it("gives the same choices while typing, and the same page behind a button", async () => {
    const data = [{ name: "name", value: "a", focused: true }];
    const choices = await core.router.autocomplete("actor", data);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices).toEqual(await here.autocomplete("actor", data));
    const row = pageButtons("sources", WHO.userId, 1, 3, "");
    const ids = (row?.components ?? []).map((c) => ("custom_id" in c ? String(c.custom_id) : ""));
    const id = ids.find((i) => parsePageId(i)?.page === 2) ?? "";
    expect(id).not.toBe("");
    expect(await core.router.button(id, WHO)).toEqual(await here.button(id, WHO));
  });

  it("reports its own longest block and heap", async () => {
    const s = await core.stats();
    // Whole milliseconds read from the thread's own histogram (NaN or a fraction if misread).
    expect(Number.isInteger(s.longestBlockMs)).toBe(true);
    expect(s.heapUsedMB).toBeGreaterThan(0);
    expect(Number.isInteger(s.externalMB)).toBe(true);
  });

  it("is started again when it dies, and answers again", async () => {
    const before = core.worker;
    await before.terminate();
    const answer = await core.router.command("help", {}, WHO);
    expect(core.worker).not.toBe(before);
    expect(answer).toEqual(await here.command("help", {}, WHO));
  });
});

describe("the gateway face over the coverage thread", () => {
  let lb: LoopbackDiscord;
  let gw: RunningGateway;

  beforeAll(async () => {
    lb = await startLoopbackDiscord({ botToken: TOKEN, strictToken: true, interactionDeadlineMs: 20_000 });
    const faceConfig = readConfig(
      { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: lb.apiUrl, CACHE_DIR: cache, LOG_LEVEL: "silent" },
      process.cwd(),
    );
    gw = await startGateway({
      config: faceConfig,
      router: core.router,
      log: silentLogger,
      handleSignals: false,
    });
    await lb.waitForIdentify(1);
  });

  afterAll(async () => {
    await gw?.stop();
    await lb?.close();
  });

  it("answers a user's /ask with the coverage thread's answer", async () => {
    const options = { question: "Who criticised the plan?" };
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "ask", options }));
    const res = await sent.response();
    const message = res.type === 4 ? res.data : (await sent.edit()).payload;
    const expected = await here.command("ask", options, WHO);
    expect((message as { embeds?: unknown }).embeds).toEqual(JSON.parse(JSON.stringify(expected.embeds)));
    expect(lb.violations).toEqual([]);
  });
});

describe("changing the coverage in the coverage thread", () => {
  const ADMIN_GUILD = "1100000000000000777";
  const admin = { ...WHO, guildId: ADMIN_GUILD, memberPermissions: "32" };
  let dir: string;
  let adminCore: CoreThread;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "coverage-core-corpus-"));
    cpSync("seeds", dir, { recursive: true });
    const c = readConfig({
      CORPUS_DIR: dir,
      CACHE_DIR: cache,
      ADMIN_GUILD_IDS: ADMIN_GUILD,
      LOG_LEVEL: "silent",
    });
    adminCore = await startCoreThread({ config: c, log: silentLogger, watch: false, pretty: false });
    await adminCore.ready;
  });

  afterAll(async () => {
    await adminCore?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("/reload by an admin there picks up a new file, and /ask then finds it", async () => {
    const article =
      "Floodgates opened at Quorvale reservoir\n\nEngineers at Quorvale reservoir opened all six floodgates on Tuesday " +
      "after a week of record rain, the regional water board said.\n";
    writeFileSync(path.join(dir, "quorvale.txt"), article);
    expect(adminCore.router.likelySlow("reload")).toBe(true);
    expect(adminCore.router.privateAnswer("reload")).toBe(true);
    const refused = await adminCore.router.command("reload", {}, WHO);
    expect(textOf(refused)).toMatch(/admin server/);
    const done = await adminCore.router.command("reload", {}, admin);
    expect(textOf(done)).toMatch(/Coverage reloaded/);
    expect(textOf(done)).toContain("quorvale.txt");
    const found = await adminCore.router.command("ask", { question: "Quorvale floodgates" }, WHO);
    expect(textOf(found)).toContain("Quorvale");
  });
});
