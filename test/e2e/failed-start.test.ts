// A start that fails (here: the interactions port is taken) must end the process with a non-zero
// code, so a supervisor restarts it; before, the corpus watcher kept the failed process alive.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("a failed start", () => {
  it("exits with code 1 when the interactions port is busy", async () => {
    const busy = createServer();
    busy.listen(0, "127.0.0.1");
    await once(busy, "listening");
    const port = (busy.address() as { port: number }).port;
    const cache = mkdtempSync(path.join(tmpdir(), "coverage-cache-"));
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CORPUS_DIR: "seeds",
      CACHE_DIR: cache,
      LOG_LEVEL: "warn",
      INTERACTIONS_PORT: String(port),
      INTERACTIONS_HOST: "127.0.0.1",
      DISCORD_PUBLIC_KEY: "a".repeat(64),
    };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: process.cwd(), env });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    try {
      const [code] = (await once(child, "exit")) as [number | null];
      expect(code).toBe(1);
      expect(stderr).toMatch(/could not start/);
    } finally {
      child.kill("SIGKILL");
      busy.close();
      rmSync(cache, { recursive: true, force: true });
    }
  }, 60_000);
});
