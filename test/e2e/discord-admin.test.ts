// End to end, both Discord faces on one live store: files in replies (/timeline's PNG, sent as
// multipart uploads the loopback Discord parses and checks against the embed's
// attachment://timeline.png), and the admin commands — /ingest downloading an upload from the
// fixture's CDN-like route on 127.0.0.1 into a temporary corpus folder, /reload — for members
// with and without Manage Server.

import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { APIAttachment, APIChatInputApplicationCommandInteraction } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { type RunningGateway, startGateway } from "../../src/discord/gateway.ts";
import { type RunningInteractions, startInteractionsServer } from "../../src/discord/interactions.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import { MEMBER_PERMISSIONS } from "../fixtures/discord/builders.ts";
import {
  DEFAULT_IDS,
  type DispatchedInteraction,
  type LoopbackDiscord,
  type RecordedFile,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import { type MessageLike, RAW_MENTION, textOf } from "../fixtures/discord/samples.ts";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxLoop.admin-test-token";
const MANAGE_SERVER = "32";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

let lb: LoopbackDiscord;
let gw: RunningGateway;
let http: RunningInteractions;
let inlineHttp: RunningInteractions;
let store: CoverageStore;
let dir: string;
const logLines: string[] = [];

beforeAll(async () => {
  // Answers expected straight away (type 4) must not turn into deferrals on a busy machine: the
  // bots defer after 5 s, and the loopback judges "in time" against 20 s, not Discord's 3 s.
  lb = await startLoopbackDiscord({ botToken: TOKEN, strictToken: true, interactionDeadlineMs: 20_000 });
  dir = mkdtempSync(path.join(tmpdir(), "coverage-admin-"));
  cpSync("seeds", dir, { recursive: true });
  store = new CoverageStore(dir, silentLogger);
  await store.reload();
  const config = readConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: lb.apiUrl,
    DISCORD_APPLICATION_ID: lb.applicationId,
    INTERACTIONS_HOST: "127.0.0.1",
    INTERACTIONS_PORT: "0",
    DISCORD_PUBLIC_KEY: lb.publicKeyHex,
    CORPUS_DIR: dir,
    ADMIN_GUILD_IDS: DEFAULT_IDS.guild,
  });
  await deployCommands({ config });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  const log = createLogger("info", false, { destination: sink });
  const common = { config, coverage: store, store, log, handleSignals: false, deferAfterMs: 5000 };
  gw = await startGateway(common);
  http = await startInteractionsServer(common);
  // Small uploads ride in the HTTP response itself; this one takes any size inline.
  inlineHttp = await startInteractionsServer({ ...common, inlineFilesMax: 1024 * 1024 });
  await lb.waitForIdentify(1);
});

