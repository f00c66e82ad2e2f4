// The collector's pauses, by kind, within a window of the process's life: the start-up bench
// says how much of each phase's longest event-loop block was the garbage collector's (a pause
// of a minor, scavenge, or of a major, mark-compact, collection) and how much was our own code.

import { constants, PerformanceObserver } from "node:perf_hooks";

export interface GcPauses {
  /** Collections in the window. */
  count: number;
  /** The longest scavenge and mark-compact pauses, ms. */
  longestMinorMs: number;
  longestMajorMs: number;
  /** Every pause added up, ms. */
  totalMs: number;
}

interface Pause {
  start: number;
  ms: number;
  major: boolean;
}

/** Records every collection from now on; `between(a, b)` sums those starting in [a, b). */
export function watchGc(): {
  between(from: number, to: number): GcPauses;
  read(...windows: [number, number][]): Promise<GcPauses[]>;
} {
  const pauses: Pause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_WEAKCB) continue;
      pauses.push({
        start: e.startTime,
        ms: e.duration,
        major: kind === constants.NODE_PERFORMANCE_GC_MAJOR,
      });
    }
  });
  observer.observe({ entryTypes: ["gc"] });
  return {
    between(from, to) {
      const out: GcPauses = { count: 0, longestMinorMs: 0, longestMajorMs: 0, totalMs: 0 };
      for (const p of pauses) {
        if (p.start < from || p.start >= to) continue;
        out.count++;
        out.totalMs += p.ms;
        if (p.major) out.longestMajorMs = Math.max(out.longestMajorMs, p.ms);
        else out.longestMinorMs = Math.max(out.longestMinorMs, p.ms);
      }
      out.totalMs = Math.round(out.totalMs);
      out.longestMajorMs = Math.round(out.longestMajorMs);
      out.longestMinorMs = Math.round(out.longestMinorMs);
      return out;
    },
    /** Each window's pauses, once the last entries are in (they are delivered a turn later);
     *  then stops watching. */
    async read(...windows) {
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return windows.map(([from, to]) => this.between(from, to));
    },
  };
}
