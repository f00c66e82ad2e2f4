// Issue #18, bulk add: 5,000 articles dropped into (then removed from) a watched corpus must not
// freeze the bot. The rebuild of the coverage (reading, index, analyses) runs in the builder's
// worker thread and the main thread only decodes the result, in slices that yield. Checked by
// counting work, not by a clock: the main thread builds no coverage at all while it serves the
// batch, and its decode yields to the event loop again and again. (How long the loop is blocked
// is a figure of `npm run bench:watch -- --store real`.) Before, each reload ran a whole build
// on the main thread.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { type CorpusWatcher, watchCorpus } from "../../src/lifecycle/watch.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// Counts the builds on this thread (the worker loads its own, uncounted copy of the module).
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/coverage.ts", async (original) => {
  const actual = await original<typeof import("../../src/coverage.ts")>();
  return {
    ...actual,
    buildCoverage: (...args: Parameters<typeof actual.buildCoverage>) => {
      builds.count++;
      return actual.buildCoverage(...args);
    },
  };
});

const FILES = 5000;
let cleanup = () => {};
let watcher: CorpusWatcher | null = null;
afterEach(() => {
  watcher?.close();
  cleanup();
});

/** Turns of the event loop: a setImmediate chain that advances whenever the loop is free. */
function turnCounter() {
  let turns = 0;
  let running = true;
  const tick = () => {
    turns++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop() {
      running = false;
      return turns;
    },
  };
}

/** Another process writes (or deletes) the batch, so its own work never blocks this loop. */
function batch(dir: string, kind: "add" | "remove"): Promise<void> {
  const code =
    kind === "add"
      ? `const fs=require("fs");const d=process.argv[1]+"/bulk";fs.mkdirSync(d,{recursive:true});for(let i=0;i<${FILES};i++)fs.writeFileSync(d+"/f"+i+".txt","Flood waters reached Town"+i+" on Sunday, officials said.\\n");`
      : `const fs=require("fs");for(let i=0;i<${FILES};i++)fs.unlinkSync(process.argv[1]+"/bulk/f"+i+".txt");`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", code, dir], { stdio: "ignore" });
    child.on("exit", (c) => (c === 0 ? resolve() : reject(new Error(`writer exited ${c}`))));
  });
}

async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 50));
}

it("5,000 files added and then removed: the main thread builds nothing and keeps turning", async () => {
  const t = tempCorpus({ "seed.txt": "Flood waters reached Arden on Sunday, officials said.\n" });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  watcher = watchCorpus(store, silentLogger);
  await watcher.idle();
  builds.count = 0;
  for (const [kind, articles] of [
    ["add", FILES + 1],
    ["remove", 1],
  ] as const) {
    const loop = turnCounter();
    await batch(t.dir, kind);
    await until(() => store.current.corpus.articles.length === articles);
    const turns = loop.stop();
    await watcher.idle();
    expect(store.current.articles.has(path.join("bulk", "f123"))).toBe(kind === "add");
    // The loop ran between the writer's start and the swap (a build on this thread would be one turn).
    expect(turns, kind).toBeGreaterThan(20);
  }
  expect(builds.count).toBe(0);
});
