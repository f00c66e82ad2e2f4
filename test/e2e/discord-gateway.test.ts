// End to end through the bot's real gateway face: startGateway (discord.js) with a Config from
// readConfig and the seed coverage, against the loopback Discord on 127.0.0.1. Every registered
// command is answered in time, within Discord's limits, with links, and without pinging anyone.

import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findCommand } from "../../src/answers/registry.ts";
import { type Config, readConfig } from "../../src/config.ts";
import type { Coverage } from "../../src/coverage.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { type RunningGateway, startGateway } from "../../src/discord/gateway.ts";
import { pageButtons, parsePageId } from "../../src/discord/paging.ts";
import { registeredCommands } from "../../src/discord/router.ts";
import { FAILURE_TEXT, NOT_YOURS_TEXT } from "../../src/discord/routing.ts";
import { loadCoverage } from "../../src/lifecycle/load.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import { LIMITS } from "../../src/render/limits.ts";
import {
  type CallbackRecord,
  type LoopbackDiscord,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import {
  autocompleteOptions,
  citesLinks,
  customIds,
  dawdleHooks,
  FALLBACK_QUERY,
  linksOf,
  type MessageLike,
  PINGS,
  RAW_MENTION,
  SAMPLE_QUERIES,
  sampleFor,
  testCommands,
  textOf,
} from "../fixtures/discord/samples.ts";

// The bot's deferral time in these tests. Far past what an answer takes, so that one
// expected straight away (type 4/7) gets it on a busy 2-core machine too (the loopback's
// deadline here is 20 s, not Discord's 3 s). Deferrals are tested by holding an answer back,
// never by racing the clock; an interaction older than the deferral time (the clock runs from its
// creation, `arrivalOf`, shared by both faces) is tested on the HTTP face's 150 ms bot.
const DEFER_AFTER_MS = 5000;
// Discord's own deadline is 3 s; the loopback judges "in time" against a generous one here, so a
// busy CI machine cannot fail a test by being slow. What these tests check is that every
// interaction is acknowledged (answered or deferred), never a speed.
const CALLBACK_DEADLINE_MS = 20_000;

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxLoop.secret-bot-token-never-logged";
const OTHER_USER = "1100000000000000099";

let lb: LoopbackDiscord;
let gw: RunningGateway;
let coverage: Coverage;
let config: Config;
const logLines: string[] = [];

/** The message a person finally sees: the reply, or the edit/follow-up after a deferral. */
async function finalMessage(
  sent: ReturnType<LoopbackDiscord["dispatchInteraction"]>,
  res: CallbackRecord,
): Promise<MessageLike> {
  if (res.type === 4 || res.type === 7) return res.data as MessageLike;
  const later = await Promise.race([sent.edit(), sent.followUp()]);
  return later.payload as MessageLike;
}

function expectClean(id: string, m: MessageLike): void {
  expect(lb.violations.filter((v) => v.interactionId === id)).toEqual([]);
  for (const rec of lb.messages.filter((r) => r.interactionId === id)) {
    expect(rec.allowedMentions).toEqual({ parse: [] });
  }
  expect(textOf(m)).not.toMatch(RAW_MENTION);
}

const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  lb = await startLoopbackDiscord({
    botToken: TOKEN,
    strictToken: true,
    interactionDeadlineMs: CALLBACK_DEADLINE_MS,
  });
  config = readConfig(
    {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: lb.apiUrl,
      DISCORD_APPLICATION_ID: lb.applicationId,
      LOG_LEVEL: "debug",
    },
    process.cwd(),
  );
  coverage = await loadCoverage(config.corpusDir, silentLogger, { cacheDir: config.cacheDir });
  // The real deploy path registers the commands the fixture then builds interactions from.
  await deployCommands({ config });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  // No `secrets` masking here: the token must stay out of the log on its own merits.
  const log = createLogger("debug", false, { destination: sink });
  gw = await startGateway({
    config,
    coverage,
    log,
    handleSignals: false,
    deferAfterMs: DEFER_AFTER_MS,
    commands: [...registeredCommands(), ...testCommands()],
  });
  await lb.waitForIdentify(1);
});

afterAll(async () => {
  await gw?.stop();
  await lb?.close();
});

