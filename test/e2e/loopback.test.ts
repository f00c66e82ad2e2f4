// End-to-end: the real discord.js v14 Client against the loopback Discord (127.0.0.1 only).
// Proves the fixture is faithful enough to log in, deliver interactions and judge the replies,
// and exercises the failure modes a bot must survive: gateway drops, 429s, oversized payloads.

import { once } from "node:events";
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type RESTPutAPIApplicationCommandsJSONBody,
  Routes,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_IDS, type LoopbackDiscord, startLoopbackDiscord } from "../fixtures/discord/loopback.ts";

const COMMANDS: RESTPutAPIApplicationCommandsJSONBody = [
  {
    name: "ask",
    description: "Ask the coverage a question",
    options: [
      { type: 3, name: "query", description: "What to ask", required: true, autocomplete: true },
      { type: 4, name: "limit", description: "How many sources", required: false },
    ],
  },
  { name: "slow", description: "Defers, then edits" },
  { name: "huge", description: "Tries an oversized reply" },
];

let lb: LoopbackDiscord;
let client: Client;
/** Errors the bot's handler caught, by interaction id (e.g. the DiscordAPIError for 50035). */
const caught = new Map<string, unknown>();
/** What the handler saw, by interaction id. */
const seen = new Map<
  string,
  { command: string; query: string | null; limit: number | null; memberPerms: string | null }
>();

/** Content returned by interaction.fetchReply() (GET @original), by interaction id. */
const fetchedReplies = new Map<string, string>();

const NO_MENTIONS = { parse: [] };

/** A tiny bot: just enough behaviour to exercise every response path. */
async function onInteraction(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      const typed = interaction.options.getFocused();
      await interaction.respond([1, 2, 3].map((n) => ({ name: `${typed} #${n}`, value: `${typed}-${n}` })));
      return;
    }
    if (interaction.isButton()) {
      await interaction.update({
        content: `clicked ${interaction.customId}`,
        components: [],
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    seen.set(interaction.id, {
      command: interaction.commandName,
      query: interaction.options.getString("query"),
      limit: interaction.options.getInteger("limit"),
      memberPerms: interaction.memberPermissions?.bitfield.toString() ?? null,
    });
    switch (interaction.commandName) {
      case "ask":
        await interaction.reply({
          content: `You asked: ${interaction.options.getString("query")}`,
          allowedMentions: NO_MENTIONS,
        });
        return;
      case "slow":
        await interaction.deferReply();
        await interaction.editReply({
          content: "Here is the answer.",
          embeds: [{ title: "Sources", description: "…" }],
          allowedMentions: NO_MENTIONS,
        });
        fetchedReplies.set(interaction.id, (await interaction.fetchReply()).content);
        {
          // Follow-up with an attachment (multipart), then edit that follow-up.
          const file = { attachment: Buffer.from("chart-bytes"), name: "chart.png" };
          const follow = await interaction.followUp({
            content: "One more thing.",
            files: [file],
            allowedMentions: NO_MENTIONS,
          });
          await interaction.webhook.editMessage(follow, {
            content: "One more thing (edited).",
            allowedMentions: NO_MENTIONS,
          });
        }
        return;
      case "huge":
        try {
          await interaction.reply({ content: "x".repeat(2001), allowedMentions: NO_MENTIONS });
        } catch (error) {
          caught.set(interaction.id, error);
          // The interaction is still unacknowledged, so a trimmed retry is allowed.
          await interaction.reply({ content: "x".repeat(2000), allowedMentions: NO_MENTIONS });
        }
        return;
    }
  } catch (error) {
    caught.set(interaction.id, error);
  }
}

beforeAll(async () => {
  // A short heartbeat interval so heartbeats actually happen within the test's few seconds.
  lb = await startLoopbackDiscord({ heartbeatIntervalMs: 1_000 });
  // The only knob discord.js needs: REST base. The gateway URL comes from GET /gateway/bot.
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: lb.apiUrl } });
  client.on(Events.InteractionCreate, (i) => void onInteraction(i));
  const ready = once(client, Events.ClientReady);
  await client.login(lb.botToken);
  await ready;
  await client.rest.put(Routes.applicationCommands(lb.applicationId), { body: COMMANDS });
});

