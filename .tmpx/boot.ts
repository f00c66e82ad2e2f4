import { parentPort } from "node:worker_threads";
const t = performance.now();
await import("../src/lifecycle/store.ts");
const t1 = performance.now();
await import("../src/discord/router.ts");
parentPort!.postMessage([t, t1 - t, performance.now() - t1]);
