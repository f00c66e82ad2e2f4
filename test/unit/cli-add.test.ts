// `cli add` starts from the snapshot and leaves a fresh one, so the next start does not rebuild.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

describe("cli add", () => {
  it("leaves a snapshot that includes the new article", async () => {
    const t = tempCorpus({ "a.txt": "Flood waters reached Arden on Sunday, officials said.\n" });
    const cache = mkdtempSync(path.join(tmpdir(), "coverage-cache-"));
    const upload = path.join(cache, "..", `ferry-${path.basename(cache)}.txt`);
    writeFileSync(upload, "The ferry to Holm Island resumed on Friday after the storm, the operator said.\n");
    cleanup = () => {
      t.cleanup();
      rmSync(cache, { recursive: true, force: true });
      rmSync(upload, { force: true });
    };
    const env = { CORPUS_DIR: t.dir, CACHE_DIR: cache, LOG_LEVEL: "silent" };
    const added = await runCli(["add", upload, "--outlet", "Holm Herald"], env);
    expect(added.code).toBe(0);
    const snapshots = existsSync(cache) ? readdirSync(cache).filter((f) => !f.startsWith(".")) : [];
    expect(snapshots.length).toBeGreaterThan(0);
    const listed = JSON.parse((await runCli(["sources", "--json"], env)).stdout);
    expect(listed.total).toBe(2);
  });
});
