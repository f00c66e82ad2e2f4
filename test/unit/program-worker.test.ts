// The builder's and the analysis lane's threads may use most of the machine's memory: V8's default
// heap limit (~4 GB) stopped a build of a million passages with "JS heap out of memory".
import { once } from "node:events";
import { totalmem } from "node:os";
import v8 from "node:v8";
import { expect, it } from "vitest";
import { programWorker } from "../../src/lifecycle/program-worker.ts";

it("gives a worker a heap limit of three quarters of the machine's memory, or the main thread's if higher", async () => {
  const worker = programWorker(new URL("../fixtures/heap-limit-worker.ts", import.meta.url));
  const [limit] = (await once(worker, "message")) as [number];
  await worker.terminate();
  const expected = Math.max(v8.getHeapStatistics().heap_size_limit, totalmem() * 0.75);
  expect(limit / expected).toBeGreaterThan(0.95);
});
