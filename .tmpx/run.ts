import { tsWorker } from "../src/lifecycle/ts-worker.ts";
const t0 = performance.now();
const w = tsWorker(new URL("./boot.ts", import.meta.url));
w.on("message", (m) => { console.log(`first line after ${(performance.now() - t0).toFixed(0)} ms (worker clock ${m[0].toFixed(0)}), store graph ${m[1].toFixed(0)} ms, router graph ${m[2].toFixed(0)} ms`); w.terminate(); });
