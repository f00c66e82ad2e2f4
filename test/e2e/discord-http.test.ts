// End to end through the HTTP interactions face: startInteractionsServer with a Config from
// readConfig, the seed coverage, and the loopback Discord delivering signed interactions (the
// fixture's own Ed25519 key) to the endpoint on 127.0.0.1 and judging each HTTP response as the
// interaction callback. Deferred answers are completed through the fixture's webhook routes.

import { connect } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCommand } from "../../src/answers/registry.ts";
import { readConfig } from "../../src/config.ts";
import type { Coverage } from "../../src/coverage.ts";
import { type RunningInteractions, startInteractionsServer } from "../../src/discord/interactions.ts";
import { parsePageId } from "../../src/discord/paging.ts";
import { registeredCommands } from "../../src/discord/router.ts";
import { FAILURE_TEXT, NOT_YOURS_TEXT } from "../../src/discord/routing.ts";
import { isFreshTimestamp, publicKeyFromHex, verifyDiscordRequest } from "../../src/discord/verify.ts";
import { loadCoverage } from "../../src/lifecycle/load.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import { message } from "../../src/render/discord.ts";
import { LIMITS } from "../../src/render/limits.ts";
import {
  type HttpDelivery,
  type LoopbackDiscord,
  snowflake,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import {
  autocompleteOptions,
  customIds,
  dawdleHooks,
  FALLBACK_QUERY,
  type MessageLike,
  PINGS,
  RAW_MENTION,
  SAMPLE_QUERIES,
  sampleFor,
  testCommands,
  textOf,
} from "../fixtures/discord/samples.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// The main bot (and the /quotes bot) never defers by time — neither by a deferral timer nor by
// having seen a command run slowly before (slowMs) — so an answer expected straight away (type
// 4/7) is one however slow the machine (a 15 s deferral raced the clock). The slow, held and quick bots defer
// answers that are held back or whose interaction is already older than their deferral time,
// never by racing the clock.
const DEFER_AFTER_MS = Number.POSITIVE_INFINITY;
const NEVER_SLOW_MS = Number.POSITIVE_INFINITY;
// The bots whose answers are held back until the test releases them defer at once: no timer runs
// against the machine's speed, and such an answer cannot come first however fast or slow it is.
const HELD_DEFER_AFTER_MS = 0;
// Discord's own deadline is 3 s. The loopback still enforces one (a callback after it is refused,
// as Discord refuses it), but a generous one, as long as its guard against a hang: a busy CI
// machine cannot fail a test by being slow. What these tests check is that every interaction is
// acknowledged exactly once (answered or deferred), never a speed; deferring in time is shown by
// construction on the held bots and, on a clock the test moves, in test/unit/responder.test.ts.
const CALLBACK_DEADLINE_MS = 60_000;
// The age-deferring bot's deferral time and how long its interaction waited before receipt, both
// on the clock the test sets (nothing measured): far apart, and far inside the deadline above.
const QUICK_DEFER_AFTER_MS = 500;
const QUEUED_MS = 2_000; // under Discord's 3 s, the oldest creation time the bot believes
// A fixed instant, not the machine's clock: every bot here reads its receipts from it and the
// loopback signs on it, so the 5-minute signature window is judged on a clock that stands still
// (no request can age across it on a slow machine). Only the loopback's Discord deadline,
// CALLBACK_DEADLINE_MS, is on the real clock.
const EPOCH = Date.UTC(2026, 0, 1, 12);
const atEpoch = () => EPOCH;

/** Holds the slow test commands until the returned function is called (the bot must defer). */
function holdSlowCommands(): () => void {
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  dawdleHooks.until = () => held;
  return () => {
    delete dawdleHooks.until;
    release();
  };
}

let lb: LoopbackDiscord;
let bot: RunningInteractions;
let slowBot: RunningInteractions;
let heldBot: RunningInteractions;
let releaseSlow = () => {};
let quotesBot: RunningInteractions | undefined;
let corpus: ReturnType<typeof tempCorpus> | undefined;
let coverage: Coverage;
const logLines: string[] = [];
const endpoint = (s: RunningInteractions) => `http://127.0.0.1:${s.port}/interactions`;

function configFor(lbx: LoopbackDiscord) {
  return readConfig({
    INTERACTIONS_PORT: "0",
    INTERACTIONS_HOST: "127.0.0.1",
    DISCORD_PUBLIC_KEY: lbx.publicKeyHex,
    DISCORD_API_URL: lbx.apiUrl,
  });
}

const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>);

