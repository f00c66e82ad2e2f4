// The corpus watcher: work per batch proportional to the batch, one reload per batch, reloads
// during steady edits, and no silent end from a symlink loop.
import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { debounce, type Timers } from "../../src/lifecycle/debounce.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { type CorpusWatcher, watchCorpus } from "../../src/lifecycle/watch.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
let watcher: CorpusWatcher | null = null;
afterEach(() => {
  watcher?.close();
  watcher = null;
  cleanup();
});

const article = (n: number) => `Flood waters reached Town${n} on Sunday, officials said.\n`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A store that only counts reloads, so the test measures the watcher alone. */
function countingStore(dir: string) {
  const store = { dir, reloads: 0, reload: async () => void store.reloads++ };
  return store;
}

describe("debounce with a maximum wait", () => {
  /** A clock the test moves by hand. */
  function manualTimers() {
    let now = 0;
    const queue = new Map<number, { at: number; f: () => void }>();
    let id = 0;
    const timers: Timers = {
      now: () => now,
      setTimeout: (f, ms) => {
        queue.set(++id, { at: now + ms, f });
        return id;
      },
      clearTimeout: (h) => void queue.delete(h as number),
    };
    const advance = (ms: number) => {
      const end = now + ms;
      for (;;) {
        const next = [...queue.entries()].sort((a, b) => a[1].at - b[1].at)[0];
        if (!next || next[1].at > end) break;
        queue.delete(next[0]);
        now = next[1].at;
        next[1].f();
      }
      now = end;
    };
    return { timers, advance };
  }

  it("fires at least every maxWait under a change every 200 ms (debounce 400 ms)", () => {
    const { timers, advance } = manualTimers();
    let fired = 0;
    const d = debounce(() => fired++, 400, 2000, timers);
    for (let t = 0; t < 10_000; t += 200) {
      d.poke();
      advance(200);
    }
    expect(fired).toBeGreaterThanOrEqual(4);
    advance(400);
    expect(d.pending).toBe(false);
  });

  it("fires once, after the quiet period, for a single burst", () => {
    const { timers, advance } = manualTimers();
    let fired = 0;
    const d = debounce(() => fired++, 400, 2000, timers);
    for (let i = 0; i < 5; i++) d.poke();
    advance(399);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
  });
});

describe("watchCorpus", () => {
  it("handles 2,000 files added and removed with one reload per batch and O(batch) look-ups", async () => {
    const t = tempCorpus({ "a.txt": article(0), "sub/b.txt": article(1) });
    cleanup = t.cleanup;
    const store = countingStore(t.dir);
    watcher = watchCorpus(store, silentLogger, { debounceMs: 150 });
    await sleep(50);
    const n = 2000;
    mkdirSync(path.join(t.dir, "bulk"));
    for (let i = 0; i < n; i++) writeFileSync(path.join(t.dir, "bulk", `f${i}.txt`), article(i));
    await vi.waitFor(() => expect(store.reloads).toBe(1), { timeout: 20_000, interval: 50 });
    await watcher.idle();
    await sleep(400);
    expect(store.reloads).toBe(1);
    // The new folder was read once to watch it; each changed name is looked at once at most.
    expect(watcher.stats.folderReads).toBeLessThanOrEqual(4);
    expect(watcher.stats.lookups).toBeLessThanOrEqual(1);
    const before = { ...watcher.stats };
    for (let i = 0; i < n; i++) unlinkSync(path.join(t.dir, "bulk", `f${i}.txt`));
    await vi.waitFor(() => expect(store.reloads).toBe(2), { timeout: 20_000, interval: 50 });
    await watcher.idle();
    await sleep(400);
    expect(store.reloads).toBe(2);
    expect(watcher.stats.folderReads - before.folderReads).toBe(0);
    expect(watcher.stats.lookups - before.lookups).toBeLessThanOrEqual(n);
  }, 60_000);

  it("reloads during steady edits instead of waiting for them to stop", async () => {
    const t = tempCorpus({ "a.txt": article(0) });
    cleanup = t.cleanup;
    const store = countingStore(t.dir);
    watcher = watchCorpus(store, silentLogger, 100);
    // A change every 40 ms for ~3 s never leaves the 100 ms debounce quiet; the maximum wait
    // (2 s by default) still makes a reload happen before the edits stop.
    for (let i = 0; i < 75; i++) {
      writeFileSync(path.join(t.dir, "a.txt"), article(i));
      await sleep(40);
    }
    expect(store.reloads).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it("keeps picking up new files with a symlink loop in the corpus, in new subfolders too", async () => {
    const t = tempCorpus({ "a.txt": article(0) });
    cleanup = t.cleanup;
    symlinkSync(".", path.join(t.dir, "loop"));
    symlinkSync(t.dir, path.join(t.dir, "again"));
    const store = new CoverageStore(t.dir, silentLogger);
    await store.reload();
    watcher = watchCorpus(store, silentLogger, 50);
    await sleep(50);
    writeFileSync(path.join(t.dir, "b.txt"), article(1));
    await vi.waitFor(() => expect(store.current.corpus.articles).toHaveLength(2), { timeout: 10_000 });
    mkdirSync(path.join(t.dir, "later"));
    await vi.waitFor(() => expect(watcher!.stats.watched).toBe(2), { timeout: 10_000 });
    writeFileSync(path.join(t.dir, "later", "c.txt"), article(2));
    await vi.waitFor(() => expect(store.current.corpus.articles).toHaveLength(3), { timeout: 10_000 });
    rmSync(path.join(t.dir, "later"), { recursive: true });
    await vi.waitFor(() => expect(store.current.corpus.articles).toHaveLength(2), { timeout: 10_000 });
  }, 30_000);
});
