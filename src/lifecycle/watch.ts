// Watches the corpus folder and reloads after changes settle (debounced), so articles
// dropped into the folder are served without a restart.

import { type FSWatcher, watch } from "node:fs";
import type { Logger } from "../log.ts";
import type { CoverageStore } from "./store.ts";

export const DEBOUNCE_MS = 400;

export function watchCorpus(store: CoverageStore, log: Logger, debounceMs = DEBOUNCE_MS): { close(): void } {
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  const schedule = (file: string | null) => {
    // Our own temp files (dot-prefixed) are not articles; their rename is what counts.
    if (file && /(^|\/)\./.test(file)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      store
        .reload()
        .catch((err) =>
          log.error(
            { event: "corpus.reload_failed", err },
            "reload failed; still serving the previous coverage",
          ),
        );
    }, debounceMs);
  };
  try {
    watcher = watch(store.dir, { recursive: true }, (_event, file) => schedule(file ? String(file) : null));
    watcher.on("error", (err) => log.warn({ event: "corpus.watch_error", err }, "corpus watcher error"));
  } catch (err) {
    log.warn({ event: "corpus.watch_unavailable", err }, "cannot watch the corpus folder; use /reload");
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}