async function finalOf(d: HttpDelivery): Promise<MessageLike> {
  const res = await d.response();
  if (res.type === 4 || res.type === 7) return res.data as MessageLike;
  return (await Promise.race([d.edit(), d.followUp()])).payload as MessageLike;
}

function expectClean(d: HttpDelivery, m: MessageLike): void {
  expect(d.callbackStatus).toBe(204);
  expect(lb.violations.filter((v) => v.interactionId === d.id)).toEqual([]);
  for (const rec of lb.messages.filter((r) => r.interactionId === d.id)) {
    expect(rec.allowedMentions).toEqual({ parse: [] });
  }
  expect(textOf(m)).not.toMatch(RAW_MENTION);
}

beforeAll(async () => {
  lb = await startLoopbackDiscord({ interactionDeadlineMs: CALLBACK_DEADLINE_MS, now: atEpoch });
  coverage = await loadCoverage("seeds", silentLogger, { cacheDir: readConfig().cacheDir });
  // Register the commands so the builders know option types (as deploy would).
  await fetch(`${lb.apiUrl}/v10/applications/${lb.applicationId}/commands`, {
    method: "PUT",
    headers: { authorization: "Bot loopback.bot.token", "content-type": "application/json" },
    body: JSON.stringify(registeredCommands().map((c) => c.definition)),
  });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  const log = createLogger("info", false, { destination: sink });
  bot = await startInteractionsServer({
    config: configFor(lb),
    coverage,
    log,
    handleSignals: false,
    deferAfterMs: DEFER_AFTER_MS,
    slowMs: NEVER_SLOW_MS,
    now: atEpoch,
    commands: [...registeredCommands(), ...testCommands()],
  });
  // Slowness injected through the `answer` option: every answer waits until the test releases it.
  slowBot = await startInteractionsServer({
    config: configFor(lb),
    coverage,
    log: silentLogger,
    handleSignals: false,
    deferAfterMs: HELD_DEFER_AFTER_MS,
    now: atEpoch,
    answer: async (_c, name) => {
      await new Promise<void>((r) => (releaseSlow = r));
      return message([{ title: `Slow answer to /${name}`, description: "Worth the wait." }]);
    },
  });
  // The test commands whose work is held by holdSlowCommands(): deferred by construction.
  heldBot = await startInteractionsServer({
    config: configFor(lb),
    coverage,
    log,
    handleSignals: false,
    deferAfterMs: HELD_DEFER_AFTER_MS,
    now: atEpoch,
    commands: [...registeredCommands(), ...testCommands()],
  });
});

afterAll(async () => {
  await quotesBot?.stop();
  corpus?.cleanup();
  await bot?.stop();
  await slowBot?.stop();
  await heldBot?.stop();
  await lb?.close();
});

const ping = () => ({
  type: 1 as const,
  id: snowflake(),
  token: `ping-${snowflake()}`,
  application_id: lb.applicationId,
});

