// Where a long call spent its time: the V8 sampling profiler runs while the warm-up does, and for
// each call longer than the limit the samples inside it are counted by the deepest frame of our
// own code (src/), so a call that blocked the event loop names the loop or sort that did it.

import { Session } from "node:inspector/promises";

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the clock the profiler stamps its samples with (both are CLOCK_MONOTONIC). */
export const clockMicros = (): number => Number(process.hrtime.bigint() / 1000n);

export interface CallProfiler {
  /** Stops the profiler; for each window [fromMicros, toMicros), its top frames of our code. */
  stop(windows: ReadonlyArray<[number, number]>, top?: number): Promise<string[][]>;
}

/** Starts sampling every `intervalMicros`. */
export async function startCallProfiler(intervalMicros = 500): Promise<CallProfiler> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: intervalMicros });
  await session.post("Profiler.start");
  return {
    async stop(windows, top = 4) {
      const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
      session.disconnect();
      return topFrames(profile, windows, top);
    },
  };
}

const ours = (n: ProfileNode) => n.callFrame.url.includes("/src/");
const label = (n: ProfileNode) => {
  const file = n.callFrame.url.replace(/^.*\/src\//, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${file}:${n.callFrame.lineNumber + 1}`;
};

function topFrames(profile: Profile, windows: ReadonlyArray<[number, number]>, top: number): string[][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) byId.get(c)!.parent = n.id;
  // The deepest frame of our code above each node (the node itself when it is ours).
  const ownerOf = new Map<number, string>();
  const owner = (id: number): string => {
    const known = ownerOf.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const name = ours(n) ? label(n) : n.parent === undefined ? "(not our code)" : owner(n.parent);
    ownerOf.set(id, name);
    return name;
  };
  const counts = windows.map(() => new Map<string, number>());
  let t = profile.startTime;
  for (let s = 0; s < profile.samples.length; s++) {
    t += profile.timeDeltas[s]!;
    windows.forEach(([from, to], w) => {
      if (t < from || t >= to) return;
      const self = byId.get(profile.samples[s]!)!;
      const key = ours(self)
        ? owner(self.id)
        : `${owner(self.id)} > ${self.callFrame.functionName || "(native)"}`;
      counts[w]!.set(key, (counts[w]!.get(key) ?? 0) + 1);
    });
  }
  return counts.map((c) => {
    const total = [...c.values()].reduce((a, b) => a + b, 0) || 1;
    return [...c.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${Math.round((100 * v) / total)}% ${k}`);
  });
}
