// `npm run bench:watch -- [--files 5000] [--store counting|real] [--old] [--steady-seconds 10]`:
// how the corpus watcher holds up under bulk changes and steady edits.
//
//   - bulk: a child process writes N small articles into a watched corpus, then deletes them;
//     for each batch it prints the longest event-loop block in this process
//     (perf_hooks.monitorEventLoopDelay, max), the reloads it caused, and how long after the
//     batch was written the (last) reload was done. The writer is a separate process so its own
//     writes never block the loop being measured.
//   - steady: one file changed every 200 ms for S seconds: how many reloads happened meanwhile.
//
// --store counting: reloads only counted (the watcher alone); real: the bot's CoverageStore,
// which also rebuilds the coverage (the analyses are synchronous, so that block is the
// rebuild's, not the watcher's). --old: Node's recursive fs.watch with the plain 400 ms
// debounce, as before issue #18 (quadratic; keep --files ≤ 2000).

import { spawn } from "node:child_process";
import { type FSWatcher, mkdtempSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { CoverageStore } from "../src/lifecycle/store.ts";
import { DEBOUNCE_MS, watchCorpus } from "../src/lifecycle/watch.ts";
import { silentLogger } from "../src/log.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const files = Number(arg("files", "5000"));
const storeKind = arg("store", "counting");
const old = process.argv.includes("--old");
const steadySeconds = Number(arg("steady-seconds", "10"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dir = mkdtempSync(path.join(tmpdir(), "coverage-watch-bench-"));
writeFileSync(path.join(dir, "seed.txt"), "Flood waters reached Arden on Sunday, officials said.\n");

let reloads = 0;
let lastReloadDone = 0;
const counting = {
  dir,
  reload: async () => {
    reloads++;
    lastReloadDone = performance.now();
  },
};
const real = new CoverageStore(dir, silentLogger);
if (storeKind === "real") await real.reload();
const store =
  storeKind === "real"
    ? {
        dir,
        reload: async () => {
          reloads++;
          const r = await real.reload();
          lastReloadDone = performance.now();
          return r;
        },
      }
    : counting;

/** The watcher as it was before #18: recursive fs.watch, debounce without a maximum wait. */
function oldWatcher(): { close(): void } {
  let timer: NodeJS.Timeout | null = null;
  const w: FSWatcher = watch(dir, { recursive: true }, (_e, file) => {
    if (file && /(^|\/)\./.test(String(file))) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void store.reload();
    }, DEBOUNCE_MS);
  });
  return {
    close() {
      if (timer) clearTimeout(timer);
      w.close();
    },
  };
}

const watcher = old ? oldWatcher() : watchCorpus(store, silentLogger);
await sleep(200);

/** Runs a child node process that creates or deletes the batch, returning when it exits. */
function childBatch(kind: "add" | "remove"): Promise<void> {
  const code =
    kind === "add"
      ? `const fs=require("fs");fs.mkdirSync(process.argv[1]+"/bulk",{recursive:true});for(let i=0;i<${files};i++)fs.writeFileSync(process.argv[1]+"/bulk/f"+i+".txt","Flood waters reached Town"+i+" on Sunday, officials said.\\n");`
      : `const fs=require("fs");for(let i=0;i<${files};i++)fs.unlinkSync(process.argv[1]+"/bulk/f"+i+".txt");`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", code, dir], { stdio: "inherit" });
    child.on("exit", (c) => (c === 0 ? resolve() : reject(new Error(`writer exited ${c}`))));
  });
}

async function batch(kind: "add" | "remove") {
  const h = monitorEventLoopDelay({ resolution: 10 });
  const before = reloads;
  h.enable();
  await childBatch(kind);
  const written = performance.now();
  // Settled: no new reload for 3 s after the last one.
  let seen = -1;
  while (seen !== reloads || reloads === before) {
    seen = reloads;
    await sleep(3000);
  }
  h.disable();
  return {
    batch: kind,
    files,
    longestBlockMs: Math.round(h.max / 1e6),
    reloads: reloads - before,
    reloadDoneAfterMs: Math.max(0, Math.round(lastReloadDone - written)),
  };
}

async function steady() {
  const before = reloads;
  const file = path.join(dir, "steady.txt");
  const end = performance.now() + steadySeconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    writeFileSync(file, `Flood waters reached Steady${i} on Sunday, officials said.\n`);
    await sleep(200);
  }
  return { steady: `a change every 200 ms for ${steadySeconds} s`, reloadsDuringEdits: reloads - before };
}

const results = [await batch("add"), await batch("remove"), await steady()];
watcher.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`watcher: ${old ? "old (recursive fs.watch)" : "per-folder"}; store: ${storeKind}\n`);
for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
process.exit(0);