describe("HTTP interactions: signatures", () => {
  it("verify.ts accepts Discord's signature and rejects anything else", () => {
    const key = publicKeyFromHex(lb.publicKeyHex);
    const body = Buffer.from('{"type":1}');
    const sig = lb.signRequest("1700000000", body.toString());
    expect(verifyDiscordRequest(key, sig, "1700000000", body)).toBe(true);
    expect(verifyDiscordRequest(key, sig, "1700000001", body)).toBe(false);
    expect(verifyDiscordRequest(key, undefined, "1700000000", body)).toBe(false);
    expect(verifyDiscordRequest(key, "zz", "1700000000", body)).toBe(false);
    expect(isFreshTimestamp("1700000000", 1700000000_000 + 300_000)).toBe(true);
    expect(isFreshTimestamp("1700000000", 1700000000_000 + 301_000)).toBe(false);
    expect(isFreshTimestamp("17e8", 1700000000_000)).toBe(false);
  });

  it("answers PING with PONG", async () => {
    const d = await lb.deliverInteraction(endpoint(bot), ping());
    expect(d.status).toBe(200);
    expect(d.body).toEqual({ type: 1 });
  });

  it("401 on a missing, wrong or stale-body signature", async () => {
    expect((await lb.deliverInteraction(endpoint(bot), ping(), { signature: null })).status).toBe(401);
    expect((await lb.deliverInteraction(endpoint(bot), ping(), { timestamp: "" })).status).toBe(401);
    expect((await lb.deliverInteraction(endpoint(bot), ping(), { signature: "ab".repeat(64) })).status).toBe(
      401,
    );
    const tampered = await lb.deliverInteraction(endpoint(bot), ping(), {
      tamper: (b) => b.replace('"type":1', '"type":2'),
    });
    expect(tampered.status).toBe(401);
  });
});

