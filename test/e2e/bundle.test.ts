// The bundle `npm start` runs (scripts/bundle.ts): the same answers as the TypeScript source, and
// its threads (the coverage thread, the builder) start from the bundle's own modules.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { bundleProgram } from "../../scripts/bundle.ts";
import { codeFingerprint } from "../../src/cache/snapshot.ts";
import { type LoopbackDiscord, startLoopbackDiscord } from "../fixtures/discord/loopback.ts";
import { envWith, killChildren, startMain } from "../fixtures/processes.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const run = promisify(execFile);
// Inside the repository, so the bundle's packages resolve from node_modules, as dist/'s do.
const out = path.resolve(`node_modules/.cache/coverage-bot/test-bundle-${process.pid}`);
const corpus = tempCorpus({
  "harbour.txt":
    "---\noutlet: Coastline Daily\ntitle: Harbour wall to be rebuilt\npublished: 2031-03-02\n---\n" +
    "The harbour wall at Penmarrow will be rebuilt by autumn, the council said on Monday.\n\n" +
    '"We owe the fishing fleet a safe harbour," said council leader Morwenna Tallis.\n',
});
let lb: LoopbackDiscord;

beforeAll(async () => {
  await bundleProgram(out);
  lb = await startLoopbackDiscord({ botToken: "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxBndl.bundle-test-token" });
}, 120_000);

afterAll(async () => {
  killChildren();
  await lb?.close();
  rmSync(out, { recursive: true, force: true });
  corpus.cleanup();
});

it("writes every thread's entry and the tagger's weights, and records the source's code fingerprint", async () => {
  for (const f of ["main.js", "cli/main.js", "discord/core-worker.js", "lifecycle/build-worker.js"])
    expect(existsSync(path.join(out, f)), f).toBe(true);
  expect(existsSync(path.join(out, "analysis/ner/weights.bin"))).toBe(true);
  const info = JSON.parse(readFileSync(path.join(out, "bundle.json"), "utf8"));
  expect(info.codeFingerprint).toBe(await codeFingerprint());
});

it("answers the CLI's questions as the source does, word for word", async () => {
  const args = (entry: string) => [entry, "whosaid", "safe harbour", "--json", "--corpus", corpus.dir];
  const env = envWith({ LOG_LEVEL: "error" });
  const fromBundle = await run(process.execPath, args(path.join(out, "cli/main.js")), { env });
  const fromSource = await run(process.execPath, ["--import", "tsx", ...args("src/cli/main.ts")], { env });
  expect(JSON.parse(fromBundle.stdout)).toEqual(JSON.parse(fromSource.stdout));
  expect(fromBundle.stdout).toContain("Morwenna Tallis");
}, 120_000);

it("serves Discord interactions through its coverage thread, started from the bundle", async () => {
  const bot = startMain(
    envWith({
      CORPUS_DIR: corpus.dir,
      INTERACTIONS_PORT: "0",
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: lb.publicKeyHex,
      DISCORD_API_URL: lb.apiUrl,
    }),
    path.join(out, "main.js"),
  );
  const listening = await bot.waitFor((l) => l.event === "interactions.listening");
  await bot.waitFor((l) => l.event === "corpus.loaded" && l.thread === "coverage");
  const url = `http://127.0.0.1:${listening.port as number}/`;
  const asked = await lb.deliverInteraction(url, lb.build.chatInput({ name: "sources" }));
  expect(asked.callbackStatus).toBe(204);
  expect(JSON.stringify((await asked.response()).data)).toContain("Coastline Daily");
  bot.child.kill("SIGTERM");
  expect(await bot.exit).toBe(0);
}, 120_000);
