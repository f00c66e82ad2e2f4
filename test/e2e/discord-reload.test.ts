// Hot reload under load (issue #8): a burst of /ask interactions through the real gateway face
// while articles are dropped into the watched corpus folder and a manager runs /reload. Every
// interaction is answered within Discord's deadline, from a whole coverage (old or new), with no
// failure and nothing the loopback Discord would reject; afterwards the new articles are served.

import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { readConfig } from "../../src/config.ts";
import { deployCommands } from "../../src/discord/deploy.ts";
import { type RunningGateway, startGateway } from "../../src/discord/gateway.ts";
import { writeArticleAtomically } from "../../src/lifecycle/ingest.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { watchCorpus } from "../../src/lifecycle/watch.ts";
import { createLogger } from "../../src/log.ts";
import {
  DEFAULT_IDS,
  type DispatchedInteraction,
  type LoopbackDiscord,
  startLoopbackDiscord,
} from "../fixtures/discord/loopback.ts";
import { type MessageLike, textOf } from "../fixtures/discord/samples.ts";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxLoop.reload-test-token";
const BURST = 48;
const QUESTIONS = [
  "What did Rubio and Sheinbaum agree on security?",
  "tariffs on fentanyl-related goods",
  "Harbor bridge inspection cracks",
  "Orchard frost growers losses",
];

let lb: LoopbackDiscord;
let gw: RunningGateway;
let store: CoverageStore;
let watcher: { close(): void };
let dir: string;
const logLines: string[] = [];
const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown> & { level: number });

const article = (title: string, body: string) =>
  `---\noutlet: Valley Post\ntitle: ${title}\npublished: 2031-05-0${title.length % 9}\n---\n${body}\n`;

beforeAll(async () => {
  lb = await startLoopbackDiscord({ botToken: TOKEN, strictToken: true });
  dir = mkdtempSync(path.join(tmpdir(), "coverage-reload-"));
  cpSync("seeds", dir, { recursive: true });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(...String(chunk).split("\n").filter(Boolean));
      cb();
    },
  });
  const log = createLogger("info", false, { destination: sink });
  store = new CoverageStore(dir, log);
  await store.reload();
  watcher = watchCorpus(store, log, 50);
  const config = readConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: lb.apiUrl,
    DISCORD_APPLICATION_ID: lb.applicationId,
    CORPUS_DIR: dir,
    ADMIN_GUILD_IDS: DEFAULT_IDS.guild,
  });
  await deployCommands({ config });
  gw = await startGateway({ config, coverage: store, store, log, handleSignals: false, deferAfterMs: 1000 });
  await lb.waitForIdentify(1);
});

afterAll(async () => {
  watcher?.close();
  await gw?.stop();
  await lb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function finalOf(sent: DispatchedInteraction): Promise<MessageLike> {
  const res = await sent.response();
  expect(res.withinDeadline, `interaction ${sent.id} acknowledged in time`).toBe(true);
  if (res.type === 4) return res.data as MessageLike;
  return (await Promise.race([sent.edit(), sent.followUp()])).payload as MessageLike;
}

it("answers a burst of /ask while files arrive, the watcher fires and /reload runs", async () => {
  const sent: DispatchedInteraction[] = [];
  let reload: DispatchedInteraction | undefined;
  const swaps = () => logs().filter((l) => l.event === "corpus.reloaded").length;
  const swapsBefore = swaps();
  // The burst goes on (up to 4×) until a reload has swapped a new coverage in mid-burst: the
  // rebuild runs in the builder's worker thread, and on a busy machine it may outlast 48 asks.
  for (let i = 0; i < BURST || (i < 4 * BURST && swaps() === swapsBefore); i++) {
    sent.push(
      lb.dispatchInteraction(
        lb.build.chatInput({ name: "ask", options: { question: QUESTIONS[i % QUESTIONS.length]! } }),
      ),
    );
    // Changes land in the middle of the burst: a plain write picked up by the watcher, an
    // atomic write (temp file + rename, as /ingest does), and an explicit /reload by a manager.
    if (i === 8)
      writeFileSync(
        path.join(dir, "harbor.txt"),
        article(
          "Harbor bridge closed",
          "Inspectors closed the Harbor bridge on Monday after finding cracks in two steel beams, the city said.",
        ),
      );
    if (i === 20)
      await writeArticleAtomically(
        dir,
        "late/orchard.md",
        article(
          "Frost hits orchards",
          "A late frost destroyed half of the apple blossoms in the valley, growers said, and losses could reach $3 million.",
        ),
      );
    if (i === 24)
      reload = lb.dispatchInteraction(lb.build.chatInput({ name: "reload", memberPermissions: "32" }));
    await new Promise((r) => setTimeout(r, 15));
  }
  const burstEnded = Date.now();
  const answers = await Promise.all(sent.map(finalOf));
  const reloaded = await finalOf(reload!);

  expect(answers.length).toBeGreaterThanOrEqual(BURST);
  for (const m of answers) expect(textOf(m)).toMatch(/^Coverage on: /m);
  expect(textOf(reloaded)).toMatch(/Coverage reloaded/);
  expect(lb.violations).toEqual([]);
  expect(logs().filter((l) => l.level >= 50)).toEqual([]);
  // The bot logs an answer once Discord has taken it, so the last line may follow the last reply.
  await vi.waitFor(
    () => expect(logs().filter((l) => l.event === "interaction.answered")).toHaveLength(sent.length + 1),
    { timeout: 60_000, interval: 20 },
  );
  // Initial load, the watcher's reload(s) and /reload — and the swaps happened mid-burst.
  const reloads = logs().filter((l) => l.event === "corpus.reloaded");
  expect(reloads.length).toBeGreaterThanOrEqual(3);
  expect(reloads.slice(1).some((l) => Number(l.time) < burstEnded)).toBe(true);

  // Once the dust settles both new articles are served.
  await new Promise((r) => setTimeout(r, 200));
  await store.reload();
  for (const [question, words] of [
    ["Harbor bridge inspection cracks", "Harbor bridge"],
    ["apple blossoms frost orchards", "apple blossoms"],
  ] as const) {
    const after = await finalOf(
      lb.dispatchInteraction(lb.build.chatInput({ name: "ask", options: { question } })),
    );
    expect(textOf(after).replace(/[*\\]/g, "")).toContain(words);
  }
});
