// Watches the corpus folder and reloads after changes settle, so articles dropped into the
// folder are served without a restart.
//
// One non-recursive watcher per folder, kept by us, instead of `fs.watch(dir, { recursive })`:
// on Node 20/Linux the recursive mode re-reads the whole tree on every event (5,000 files added
// blocked the event loop for 132 s) and follows symlinks, so a symlink loop raised ELOOP and
// ended hot reload for good. Here an event costs O(1); at a flush only the names that changed
// are looked at (lstat, never following links), new folders get watchers, removed ones lose
// theirs, and a watcher that fails makes the next flush walk the tree again — never a silent end.

import { type FSWatcher, watch } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../log.ts";
import { debounce } from "./debounce.ts";

export const DEBOUNCE_MS = 400;
/** A reload starts at most this long after the first change of a burst of steady edits. */
export const MAX_WAIT_MS = 2000;
/** Past this many changed names in one batch, the flush walks the tree once instead. */
const MAX_PENDING = 20_000;
/** When even the corpus folder cannot be watched, try again this often. */
const RETRY_MS = 5000;

export interface WatchOptions {
  debounceMs?: number;
  maxWaitMs?: number;
}

/** The work the watcher did, so tests can check it stays proportional to the changes. */
export interface WatchStats {
  events: number;
  /** Changed names looked at (lstat) at flushes. */
  lookups: number;
  /** Folders read (readdir) to find subfolders to watch. */
  folderReads: number;
  reloads: number;
  /** Times the whole tree was walked again after a watcher failed. */
  rewalks: number;
  watched: number;
}

export interface CorpusWatcher {
  close(): void;
  readonly stats: WatchStats;
  /** Settles when no flush is scheduled or running (tests, benchmarks). */
  idle(): Promise<void>;
}

interface Reloadable {
  readonly dir: string;
  reload(): Promise<unknown>;
}

const hidden = (rel: string) => /(^|\/)\./.test(rel) || /(^|\/)node_modules(\/|$)/.test(rel);

export function watchCorpus(
  store: Reloadable,
  log: Logger,
  options: WatchOptions | number = {},
): CorpusWatcher {
  const opts = typeof options === "number" ? { debounceMs: options } : options;
  const debounceMs = opts.debounceMs ?? DEBOUNCE_MS;
  const maxWaitMs = opts.maxWaitMs ?? Math.max(MAX_WAIT_MS, debounceMs);
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  const stats: WatchStats = { events: 0, lookups: 0, folderReads: 0, reloads: 0, rewalks: 0, watched: 0 };
  let rewalk = false;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;

  const onEvent = (relDir: string, name: string | null) => {
    if (closed) return;
    stats.events++;
    if (name === null) rewalk = true;
    else {
      const rel = relDir ? `${relDir}/${name}` : name;
      // Our own temp files (dot-prefixed) are not articles; their rename is what counts.
      if (hidden(rel)) return;
      if (pending.size < MAX_PENDING) pending.add(rel);
      else rewalk = true;
    }
    timer.poke();
  };

  const unwatch = (rel: string) => {
    for (const [r, w] of watchers) {
      if (r === rel || r.startsWith(`${rel}/`) || rel === "") {
        w.close();
        watchers.delete(r);
      }
    }
  };

  const watchFolder = (rel: string): boolean => {
    if (watchers.has(rel)) return true;
    try {
      const w = watch(path.join(store.dir, rel), (_event, name) => onEvent(rel, name ? String(name) : null));
      w.on("error", (err) => {
        log.warn(
          { event: "corpus.watch_error", folder: rel || ".", err },
          "corpus watcher error; re-watching",
        );
        w.close();
        if (watchers.get(rel) === w) watchers.delete(rel);
        rewalk = true;
        timer.poke();
      });
      watchers.set(rel, w);
      return true;
    } catch (err) {
      if (!rel)
        log.warn({ event: "corpus.watch_unavailable", err }, "cannot watch the corpus folder; use /reload");
      return false;
    }
  };

  /** Watches `rel` and every real subfolder under it (symlinks are never followed). */
  const watchTree = async (rel: string): Promise<void> => {
    if (closed || !watchFolder(rel)) return;
    stats.folderReads++;
    const entries = await readdir(path.join(store.dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !hidden(r)) await watchTree(r);
    }
  };

  /** Only the names that changed: new folders are watched, vanished ones forgotten. */
  const adopt = async (names: string[]): Promise<void> => {
    for (const rel of names) {
      stats.lookups++;
      const s = await lstat(path.join(store.dir, rel)).catch(() => null);
      if (!s) unwatch(rel);
      else if (s.isDirectory() && !watchers.has(rel)) await watchTree(rel);
    }
  };

  const flush = async (): Promise<void> => {
    const names = [...pending];
    pending.clear();
    const whole = rewalk;
    rewalk = false;
    try {
      if (whole) {
        stats.rewalks++;
        unwatch("");
        await watchTree("");
      } else await adopt(names);
    } catch (err) {
      log.warn({ event: "corpus.watch_error", err }, "cannot update the corpus watchers");
    }
    stats.watched = watchers.size;
    if (!watchers.has("") && !closed && !retry) {
      // Not even the folder itself can be watched (it may be gone for now): try again later.
      retry = setTimeout(() => {
        retry = null;
        rewalk = true;
        timer.poke();
      }, RETRY_MS);
      retry.unref();
    }
    if (closed) return;
    stats.reloads++;
    await store.reload().then(
      () => undefined,
      (err) =>
        log.error(
          { event: "corpus.reload_failed", err },
          "reload failed; still serving the previous coverage",
        ),
    );
  };

  // One flush at a time: changes that arrive during a reload make exactly one more flush after it.
  const start = () => {
    if (running) {
      again = true;
      return;
    }
    running = flush().finally(() => {
      running = null;
      if (again && !closed) {
        again = false;
        start();
      }
    });
  };
  const timer = debounce(start, debounceMs, maxWaitMs);

  void watchTree("").then(() => {
    stats.watched = watchers.size;
  });

  return {
    stats,
    close() {
      closed = true;
      timer.cancel();
      if (retry) clearTimeout(retry);
      unwatch("");
    },
    async idle() {
      while (running || timer.pending) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, debounceMs));
      }
    },
  };
}