describe("HTTP interactions: the same handlers as the gateway", () => {
  it("acknowledges every registered command once, within limits, pinging no one", async () => {
    for (const def of lb.commands.global) {
      for (const query of [undefined, `${PINGS} ${SAMPLE_QUERIES[def.name] ?? FALLBACK_QUERY}`]) {
        const sample = sampleFor(def as never, query);
        if (query && !sample.queryOption) continue;
        const d = await lb.deliverInteraction(
          endpoint(bot),
          lb.build.chatInput({
            name: sample.name,
            options: sample.options,
            ...(sample.subcommand ? { subcommand: sample.subcommand } : {}),
          }),
        );
        expect(d.status, `/${def.name}`).toBe(200);
        await d.response();
        // Acknowledged once: one callback accepted, none refused (a refusal is a second try or a late one).
        expect(d.record.attempts.map((a) => a.status)).toEqual([204]);
        const m = await finalOf(d);
        expectClean(d, m);
        expect(textOf(m), `/${def.name} has a Discord renderer`).not.toContain(
          "cannot be shown in Discord yet",
        );
      }
    }
  });

  it("answers autocomplete (type 8, ≤ 25 choices)", async () => {
    const defs = [
      ...lb.commands.global.map((c) => c as never),
      testCommands().find((c) => c.definition.name === "suggest")!.definition,
    ];
    for (const { name, option } of autocompleteOptions(defs)) {
      const d = await lb.deliverInteraction(
        endpoint(bot),
        lb.build.autocomplete({ name, focused: option, options: { [option]: "Sh" } }),
      );
      expect(d.callbackStatus).toBe(204);
      const res = await d.response();
      expect(res.type).toBe(8);
      expect((res.data?.choices as unknown[] | undefined)?.length ?? 0).toBeLessThanOrEqual(LIMITS.choices);
    }
  });

  it("a throwing handler: ephemeral error, one error log line with the id; the next request is served", async () => {
    const d = await lb.deliverInteraction(endpoint(bot), lb.build.chatInput({ name: "explode" }));
    const res = await d.response();
    expect(res.type).toBe(4);
    expect((res.data?.flags as number) & 64).toBe(64);
    expect(textOf(res.data as MessageLike)).toContain(FAILURE_TEXT.slice(0, 30));
    expect(logs().filter((l) => l.level === 50 && l.interactionId === d.id)).toHaveLength(1);
    const next = await lb.deliverInteraction(endpoint(bot), lb.build.chatInput({ name: "help" }));
    expect((await next.response()).type).toBe(4);
  });

  it("an unknown command gets a polite answer", async () => {
    const d = await lb.deliverInteraction(endpoint(bot), lb.build.chatInput({ name: "frobnicate" }));
    expect(textOf((await d.response()).data as MessageLike)).toMatch(/don't know \/frobnicate/);
  });

  it("page buttons: UPDATE_MESSAGE for the asker, a private refusal for anyone else", async () => {
    const d = await lb.deliverInteraction(
      endpoint(bot),
      lb.build.chatInput({ name: "pager", options: { query: "cartels" } }),
    );
    const next = customIds((await d.response()).data as MessageLike).find(
      (id) => parsePageId(id)?.page === 2,
    )!;
    const click = await lb.deliverInteraction(
      endpoint(bot),
      lb.build.button({ customId: next, message: d.record.original! }),
    );
    const res = await click.response();
    expect(res.type).toBe(7);
    expect(textOf(res.data as MessageLike)).toContain("cartels (page 2)");
    expectClean(click, res.data as MessageLike);
    const stranger = await lb.deliverInteraction(
      endpoint(bot),
      lb.build.button({ customId: next, message: d.record.original!, user: { id: "1100000000000000099" } }),
    );
    const refused = await stranger.response();
    expect(refused.type).toBe(4);
    expect((refused.data?.flags as number) & 64).toBe(64);
    expect(textOf(refused.data as MessageLike)).toContain(NOT_YOURS_TEXT.slice(0, 30));
  });

  it("defers a slow answer (type 5) and completes it by PATCH …/messages/@original", async () => {
    const d = await lb.deliverInteraction(
      endpoint(slowBot),
      lb.build.chatInput({ name: "ask", options: { question: "tariffs" } }),
    );
    // Deferred while the answer is still held back.
    expect(d.body).toEqual({ type: 5 });
    expect((await d.response()).type).toBe(5);
    releaseSlow();
    const edit = await d.edit();
    expect(edit.accepted).toBe(true);
    expect(textOf(edit.payload as MessageLike)).toContain("Slow answer to /ask");
    expect(edit.allowedMentions).toEqual({ parse: [] });
    expect(
      lb.requests.some((r) => r.method === "PATCH" && r.path.endsWith(`/${d.token}/messages/@original`)),
    ).toBe(true);
  });

  it("a slow failure: deferred, then the placeholder is removed and the error sent privately", async () => {
    const release = holdSlowCommands();
    const d = await lb.deliverInteraction(endpoint(heldBot), lb.build.chatInput({ name: "fizzle" }));
    expect(d.body).toEqual({ type: 5 });
    release();
    const follow = await d.followUp();
    expect((follow.payload.flags as number) & 64).toBe(64);
    expect(textOf(follow.payload as MessageLike)).toContain(FAILURE_TEXT.slice(0, 30));
    expect(d.record.original).toBeUndefined(); // "thinking…" deleted
    expect(logs().filter((l) => l.level === 50 && l.interactionId === d.id)).toHaveLength(1);
  });

  it("defers a slow registered command too", async () => {
    const release = holdSlowCommands();
    const d = await lb.deliverInteraction(endpoint(heldBot), lb.build.chatInput({ name: "dawdle" }));
    expect(d.body).toEqual({ type: 5 });
    release();
    expect(textOf((await d.edit()).payload as MessageLike)).toContain("dawdled");
  });

  it.skipIf(!findCommand("quotes"))(
    "pages the real /quotes with its buttons (a corpus with 9 quotations, 2 pages)",
    async () => {
      const places = [
        "dam",
        "budget",
        "school",
        "bridge",
        "harbor",
        "clinic",
        "railway",
        "library",
        "market",
      ];
      const files: Record<string, string> = {};
      places.forEach((p, i) => {
        files[`a${i}.md`] =
          `---\noutlet: Valley Post\ntitle: News about the ${p}\nurl: https://example.org/a${i}\npublished: 2031-04-0${i + 1}\n---\n` +
          `The council met on Monday to discuss the ${p}.\n\n"We will finish the ${p} by the end of the year," Mayor Maria Gonzalez said on Monday.\n\nResidents were divided.\n`;
      });
      corpus = tempCorpus(files);
      quotesBot = await startInteractionsServer({
        config: configFor(lb),
        coverage: await loadCoverage(corpus.dir, silentLogger, { cacheDir: null }),
        log: silentLogger,
        handleSignals: false,
        deferAfterMs: DEFER_AFTER_MS,
        slowMs: NEVER_SLOW_MS,
        now: atEpoch,
      });
      const d = await lb.deliverInteraction(
        endpoint(quotesBot),
        lb.build.chatInput({ name: "quotes", options: { speaker: "Maria Gonzalez" } }),
      );
      const first = (await d.response()).data as MessageLike;
      expectClean(d, first);
      const next = customIds(first).find((id) => parsePageId(id)?.page === 2);
      expect(next).toBe(`page:quotes:${d.record.payload.member?.user.id}:2:Maria Gonzalez`);
      const click = await lb.deliverInteraction(
        endpoint(quotesBot),
        lb.build.button({ customId: next!, message: d.record.original! }),
      );
      const res = await click.response();
      expect(res.type).toBe(7);
      expectClean(click, res.data as MessageLike);
      expect(textOf(res.data as MessageLike)).not.toEqual(textOf(first));
      expect(customIds(res.data as MessageLike).map((id) => parsePageId(id)?.page)).toContain(1);
    },
  );
});

/** Writes raw HTTP to the endpoint and resolves with the status line of its answer, or null if
 * the server closes the connection without one. No clock: the body is left unfinished, so a server
 * that waited for it would answer only when its request timeout closes the request (408), never
 * with the status the tests expect; a hang is the test runner's timeout. */
function rawRequest(port: number, head: string, body: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let got = "";
    socket.on("data", (c) => {
      got += String(c);
      if (got.includes("\r\n")) {
        socket.destroy();
        resolve(got.split("\r\n")[0]!);
      }
    });
    socket.on("close", () => resolve(null));
    socket.on("error", () => undefined);
    socket.write(head + body);
  });
}