describe("the gateway face, every registered command", () => {
  it("deploy registered every command, validated by the fixture", () => {
    expect(lb.violations).toEqual([]);
    // No admin server configured here: /reload and /ingest are registered nowhere.
    expect(lb.commands.global.map((c) => c.name).sort()).toEqual(
      registeredCommands()
        .map((c) => c.definition.name)
        .filter((n) => n !== "reload" && n !== "ingest")
        .sort(),
    );
  });

  it("answers each command in time, within limits, with links, pinging no one", async () => {
    for (const def of lb.commands.global) {
      for (const query of [undefined, `${PINGS} ${SAMPLE_QUERIES[def.name] ?? FALLBACK_QUERY}`]) {
        const sample = sampleFor(def as never, query);
        if (query && !sample.queryOption) continue; // nothing to put the pings in
        const sent = lb.dispatchInteraction(
          lb.build.chatInput({
            name: sample.name,
            options: sample.options,
            ...(sample.subcommand ? { subcommand: sample.subcommand } : {}),
          }),
        );
        const res = await sent.response();
        expect(res.withinDeadline, `/${def.name} acknowledged`).toBe(true);
        const m = await finalMessage(sent, res);
        expectClean(sent.id, m);
        expect(textOf(m), `/${def.name} has a Discord renderer`).not.toContain(
          "cannot be shown in Discord yet",
        );
        const command = findCommand(def.name)!;
        const answer = await command.run(coverage, sample.options);
        if (citesLinks(answer))
          expect(linksOf(m).length, `/${def.name} shows its sources' links`).toBeGreaterThan(0);
      }
    }
  });

  it("pages a paged registered command with its buttons (when one exists)", async () => {
    const paged = lb.commands.global.filter((c) =>
      (c.options ?? []).some((o) => o.name === "page" && (o.type === 4 || o.type === 10)),
    );
    for (const def of paged) {
      const sample = sampleFor(def as never);
      const sent = lb.dispatchInteraction(lb.build.chatInput({ name: def.name, options: sample.options }));
      const m = await finalMessage(sent, await sent.response());
      const next = customIds(m).find((id) => parsePageId(id)?.page === 2);
      if (!next) continue; // one page of results for the sample query
      const click = lb.dispatchInteraction(
        lb.build.button({ customId: next, message: sent.record.original! }),
      );
      const res = await click.response();
      expect(res.type).toBe(7);
      expectClean(click.id, res.data as MessageLike);
    }
  });
});

