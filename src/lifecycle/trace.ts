// TEMP trace (not committed)
import { appendFileSync, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

const on = Boolean(process.env.S5_TRACE);
const file = process.env.S5_TRACE ?? "";
export function cpu(): number {
  if (!on) return 0;
  const s = readFileSync("/proc/thread-self/stat", "utf8");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
}
export function trace(what: string, t0: number, c0 = 0): void {
  if (!on) return;
  const t1 = performance.now();
  const o = performance.timeOrigin;
  appendFileSync(
    file,
    `${isMainThread ? "M" : "L"} ${(o + t0).toFixed(1)} ${(o + t1).toFixed(1)} ${cpu() - c0} ${what}\n`,
  );
}