afterAll(async () => {
  await client?.destroy();
  await lb?.close();
});

describe("loopback Discord with the real discord.js Client", () => {
  it("logs in: GET /gateway/bot, IDENTIFY on the advertised URL, READY", async () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(lb.applicationId);
    expect(client.application?.id).toBe(lb.applicationId);
    expect(lb.identifyCount).toBe(1);
    expect(lb.authorizations).toEqual([`Bot ${lb.botToken}`]);
    expect(lb.requests[0]).toMatchObject({ method: "GET", path: "/gateway/bot", apiVersion: 10 });
    expect(lb.gatewayConnections[0]).toMatchObject({
      path: "/gateway",
      query: { v: "10", encoding: "json" },
    });
    expect(lb.identifyPayloads[0]).toMatchObject({
      token: lb.botToken,
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
    });
    const app = await client.application?.fetch(); // GET /applications/@me
    expect(app?.id).toBe(lb.applicationId);
  });

  it("stores bulk-registered commands and rejects an invalid one with 50035", async () => {
    expect(lb.commands.global.map((c) => c.name)).toEqual(["ask", "slow", "huge"]);
    const bad = client.rest.put(Routes.applicationGuildCommands(lb.applicationId, DEFAULT_IDS.guild), {
      body: [{ name: "Bad Name", description: "" }],
    });
    await expect(bad).rejects.toMatchObject({ code: 50035, status: 400 });
    expect(lb.violations.at(-1)?.issues.map((i) => i.path)).toEqual(["[0].name", "[0].description"]);
  });

  it("delivers a chat command and records the reply, its allowed_mentions and the elapsed time", async () => {
    const sent = lb.dispatchInteraction(
      lb.build.chatInput({ name: "ask", options: { query: "budget vote", limit: 3 } }),
    );
    const res = await sent.response();
    expect(res.type).toBe(4);
    expect(res.data).toMatchObject({ content: "You asked: budget vote", allowed_mentions: { parse: [] } });
    expect(res.withinDeadline).toBe(true);
    expect(res.elapsedMs).toBeGreaterThan(0); // recorded; what it may be is for npm run bench
    // Option types come from the registered command (limit → INTEGER), so getInteger works.
    expect(seen.get(sent.id)).toMatchObject({ command: "ask", query: "budget vote", limit: 3 });
    expect(seen.get(sent.id)?.memberPerms).toBe(lb.build.chatInput({ name: "ask" }).member?.permissions);
    // Interaction callbacks are unauthenticated: the bot token must not be sent there.
    const callback = lb.requests.find((r) => r.path.startsWith(`/interactions/${sent.id}/`));
    expect(callback?.authorization).toBeUndefined();
    expect(lb.allowedMentions.filter((m) => m.interactionId === sent.id)).toEqual([
      { kind: "callback", interactionId: sent.id, allowedMentions: { parse: [] }, accepted: true },
    ]);
  });

  it("deferReply + editReply + followUp", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "slow" }));
    expect((await sent.response()).type).toBe(5);
    const edit = await sent.edit();
    expect(edit.payload).toMatchObject({ content: "Here is the answer.", allowed_mentions: { parse: [] } });
    const follow = await sent.followUp();
    expect(follow.payload).toMatchObject({ content: "One more thing." });
    expect(follow.files.map((f) => [f.filename, f.data.toString()])).toEqual([["chart.png", "chart-bytes"]]);
    const followEdit = await lb.waitForFollowUp(sent.id, undefined, (m) => m.kind === "followUpEdit");
    expect(followEdit).toMatchObject({
      messageId: follow.messageId,
      payload: { content: "One more thing (edited)." },
    });
    expect(fetchedReplies.get(sent.id)).toBe("Here is the answer.");
    expect(sent.record.original?.content).toBe("Here is the answer.");
    expect((sent.record.original?.flags ?? 0) & (1 << 7)).toBe(0); // LOADING cleared by the edit
    expect(caught.has(sent.id)).toBe(false);
  });

  it("autocomplete respond() answers with choices (callback type 8)", async () => {
    const sent = lb.dispatchInteraction(
      lb.build.autocomplete({ name: "ask", focused: "query", options: { query: "hous" } }),
    );
    const res = await sent.response();
    expect(res.type).toBe(8);
    expect(res.data?.choices).toEqual([
      { name: "hous #1", value: "hous-1" },
      { name: "hous #2", value: "hous-2" },
      { name: "hous #3", value: "hous-3" },
    ]);
  });

  it("a button click can update its message (callback type 7)", async () => {
    const sent = lb.dispatchInteraction(lb.build.button({ customId: "more:1" }));
    const res = await sent.response();
    expect(res).toMatchObject({ type: 7, data: { content: "clicked more:1", components: [] } });
    expect(sent.record.original?.content).toBe("clicked more:1");
  });

  it("rejects an over-limit reply with 50035, surfaced as DiscordAPIError", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "huge" }));
    const res = await sent.response();
    expect(String(res.data?.content).length).toBe(2000);
    const error = caught.get(sent.id);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ code: 50035, status: 400 });
    expect((error as DiscordAPIError).message).toContain("data.content[BASE_TYPE_MAX_LENGTH]");
    expect(sent.record.attempts.map((a) => a.status)).toEqual([400, 204]);
    expect(lb.violations.find((v) => v.interactionId === sent.id)?.issues).toEqual([
      { path: "data.content", code: "BASE_TYPE_MAX_LENGTH", message: "Must be 2000 or fewer in length." },
    ]);
  });

  it("RESUMEs after dropGateway() and replays an event missed while down", async () => {
    const resumesBefore = lb.resumeCount;
    await lb.dropGateway(4000);
    await lb.waitForResume(resumesBefore + 1);
    const after = lb.dispatchInteraction(
      lb.build.chatInput({ name: "ask", options: { query: "after resume" } }),
    );
    expect((await after.response()).data?.content).toBe("You asked: after resume");

    // Abrupt drop (no close frame), then dispatch while the socket is down: RESUME must replay it.
    await lb.dropGateway("abrupt");
    const missed = lb.dispatchInteraction(
      lb.build.chatInput({ name: "ask", options: { query: "while down" } }),
    );
    expect((await missed.response()).data?.content).toBe("You asked: while down");
    expect(lb.resumeCount).toBe(resumesBefore + 2);
    expect(lb.replays.at(-1)).toBe(1);
    expect(lb.identifyCount).toBe(1); // resumed, never re-identified
    expect(lb.gatewayConnections.at(-1)?.path).toBe("/resume"); // used READY's resume_gateway_url
  });

  it("rides out a 429 on the callback route (discord.js waits Retry-After, then retries)", async () => {
    // @discordjs/rest only emits `rateLimited` for buckets it already knows are exhausted; an
    // unexpected 429 (always the case on the callback route's BurstHandler) shows up in restDebug.
    const limited: string[] = [];
    const onLimited = (message: string): void => {
      if (message.includes("Encountered unexpected 429 rate limit")) limited.push(message);
    };
    client.rest.on("restDebug", onLimited);
    const injection = lb.injectRateLimit("POST /interactions/:id/:token/callback", 1, 0.2);
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "ask", options: { query: "limited" } }));
    const res = await sent.response();
    client.rest.off("restDebug", onLimited);
    expect(injection).toEqual({ hits: 1, remaining: 0 });
    expect(sent.record.attempts.map((a) => a.status)).toEqual([429, 204]);
    expect(res.elapsedMs).toBeGreaterThanOrEqual(200);
    expect(res.withinDeadline).toBe(true);
    expect(limited).toHaveLength(1);
    expect(limited[0]).toContain("Retry After    : 250ms"); // 0.2 s header + discord.js' 50 ms offset
    expect(caught.has(sent.id)).toBe(false);
  });

  it("setLatency() slows REST and counts against the 3 s window", async () => {
    lb.setLatency(150, "POST /interactions/*");
    try {
      const sent = lb.dispatchInteraction(
        lb.build.chatInput({ name: "ask", options: { query: "slow net" } }),
      );
      const res = await sent.response();
      expect(res.elapsedMs).toBeGreaterThanOrEqual(150);
      expect(res.withinDeadline).toBe(true);
    } finally {
      lb.setLatency(0);
    }
  });

  it("heartbeats are acknowledged", async () => {
    await vi.waitFor(() => expect(lb.heartbeatCount).toBeGreaterThan(0), { timeout: 3_000 });
    expect(lb.unhandledRequests).toEqual([]);
  });
});

