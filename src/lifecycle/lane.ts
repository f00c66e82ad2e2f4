// The parallel build's second thread (the lane, analysis-worker.ts) and how a stage's batches of
// articles are shared between it and this thread: either from the front of the corpus as each
// frees up, or, for a stage whose inputs the lane already holds, the batches it held before.
// A lane that fails hands its batches back: this thread does them.

import { setTimeout as sleep } from "node:timers/promises";
import { MessageChannel, type MessagePort, receiveMessageOnPort, type Worker } from "node:worker_threads";
import type { Logger } from "../log.ts";
import type { LaneReply, LaneRequest } from "./article-work.ts";
import { programWorker } from "./program-worker.ts";

/** One stage's batches: what the lane is sent for one, what this thread does with one, and what
 *  it does with the lane's results for one. */
export interface Batches {
  /** For the log. */
  work: string;
  count: number;
  /** The batches only the lane holds the inputs of (in order); unset: any batch, from the front. */
  laneHolds?: readonly number[];
  request(seq: number): LaneRequest;
  here(seq: number): void;
  take(seq: number, results: unknown): void;
}

/** Batches sent ahead to the lane, so it never waits for this thread. */
const AHEAD = 3;

/** Every batch done, here or on the lane; `during` runs first, given a way to serve the lane. */
export async function runBatches(
  lane: Lane,
  b: Batches,
  log: Logger | undefined,
  during?: (pump: () => void) => void,
): Promise<void> {
  const held = b.laneHolds ? new Set(b.laneHolds) : null;
  // the lane's queue and this thread's: the same (the front of the corpus) unless the lane holds some
  const laneQueue = b.laneHolds ? [...b.laneHolds] : null;
  const mine = held ? Array.from({ length: b.count }, (_, i) => i).filter((i) => !held.has(i)) : null;
  let front = 0;
  const nextMine = () => (mine ? (mine.shift() ?? -1) : front < b.count ? front++ : -1);
  const nextLane = () => (laneQueue ? (laneQueue.shift() ?? -1) : front < b.count ? front++ : -1);
  let byLane = 0;
  const pump = () => {
    for (let m = lane.receive(); m; m = lane.receive()) {
      // once failed, the lane's replies are dropped: what it had in hand is done here
      if (lane.dead) continue;
      lane.outstanding.delete(m.seq);
      if (m.type === "result") {
        byLane++;
        b.take(m.seq, m.results);
      } else lane.fail(new Error(m.message), log).push(m.seq);
    }
    while (!lane.dead && lane.outstanding.size < AHEAD) {
      const seq = nextLane();
      if (seq < 0) break;
      lane.outstanding.add(seq);
      lane.send(b.request(seq));
    }
    if (lane.dead && laneQueue) lane.orphans.push(...laneQueue.splice(0));
  };
  pump();
  // `during` may call it often (once per item of its own work): at most once a millisecond
  let last = 0;
  during?.(() => {
    const now = performance.now();
    if (now - last < 1) return;
    last = now;
    pump();
  });
  for (;;) {
    pump();
    const seq = lane.orphans.pop() ?? nextMine();
    if (seq < 0) break;
    b.here(seq);
  }
  while (lane.outstanding.size > 0) {
    if (lane.dead) {
      for (const seq of [...lane.outstanding, ...lane.orphans.splice(0)]) b.here(seq);
      lane.outstanding.clear();
      break;
    }
    await sleep(1);
    pump();
  }
  for (let seq = lane.orphans.pop(); seq !== undefined; seq = lane.orphans.pop()) b.here(seq);
  log?.debug(
    { event: "build.lane", work: b.work, batches: b.count, byLane },
    `${b.work}: ${byLane} of ${b.count} batches on the second thread`,
  );
}

/** The analysis worker and the port its batches travel on. */
export class Lane {
  readonly outstanding = new Set<number>();
  /** Batches the lane failed, to be done on this thread. */
  readonly orphans: number[] = [];
  dead: Error | null = null;
  private readonly worker: Worker;
  private readonly port: MessagePort;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = programWorker("lifecycle/analysis-worker.ts", {
      workerData: { port: port2 },
      transferList: [port2],
    });
    this.worker.on("error", (err) => {
      this.dead ??= err;
    });
    this.worker.on("exit", (code) => {
      this.dead ??= new Error(`the analysis worker stopped (exit code ${code})`);
    });
  }

  send(request: LaneRequest): void {
    this.port.postMessage(request);
  }

  receive(): LaneReply | undefined {
    return receiveMessageOnPort(this.port)?.message as LaneReply | undefined;
  }

  /** The lane stops taking batches; returns where its failed batches go. */
  fail(err: Error, log: Logger | undefined): number[] {
    if (!this.dead)
      log?.warn({ event: "build.lane_failed", err }, "analysis worker failed; continuing on one thread");
    this.dead ??= err;
    return this.orphans;
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
