import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Guards against a hang only, never a speed check (no test asserts a duration; times live in
    // `npm run bench`): generous, so a busy 2-core machine or a benchmark beside the run cannot fail it.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // As `npm start` and the other scripts run: regular expressions compiled at their first run
    // (README, "Regular expressions compiled"). A command-line flag: set later, V8 crashed.
    execArgv: ["--no-regexp-tier-up"],
  },
});
