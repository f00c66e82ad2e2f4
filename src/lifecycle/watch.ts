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
import { type Debouncer, debounce } from "./debounce.ts";

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
  const tree = new TreeWatch(store, log, debounceMs, maxWaitMs);
  void tree.watchTree("").then(() => {
    tree.stats.watched = tree.watchers.size;
  });
  return {
    stats: tree.stats,
    close: () => tree.close(),
    idle: () => tree.idle(),
  };
}

/** The watchers of one corpus tree, the changes they saw since the last flush, and the flushes. */
class TreeWatch {
  readonly watchers = new Map<string, FSWatcher>();
  readonly stats: WatchStats = { events: 0, lookups: 0, folderReads: 0, reloads: 0, rewalks: 0, watched: 0 };
  private readonly pending = new Set<string>();
  private readonly timer: Debouncer;
  private rewalk = false;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: Reloadable,
    private readonly log: Logger,
    private readonly debounceMs: number,
    maxWaitMs: number,
  ) {
    this.timer = debounce(() => this.start(), debounceMs, maxWaitMs);
  }

  close(): void {
    this.closed = true;
    this.timer.cancel();
    if (this.retry) clearTimeout(this.retry);
    this.unwatch("");
  }

  async idle(): Promise<void> {
    while (this.running || this.timer.pending) {
      if (this.running) await this.running;
      else await new Promise((r) => setTimeout(r, this.debounceMs));
    }
  }

  private onEvent(relDir: string, name: string | null): void {
    if (this.closed) return;
    this.stats.events++;
    if (name === null) this.rewalk = true;
    else {
      const rel = relDir ? `${relDir}/${name}` : name;
      // Our own temp files (dot-prefixed) are not articles; their rename is what counts.
      if (hidden(rel)) return;
      if (this.pending.size < MAX_PENDING) this.pending.add(rel);
      else this.rewalk = true;
    }
    this.timer.poke();
  }

  private unwatch(rel: string): void {
    for (const [r, w] of this.watchers) {
      if (r === rel || r.startsWith(`${rel}/`) || rel === "") {
        w.close();
        this.watchers.delete(r);
      }
    }
  }

  private watchFolder(rel: string): boolean {
    if (this.watchers.has(rel)) return true;
    try {
      const w = watch(path.join(this.store.dir, rel), (_event, name) =>
        this.onEvent(rel, name ? String(name) : null),
      );
      w.on("error", (err) => {
        this.log.warn(
          { event: "corpus.watch_error", folder: rel || ".", err },
          "corpus watcher error; re-watching",
        );
        w.close();
        if (this.watchers.get(rel) === w) this.watchers.delete(rel);
        this.rewalk = true;
        this.timer.poke();
      });
      this.watchers.set(rel, w);
      return true;
    } catch (err) {
      if (!rel)
        this.log.warn(
          { event: "corpus.watch_unavailable", err },
          "cannot watch the corpus folder; use /reload",
        );
      return false;
    }
  }

  /** Watches `rel` and every real subfolder under it (symlinks are never followed). */
  async watchTree(rel: string): Promise<void> {
    if (this.closed || !this.watchFolder(rel)) return;
    this.stats.folderReads++;
    const entries = await readdir(path.join(this.store.dir, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && !hidden(r)) await this.watchTree(r);
    }
  }

  /** Only the names that changed: new folders are watched, vanished ones forgotten. */
  private async adopt(names: string[]): Promise<void> {
    for (const rel of names) {
      this.stats.lookups++;
      const s = await lstat(path.join(this.store.dir, rel)).catch(() => null);
      if (!s) this.unwatch(rel);
      else if (s.isDirectory() && !this.watchers.has(rel)) await this.watchTree(rel);
    }
  }

  private async updateWatchers(): Promise<void> {
    const names = [...this.pending];
    this.pending.clear();
    const whole = this.rewalk;
    this.rewalk = false;
    try {
      if (whole) {
        this.stats.rewalks++;
        this.unwatch("");
        await this.watchTree("");
      } else await this.adopt(names);
    } catch (err) {
      this.log.warn({ event: "corpus.watch_error", err }, "cannot update the corpus watchers");
    }
    this.stats.watched = this.watchers.size;
  }

  private async flush(): Promise<void> {
    await this.updateWatchers();
    if (!this.watchers.has("") && !this.closed && !this.retry) {
      // Not even the folder itself can be watched (it may be gone for now): try again later.
      this.retry = setTimeout(() => {
        this.retry = null;
        this.rewalk = true;
        this.timer.poke();
      }, RETRY_MS);
      this.retry.unref();
    }
    if (this.closed) return;
    this.stats.reloads++;
    await this.store.reload().then(
      () => undefined,
      (err) =>
        this.log.error(
          { event: "corpus.reload_failed", err },
          "reload failed; still serving the previous coverage",
        ),
    );
  }

  // One flush at a time: changes that arrive during a reload make exactly one more flush after it.
  private start(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.flush().finally(() => {
      this.running = null;
      if (this.again && !this.closed) {
        this.again = false;
        this.start();
      }
    });
  }
}