afterAll(async () => {
  await gw?.stop();
  await http?.stop();
  await inlineHttp?.stop();
  await lb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Final {
  sent: DispatchedInteraction;
  message: MessageLike;
  files: RecordedFile[];
  /** Whether only the caller sees it (ephemeral reply or ephemeral deferral). */
  private: boolean;
}

type Send = (p: APIChatInputApplicationCommandInteraction) => Promise<DispatchedInteraction>;

const MODES: Array<{ mode: string; send: Send }> = [
  { mode: "gateway", send: async (p) => lb.dispatchInteraction(p) },
  { mode: "http", send: (p) => lb.deliverInteraction(`http://127.0.0.1:${http.port}/interactions`, p) },
];

/** Sends an interaction and waits for the message a person finally sees. */
async function ask(send: Send, p: APIChatInputApplicationCommandInteraction): Promise<Final> {
  const sent = await send(p);
  const res = await sent.response();
  expect(res.withinDeadline).toBe(true);
  const later = res.type === 4 || res.type === 7 ? null : await Promise.race([sent.edit(), sent.followUp()]);
  expect(lb.violations.filter((v) => v.interactionId === sent.id)).toEqual([]);
  for (const rec of lb.messages.filter((r) => r.interactionId === sent.id))
    expect(rec.allowedMentions).toEqual({ parse: [] });
  const message = (later ? later.payload : res.data) as Final["message"];
  expect(textOf(message)).not.toMatch(RAW_MENTION);
  const flags =
    later?.kind === "followUp" ? Number(later.payload.flags ?? 0) : (sent.record.original?.flags ?? 0);
  return { sent, message, files: later ? later.files : res.files, private: (flags & 64) !== 0 };
}

/** What a person reads, Markdown escapes removed. */
const plain = (m: MessageLike) => textOf(m).replace(/\\(.)/g, "$1");

const corpusFiles = () =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();

const article = (place: string, engineer: string) =>
  [
    `${place} dam holds after record rain`,
    "",
    `Engineers said on Tuesday that the ${place} dam held overnight after record rain swelled the river.`,
    "",
    `"The dam is safe and the spillway worked as designed," said ${engineer}, the state's chief engineer, at a news conference in ${place}.`,
    "",
    `Governor Tom Alvarez visited the ${place} dam on Wednesday and announced $12 million for repairs to the spillway.`,
    "",
    "Residents downstream were evacuated on Monday night and returned home on Wednesday.",
    "",
  ].join("\n");

describe("command definitions", () => {
  it("/reload and /ingest carry default_member_permissions = Manage Server", () => {
    // Admin commands are registered in the admin server only (ADMIN_GUILD_IDS), the rest globally.
    expect(lb.commands.global.map((c) => c.name)).not.toContain("ingest");
    const admin = lb.commands.guild.get(DEFAULT_IDS.guild) ?? [];
    expect(admin.map((c) => c.name).sort()).toEqual(["ingest", "reload"]);
    const byName = new Map([...lb.commands.global, ...admin].map((c) => [c.name, c]));
    expect(byName.get("reload")?.default_member_permissions).toBe(MANAGE_SERVER);
    expect(byName.get("ingest")?.default_member_permissions).toBe(MANAGE_SERVER);
    expect(byName.get("ask")?.default_member_permissions ?? null).toBeNull();
  });
});

describe("/timeline's image", () => {
  const expectPng = (f: Final) => {
    const png = f.files.find((x) => x.filename === "timeline.png");
    expect(png, "the PNG is uploaded").toBeDefined();
    expect(png!.data.subarray(0, 4)).toEqual(PNG);
    expect(png!.field).toMatch(/^files\[\d+\]$/);
    const embeds = (f.message.embeds ?? []) as Array<{ image?: { url?: string } }>;
    expect(embeds.some((e) => e.image?.url === "attachment://timeline.png")).toBe(true);
    // What Discord then shows: the message carries the attachment.
    expect(f.sent.record.original?.attachments.map((a) => a.filename)).toContain("timeline.png");
  };

  it("gateway: discord.js uploads it with the reply (multipart callback)", async () => {
    const f = await ask(
      MODES[0]!.send,
      lb.build.chatInput({ name: "timeline", options: { query: "Mexico" } }),
    );
    expect(f.sent.record.response?.type).toBe(4);
    expectPng(f);
  });

  it("HTTP: a large image is deferred and uploaded by a multipart PATCH of @original", async () => {
    const f = await ask(
      MODES[1]!.send,
      lb.build.chatInput({ name: "timeline", options: { query: "Mexico" } }),
    );
    expect(f.sent.record.response?.type).toBe(5);
    const patch = lb.requests.find(
      (r) => r.method === "PATCH" && r.path.endsWith(`/${f.sent.token}/messages/@original`),
    );
    expect(patch?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(patch?.body).toMatchObject({ attachments: [{ id: 0, filename: "timeline.png" }] });
    expectPng(f);
  });

  it("HTTP: an image within the inline limit rides in the response itself (multipart)", async () => {
    const f = await ask(
      (p) => lb.deliverInteraction(`http://127.0.0.1:${inlineHttp.port}/interactions`, p),
      lb.build.chatInput({ name: "timeline", options: { query: "Mexico" } }),
    );
    expect(f.sent.record.response?.type).toBe(4);
    expect(f.sent.record.response?.body).toMatchObject({
      data: { attachments: [{ id: 0, filename: "timeline.png" }] },
    });
    expectPng(f);
  });

  it("the fixture rejects an embed image naming no uploaded file, and files inside JSON", async () => {
    const sent = lb.dispatchInteraction(lb.build.chatInput({ name: "help" }));
    await sent.response();
    const r = await fetch(`${lb.apiUrl}/v10/webhooks/${lb.applicationId}/${sent.token}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ embeds: [{ title: "x", image: { url: "attachment://missing.png" } }] }),
    });
    expect(r.status).toBe(400);
    expect(lb.violations.at(-1)?.issues.map((i) => i.code)).toContain("EMBED_ATTACHMENT_MISSING");
    lb.violations.pop();
    const inJson = await fetch(`${lb.apiUrl}/v10/webhooks/${lb.applicationId}/${sent.token}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ content: "x", files: [{ name: "a.png", data: { type: "Buffer", data: [1] } }] }),
    });
    expect(inJson.status).toBe(400);
    expect(lb.violations.at(-1)?.issues.map((i) => i.code)).toContain("FILES_NOT_MULTIPART");
    lb.violations.pop();
  });
});

