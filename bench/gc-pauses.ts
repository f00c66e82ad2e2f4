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

/** The pauses starting in [from, to), summed. */
function within(pauses: readonly Pause[], from: number, to: number): GcPauses {
  let count = 0;
  let total = 0;
  let minor = 0;
  let major = 0;
  for (const p of pauses) {
    if (p.start < from || p.start >= to) continue;
    count++;
    total += p.ms;
    if (p.major) major = Math.max(major, p.ms);
    else minor = Math.max(minor, p.ms);
  }
  return {
    count,
    longestMinorMs: Math.round(minor),
    longestMajorMs: Math.round(major),
    totalMs: Math.round(total),
  };
}

/** Records every collection from now on; `read` gives each window's pauses. */
export function watchGc(): { read(...windows: [number, number][]): Promise<GcPauses[]> } {
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
    /** Each window's pauses, once the last entries are in (they are delivered a turn later);
     *  then stops watching. */
    async read(...windows) {
      await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return windows.map(([from, to]) => within(pauses, from, to));
    },
  };
}
