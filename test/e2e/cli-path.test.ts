// The CLI answers wherever the clone sits: under a folder with a space in its name, or reached
// through a symlink (it used to compare its URL with the raw path and print nothing).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, expect, it } from "vitest";
import { envWith } from "../fixtures/processes.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const run = promisify(execFile);
const corpus = tempCorpus({
  "pier.txt":
    "---\noutlet: Coastline Daily\ntitle: Pier reopens\npublished: 2031-05-02\n---\n" +
    '"The pier is safe again," said harbour master Idris Penrose on Friday.\n',
});
const parent = mkdtempSync(path.join(os.tmpdir(), "cli path "));

afterAll(() => {
  corpus.cleanup();
  rmSync(parent, { recursive: true, force: true });
});

it("answers when run through a symlinked folder whose name has a space", async () => {
  const link = path.join(parent, "My Projects");
  symlinkSync(process.cwd(), link, "dir");
  const entry = path.join(link, "src/cli/main.ts");
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", entry, "whosaid", "pier is safe", "--json", "--corpus", corpus.dir],
    { env: envWith({ LOG_LEVEL: "error" }) },
  );
  expect(JSON.parse(stdout).matches[0].speaker).toBe("Idris Penrose");
}, 60_000);