describe("HTTP interactions: what is accepted before any work (#18)", () => {
  const head = (port: number, length: number, signed: boolean) =>
    `POST /interactions HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n` +
    (signed
      ? `X-Signature-Ed25519: ${"ab".repeat(64)}\r\nX-Signature-Timestamp: ${Math.floor(EPOCH / 1000)}\r\n`
      : "") +
    "\r\n";

  it("refuses an unsigned request at once, without waiting for its (unfinished) body", async () => {
    const status = await rawRequest(bot.port, head(bot.port, 1_000_000, false), "x".repeat(1000));
    expect(status).toMatch(/^HTTP\/1\.1 401/);
  });

  it("refuses a body announced larger than an interaction can be (413), before reading it", async () => {
    const status = await rawRequest(bot.port, head(bot.port, 1_000_000, true), "x".repeat(1000));
    expect(status).toMatch(/^HTTP\/1\.1 413/);
  });

  it("drops unfinished requests after seconds, and caps open connections", () => {
    expect(bot.server.requestTimeout).toBeLessThanOrEqual(10_000);
    expect(bot.server.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(bot.server.maxConnections).toBeGreaterThan(0);
    expect(bot.server.maxConnections).toBeLessThanOrEqual(1024);
  });

  it("a validly signed body that is not an interaction (null, a number, a list) gets 400, not 500", async () => {
    for (const raw of ["null", "42", "[]", '"ping"']) {
      const timestamp = String(Math.floor(EPOCH / 1000));
      const res = await fetch(endpoint(bot), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": lb.signRequest(timestamp, raw),
          "x-signature-timestamp": timestamp,
        },
        body: raw,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/not an interaction/);
    }
  });
});

