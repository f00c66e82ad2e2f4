// Issue #18, bulk add: 5,000 articles dropped into (then removed from) a watched corpus must not
// freeze the bot. The rebuild of the coverage (reading, index, analyses) runs in the builder's
// worker thread and the main thread only decodes the result in short slices. The longest
// event-loop block (a timer-drift sampler) is measured against what building that coverage costs
// on this thread, timed in the same test, never against a fixed clock: a busy machine slows both
// alike. Before, the rebuild ran on the main thread: each reload blocked for a whole build.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildCoverage } from "../../src/coverage.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { type CorpusWatcher, watchCorpus } from "../../src/lifecycle/watch.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const FILES = 5000;
let cleanup = () => {};
let watcher: CorpusWatcher | null = null;
afterEach(() => {
  watcher?.close();
  cleanup();
});

/** The longest gap between ticks of a 5 ms interval timer: how long the event loop was blocked. */
function blockSampler() {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return longest;
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

it("5,000 files added and then removed: the event loop is never blocked for a fraction of a build", async () => {
  const t = tempCorpus({ "seed.txt": "Flood waters reached Arden on Sunday, officials said.\n" });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  watcher = watchCorpus(store, silentLogger);
  await watcher.idle();
  const longest = { add: 0, remove: 0, build: 0 };
  for (const [kind, articles] of [
    ["add", FILES + 1],
    ["remove", 1],
  ] as const) {
    const sampler = blockSampler();
    await batch(t.dir, kind);
    await until(() => store.current.corpus.articles.length === articles);
    longest[kind] = sampler.stop();
    await watcher.idle();
    expect(store.current.articles.has(path.join("bulk", "f123"))).toBe(kind === "add");
    if (kind === "add") {
      const started = performance.now();
      buildCoverage(store.current.corpus);
      longest.build = performance.now() - started;
    }
  }
  const { add, remove, build } = longest;
  const say = `blocked ${Math.round(add)} ms (add), ${Math.round(remove)} ms (remove); one build ${Math.round(build)} ms`;
  expect(add, say).toBeLessThan(build / 4);
  expect(remove, say).toBeLessThan(build / 4);
});