describe.each(MODES)("admin commands ($mode)", ({ mode, send }) => {
  const place = mode === "gateway" ? "Riverton" : "Lakeport";
  const engineer = mode === "gateway" ? "Maria Gonzalez" : "Ana Whitfield";
  const upload = (a: APIAttachment, memberPermissions: string) =>
    lb.build.chatInput({
      name: "ingest",
      memberPermissions,
      attachments: { file: a },
      options: { outlet: "Valley Post", published: "2031-04-06", url: `https://example.org/${place}` },
    });
  const downloadsOf = (a: APIAttachment) => lb.downloads.filter((d) => a.url.includes(d.path));

  it("/ingest without Manage Server: refused privately, nothing downloaded or written", async () => {
    const before = corpusFiles();
    const a = lb.hostAttachment(`${place}.txt`, article(place, engineer));
    const f = await ask(send, upload(a, MEMBER_PERMISSIONS));
    expect(f.private).toBe(true);
    expect(textOf(f.message)).toMatch(/Manage Server/);
    expect(downloadsOf(a)).toEqual([]);
    expect(corpusFiles()).toEqual(before);
  });

  it("/ingest refuses a non-.txt/.md file and a too-large one before downloading, a lying size while", async () => {
    const before = corpusFiles();
    const png = lb.hostAttachment("photo.png", PNG, { contentType: "image/png" });
    const wrong = await ask(send, upload(png, MANAGE_SERVER));
    expect(wrong.private).toBe(true);
    expect(textOf(wrong.message)).toMatch(/\.txt or \.md/);
    const big = lb.hostAttachment("huge.txt", article(place, engineer), { size: 5 * 1024 * 1024 });
    const large = await ask(send, upload(big, MANAGE_SERVER));
    expect(textOf(large.message)).toMatch(/limit/);
    expect([...downloadsOf(png), ...downloadsOf(big)]).toEqual([]);
    expect(corpusFiles()).toEqual(before);
    // A size reported too small is caught while downloading: the read stops past the limit.
    const liar = lb.hostAttachment("liar.txt", "word ".repeat(230_000), { size: 1000 });
    expect(textOf((await ask(send, upload(liar, MANAGE_SERVER))).message)).toMatch(/limit/);
    expect(corpusFiles()).toEqual(before);
  });

  it("/ingest with Manage Server: downloads, writes, indexes, reports; /ask then finds it", async () => {
    const a = lb.hostAttachment(`${place}.txt`, article(place, engineer));
    const f = await ask(send, upload(a, MANAGE_SERVER));
    expect(f.private).toBe(true);
    const text = textOf(f.message);
    expect(text).toMatch(/Article added/);
    expect(text).toMatch(/\d+ passages, \d+ quotations, \d+ events/);
    expect(text).toMatch(/Actors: |No named actors/);
    expect(Number(/(\d+) passages/.exec(text)?.[1])).toBeGreaterThan(0);
    expect(Number(/(\d+) quotations/.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toContain(engineer);
    expect(downloadsOf(a)).toEqual([expect.objectContaining({ status: 200 })]);
    expect(corpusFiles().filter((x) => x.startsWith("ingested"))).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^ingested/${place.toLowerCase()}-`))]),
    );
    const found = await ask(
      send,
      lb.build.chatInput({ name: "ask", options: { question: `${place} dam spillway record rain` } }),
    );
    expect(textOf(found.message)).toContain(place);
    expect(textOf(found.message)).toContain("Valley Post");
  });

  it("/reload: refused without Manage Server; with it, reports the change", async () => {
    const extra = `extra-${mode}.txt`;
    writeFileSync(path.join(dir, extra), article(`${place} North`, engineer));
    const refused = await ask(
      send,
      lb.build.chatInput({ name: "reload", memberPermissions: MEMBER_PERMISSIONS }),
    );
    expect(refused.private).toBe(true);
    expect(textOf(refused.message)).toMatch(/Manage Server/);
    const done = await ask(send, lb.build.chatInput({ name: "reload", memberPermissions: MANAGE_SERVER }));
    expect(done.private).toBe(true);
    expect(plain(done.message)).toMatch(/Coverage reloaded/);
    expect(plain(done.message)).toContain(`Added (1): ${extra}`);
  });
});

it("no interaction failed", () => {
  const failures = logLines
    .map((l) => JSON.parse(l) as { level: number; event?: string })
    .filter((l) => l.level >= 50);
  expect(failures).toEqual([]);
});