describe("HTTP interactions: deferred in time, the clock running from the interaction's creation (#18)", () => {
  // A bot that defers after 0.5 s and reads each request's receipt from a clock the test sets: the
  // interaction below is received 2 s after its creation however long the machine takes to
  // deliver it, so the answer is deferred because of its age, never because of the machine (no
  // time of this test is measured; the only real-clock bound is the loopback's Discord deadline,
  // CALLBACK_DEADLINE_MS, far above the 2 s).
  // (A burst queued behind slow answers is test/unit/responder.test.ts's, on a clock moved by
  // work done.)
  let quickBot: RunningInteractions;
  // Its receipts are read from `receivedAt`, set from EPOCH by each test.
  let receivedAt = EPOCH;
  beforeAll(async () => {
    quickBot = await startInteractionsServer({
      config: configFor(lb),
      coverage,
      handleSignals: false,
      deferAfterMs: QUICK_DEFER_AFTER_MS,
      slowMs: NEVER_SLOW_MS, // never "known slow": only the interaction's age may defer
      commands: registeredCommands(),
      now: () => receivedAt,
      log: createLogger("info", false, {
        destination: { write: (l: string) => logLines.push(...l.split("\n").filter(Boolean)) },
      }),
    });
  });
  afterAll(async () => {
    await quickBot?.stop();
  });

  it("401 on a correctly signed request more than five minutes old (a replay), or from the future", async () => {
    // The window is judged at the receipt, on the clock the test sets (a fixed instant), so how
    // long delivery takes cannot move a request across its edge: 299 s old is fresh, 301 s old is
    // a replay, to the second.
    receivedAt = EPOCH;
    const at = (offsetS: number) => String(Math.floor(receivedAt / 1000) + offsetS);
    const stale = await lb.deliverInteraction(endpoint(quickBot), ping(), { timestamp: at(-301) });
    expect(stale.status).toBe(401);
    expect(stale.body).toEqual({ error: "request signature is too old" });
    expect((await lb.deliverInteraction(endpoint(quickBot), ping(), { timestamp: at(10 * 60) })).status).toBe(
      401,
    );
    expect((await lb.deliverInteraction(endpoint(quickBot), ping(), { timestamp: at(-299) })).status).toBe(
      200,
    );
    expect(logs().some((l) => l.event === "interactions.stale_signature")).toBe(true);
  });

  it("an interaction created a while ago is deferred at once, however fast its answer", async () => {
    // Created 2 s before its receipt (it waited in a queue): past the deferral time, so even a
    // quick /ask is deferred first. (Were the receipt taken as its start, the deferral would come
    // 0.5 s after it, after a quick answer.) The bot reads its deadline on the clock the test set,
    // which stands still: 1.5 s past it, however slow or fast the machine.
    // (Its id and its signature's timestamp are on that clock too: nothing here reads the
    // machine's time, and the loopback's deadline, CALLBACK_DEADLINE_MS, counts from delivery.)
    const created = EPOCH;
    receivedAt = created + QUEUED_MS;
    const question = lb.build.chatInput({ name: "ask", options: { question: "tariffs" } });
    const d = await lb.deliverInteraction(
      endpoint(quickBot),
      { ...question, id: snowflake(created) },
      { timestamp: String(Math.floor(receivedAt / 1000)) },
    );
    expect(d.status).toBe(200);
    expect((await d.response()).type).toBe(5);
    // The edit may reach the loopback before it has read the deferral (as with Discord): the
    // bot tries again until the webhook is known.
    const edit = await d.edit();
    expect(edit.accepted).toBe(true);
    expect(textOf(edit.payload as MessageLike)).toMatch(/tariff/i);
  });
});