describe("loopback Discord payload validation (direct HTTP)", () => {
  /** Dispatches a command nobody handles and posts a raw callback for it. */
  async function rawCallback(
    body: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> | null }> {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "unhandled" }));
    const res = await fetch(`${lb.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      json: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>),
    };
  }

  it("enforces embed, component and mention limits with Discord's error tree", async () => {
    const embeds = [
      { title: "t".repeat(257), description: "d".repeat(4096) },
      { description: "d".repeat(2000) },
    ];
    const button = { type: 2, style: 5, label: "l".repeat(81), url: "https://example.com", custom_id: "x" };
    const { status, json } = await rawCallback({
      type: 4,
      data: {
        embeds,
        components: [{ type: 1, components: [button] }],
        allowed_mentions: { parse: ["nobody"] },
      },
    });
    expect(status).toBe(400);
    expect(json).toMatchObject({
      code: 50035,
      message: "Invalid Form Body",
      errors: {
        data: {
          embeds: {
            _errors: [{ code: "MAX_EMBED_SIZE_EXCEEDED" }],
            0: {
              title: {
                _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 256 or fewer in length." }],
              },
            },
          },
          components: { 0: { components: { 0: { label: {}, custom_id: {} } } } },
          allowed_mentions: { parse: { 0: {} } },
        },
      },
    });
  });

  it("rejects >25 autocomplete choices, empty messages, and wrong callback types", async () => {
    const empty = await rawCallback({ type: 4, data: {} });
    expect(empty).toMatchObject({ status: 400, json: { code: 50006 } });
    const wrongType = await rawCallback({ type: 8, data: { choices: [] } });
    expect(wrongType.json?.errors).toHaveProperty("type");
    const sent = lb.dispatchInteraction(lb.build.autocomplete({ name: "unhandled", focused: "q" }));
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: "v".repeat(101) }));
    const res = await fetch(`${lb.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: 8, data: { choices } }),
    });
    expect(res.status).toBe(400);
    const paths = lb.violations.at(-1)?.issues.map((i) => i.path);
    expect(paths).toContain("data.choices");
    expect(paths).toContain("data.choices[0].value");
  });

  it("answers a second acknowledgement with 40060 and a late one with 10062", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "unhandled" }));
    const post = (content: string) =>
      fetch(`${lb.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ type: 4, data: { content } }),
      });
    expect((await post("one")).status).toBe(204);
    expect(await (await post("two")).json()).toMatchObject({ code: 40060 });

    const late = lb.dispatchInteraction(lb.build.chatInput({ name: "unhandled" }));
    late.record.dispatchedAt -= 3_500; // pretend the bot sat on it past Discord's 3 s window
    const res = await fetch(`${lb.apiUrl}/v10/interactions/${late.id}/${late.token}/callback`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: 4, data: { content: "too late" } }),
    });
    expect(await res.json()).toMatchObject({ code: 10062, message: "Unknown interaction" });
    expect(late.record.attempts[0]).toMatchObject({ status: 404 });
    expect(late.record.attempts[0]?.elapsedMs).toBeGreaterThan(3_000);
  });
});
