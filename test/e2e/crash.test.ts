import { execFile } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { sweepTempFiles } from "../../src/temp-files.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const run = promisify(execFile);
const body = "Storm winds toppled the old pier at Marlow on Friday, the harbour master said.\n";

let cleanup = () => {};
afterEach(() => cleanup());

/** Runs the real CLI `add`, killed (SIGKILL) at the named point. */
async function addKilledAt(dir: string, file: string, point: string | null) {
  const env = { ...process.env, LOG_LEVEL: "silent", ...(point ? { COVERAGE_CRASH_AT: point } : {}) };
  try {
    // One process (node --import tsx, not the tsx launcher and its child): cheaper, and the kill is its own.
    await run(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "add",
        file,
        "--corpus",
        dir,
        "--outlet",
        "Shore News",
        "--json",
      ],
      {
        env,
      },
    );
    return "exited";
  } catch (e) {
    const { signal, code } = e as { signal?: string; code?: number };
    return signal === "SIGKILL" || code === 137 ? "killed" : `failed: ${(e as Error).message.split("\n")[0]}`;
  }
}

function ingested(dir: string): string[] {
  const d = path.join(dir, "ingested");
  return existsSync(d) ? readdirSync(d) : [];
}

describe("a crash at any point of /ingest leaves the corpus consistent", () => {
  it.each([
    ["ingest-mid-write", false],
    ["ingest-before-rename", false],
    ["ingest-after-rename", true],
  ])(
    "killed at %s: article present = %s, corpus loads cleanly, a retry works",
    async (point, present) => {
      const t = tempCorpus({ "a.txt": "The ferry resumed service on Monday.\n" });
      cleanup = t.cleanup;
      const upload = path.join(t.dir, "..", `${path.basename(t.dir)}-upload.txt`);
      writeFileSync(upload, body);
      expect(await addKilledAt(t.dir, upload, point)).toBe("killed");
      const after = await loadCorpus(t.dir);
      expect(after.warnings).toEqual([]);
      expect(after.articles.some((a) => a.text.includes("Marlow"))).toBe(present);
      // Whatever the crash left is either a whole article or a dot-temp file, never a half article.
      for (const f of ingested(t.dir)) expect(f.startsWith(".") || f.endsWith(".md")).toBe(true);
      await sweepTempFiles(t.dir);
      expect(ingested(t.dir).filter((f) => f.startsWith("."))).toEqual([]);
      const retry = await addKilledAt(t.dir, upload, null);
      if (present)
        expect(retry).toMatch(/failed/); // duplicate: refused, exit 2
      else expect(retry).toBe("exited");
      const final = await loadCorpus(t.dir);
      expect(final.articles.filter((a) => a.text.includes("Marlow"))).toHaveLength(1);
    },
    30_000,
  );
});
