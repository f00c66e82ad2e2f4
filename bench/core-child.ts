// The start-up bench's coverage-thread child (bench/core-startup.ts) as an entry of its own, so
// that it runs from the bundle `npm start` runs: `--child-core DIR --cache C --text-mb N
// --text-held-mb N`, as bench/startup.ts passes them; `--startup-only` stops at the first answer.
import { coreChild, STARTUP_QUESTION } from "./core-startup.ts";

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = flag("--child-core");
const cacheDir = flag("--cache");
if (!dir || !cacheDir)
  throw new Error("usage: core-child.js --child-core DIR --cache DIR [--text-mb N] [--text-held-mb N]");
await coreChild(
  dir,
  cacheDir,
  STARTUP_QUESTION,
  Number(flag("--text-mb") ?? 0) * 1e6,
  Number(flag("--text-held-mb") ?? 0) * 1e6,
  args.includes("--startup-only"),
);
