import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Guards against a hang only, never a speed check (no test asserts a duration; times live in
    // `npm run bench`): generous, so a busy 2-core machine or a benchmark beside the run cannot fail it.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // As every entry point does: regular expressions compiled at their first run.
    setupFiles: ["src/text/regexp-native.ts"],
  },
});
