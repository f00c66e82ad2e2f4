// One subfolder that cannot be read is skipped with a warning; the rest of the corpus serves.
// Tests run as root in CI containers, where chmod does not stop reads, so the refusal is
// simulated at the fs edge for folders named "locked".
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const readdir = (async (p: string, ...rest: unknown[]) => {
    if (String(p).endsWith("locked"))
      throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
    return (fs.readdir as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

const { loadCorpus } = await import("../../src/corpus/load.ts");
const { reloadCorpus } = await import("../../src/lifecycle/reload.ts");
const { tempCorpus } = await import("../helpers/corpus.ts");

const text = (town: string) => `Flood waters reached ${town} on Sunday, officials said.\n`;
let cleanup = () => {};
afterEach(() => cleanup());

describe("an unreadable subfolder", () => {
  it("is skipped with one warning by the loader and by reloads; the other articles load", async () => {
    const t = tempCorpus({
      "a.txt": text("Arden"),
      "locked/b.txt": text("Brook"),
      "open/c.txt": text("Carrow"),
    });
    cleanup = t.cleanup;
    const corpus = await loadCorpus(t.dir);
    expect(corpus.articles.map((a) => a.file)).toEqual(["a.txt", "open/c.txt"]);
    expect(corpus.warnings).toEqual([
      { file: "locked/", reason: expect.stringMatching(/cannot be read \(EACCES\)/) },
    ]);
    const { report } = await reloadCorpus(t.dir, null);
    expect(report.articles).toBe(2);
    expect(report.skipped.map((w) => w.file)).toEqual(["locked/"]);
  });

  it("still fails loudly when the corpus folder itself cannot be read", async () => {
    await expect(loadCorpus("/nonexistent/locked")).rejects.toThrow(/Cannot read the corpus folder/);
  });
});