describe("the gateway face, failures and recovery", () => {
  it("a throwing handler gets an ephemeral error, one error log line, and the bot serves on", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "explode" }));
    const res = await sent.response();
    expect(res.type).toBe(4);
    expect((res.data?.flags as number) & 64).toBe(64);
    expect(textOf(res.data as MessageLike)).toContain(FAILURE_TEXT.slice(0, 30));
    const errors = logs().filter((l) => l.level === 50 && l.interactionId === sent.id);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ event: "interaction.error", command: "explode" });
    const next = lb.dispatchInteraction(lb.build.chatInput({ name: "help" }));
    expect((await next.response()).type).toBe(4);
  });

  it("never logs an interaction's token or request body, even when Discord refuses the callback (#18)", async () => {
    // Dispatched without the fixture tracking it: Discord answers 404 Unknown interaction, and
    // discord.js's error carries the callback URL (with the token) and the request body.
    const payload = lb.build.chatInput({ name: "help" });
    lb.dispatch("INTERACTION_CREATE", payload);
    // Waits for the event, not for a time: the guard only stops a hang.
    await vi.waitFor(
      () =>
        expect(
          logs().some((l) => l.event === "interaction.error_reply_failed" && l.interactionId === payload.id),
        ).toBe(true),
      { timeout: 60_000, interval: 20 },
    );
    const mine = logLines.filter((l) => l.includes(payload.id));
    expect(mine.some((l) => l.includes("interaction.error"))).toBe(true);
    expect(mine.join("\n")).not.toContain(payload.token);
    expect(logLines.join("\n")).not.toContain(payload.token);
    expect(mine.join("\n")).not.toContain("I answer questions"); // the reply's body
  });

  it("an unknown command gets a polite, private answer", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "frobnicate" }));
    const res = await sent.response();
    expect(res.type).toBe(4);
    expect((res.data?.flags as number) & 64).toBe(64);
    expect(textOf(res.data as MessageLike)).toMatch(/don't know \/frobnicate.*\/help/);
  });

  it("defers a slow answer (type 5) and completes it by editing the reply; next time defers at once", async () => {
    // The answer is held back until the deferral has arrived: the bot defers without it.
    let release = () => {};
    dawdleHooks.until = () => new Promise<void>((r) => (release = r));
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "dawdle" }));
    const res = await sent.response();
    expect(res.type).toBe(5);
    release();
    const edit = await sent.edit();
    expect(textOf(edit.payload as MessageLike)).toContain("dawdled");
    expectClean(sent.id, edit.payload as MessageLike);
    expect(gw.router.likelySlow("dawdle")).toBe(true);
    // Known slow now: the deferral is sent before the command even starts.
    let deferredBeforeRun: boolean | undefined;
    dawdleHooks.until = () => Promise.resolve();
    dawdleHooks.onRun = () => {
      deferredBeforeRun = again.record.response?.type === 5;
    };
    const again = lb.dispatchInteraction(lb.build.chatInput({ name: "dawdle" }));
    expect((await again.response()).type).toBe(5);
    await again.edit();
    expect(deferredBeforeRun).toBe(true);
    delete dawdleHooks.until;
    delete dawdleHooks.onRun;
  });

  it("answers autocomplete for every autocomplete option, ≤ 25 choices", async () => {
    const defs = [
      ...lb.commands.global.map((c) => c as never),
      testCommands().find((c) => c.definition.name === "suggest")!.definition,
    ];
    const targets = autocompleteOptions(defs);
    expect(targets.length).toBeGreaterThan(0);
    for (const { name, option } of targets) {
      const sent = lb.dispatchInteraction(
        lb.build.autocomplete({ name, focused: option, options: { [option]: "Sh" } }),
      );
      const res = await sent.response();
      expect(res.type).toBe(8);
      const choices = res.data?.choices as unknown[];
      expect(choices.length).toBeLessThanOrEqual(LIMITS.choices);
      if (name === "suggest") expect(choices).toHaveLength(LIMITS.choices); // 40 offered, clipped
      expect(lb.violations.filter((v) => v.interactionId === sent.id)).toEqual([]);
    }
  });

  it("page buttons: the asker turns pages (UPDATE_MESSAGE); anyone else is refused privately", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "pager", options: { query: "tariffs" } }));
    const first = await sent.response();
    const ids = customIds(first.data as MessageLike);
    const next = ids.find((id) => parsePageId(id)?.page === 2)!;
    expect(next).toBe(`page:pager:${sent.record.payload.member?.user.id}:2:tariffs`);
    const click = lb.dispatchInteraction(lb.build.button({ customId: next, message: sent.record.original! }));
    const res = await click.response();
    expect(res.type).toBe(7);
    expect(textOf(res.data as MessageLike)).toContain("tariffs (page 2)");
    expect(customIds(res.data as MessageLike).map((id) => parsePageId(id)?.page)).toEqual([1, 2, 3]);
    expectClean(click.id, res.data as MessageLike);

    const stranger = lb.dispatchInteraction(
      lb.build.button({ customId: next, message: sent.record.original!, user: { id: OTHER_USER } }),
    );
    const refused = await stranger.response();
    expect(refused.type).toBe(4);
    expect((refused.data?.flags as number) & 64).toBe(64);
    expect(textOf(refused.data as MessageLike)).toContain(NOT_YOURS_TEXT.slice(0, 30));
  });

  it("page custom_ids fit 100 characters, and a query too long for one gets no buttons", () => {
    const row = pageButtons("quotes", "12345678901234567890", 2, 3, "q".repeat(60));
    for (const b of row!.components)
      expect((b as { custom_id: string }).custom_id.length).toBeLessThanOrEqual(100);
    expect(pageButtons("quotes", "12345678901234567890", 1, 3, "q".repeat(80))).toBeNull();
    expect(pageButtons("quotes", "1", 1, 1, "q")).toBeNull();
    expect(parsePageId("page:quotes:42:3:a:b")).toEqual({
      command: "quotes",
      userId: "42",
      page: 3,
      query: "a:b",
    });
  });

  it("resumes after the gateway drops and answers after", async () => {
    const resumes = lb.resumeCount;
    await lb.dropGateway(4000);
    await lb.waitForResume(resumes + 1);
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "sources" }));
    // Answered at once, or (when it reached the bot after the deferral time) deferred.
    const first = await sent.response();
    expect([4, 5]).toContain(first.type);
    expect(textOf(await finalMessage(sent, first))).toMatch(/Sources/);
    await lb.dropGateway("abrupt");
    const missed = lb.dispatchInteraction(lb.build.chatInput({ name: "help" }));
    // Replayed after the resume, it may already be older than the deferral time (which counts
    // from its creation): answered at once (4) or deferred then edited (5), never dropped.
    const res = await missed.response();
    expect([4, 5]).toContain(res.type);
    expect(textOf(await finalMessage(missed, res))).toMatch(/coverage-bot/);
    expect(lb.identifyCount).toBe(1);
  });

  it("rides out a 429 on the callback route", async () => {
    const injection = lb.injectRateLimit("POST /interactions/:id/:token/callback", 1, 0.2);
    const sent = lb.dispatchInteraction(
      lb.build.chatInput({ name: "ask", options: { question: "tariffs" } }),
    );
    const res = await sent.response();
    expect(injection.hits).toBe(1);
    expect(sent.record.attempts.map((a) => a.status)).toEqual([429, 204]);
    expect(res.withinDeadline).toBe(true);
  });

  it("never logs the bot token, and sends it only as REST authorization", () => {
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.join("\n")).not.toContain(TOKEN);
    expect(logLines.join("\n")).not.toContain(TOKEN.split(".")[2]);
    expect(lb.authorizations).toEqual([`Bot ${TOKEN}`]);
    expect(lb.requests.filter((r) => r.path.startsWith("/interactions/") && r.authorization)).toEqual([]);
  });
});
