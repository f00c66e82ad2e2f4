import { readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { executeCommand, runCommand } from "../../src/answers/registry.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { plainPassage } from "../../src/corpus/article.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { checkIngest } from "../../src/lifecycle/ingest.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { watchCorpus } from "../../src/lifecycle/watch.ts";
import { createLogger, silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

const article = (town: string, n: number) =>
  `Flood waters reached ${town} on Sunday, officials said.\nAbout ${n} homes were evacuated in ${town}.\n`;

let cleanup = () => {};
afterEach(() => cleanup());

function setup(files: Record<string, string>) {
  const t = tempCorpus(files);
  cleanup = t.cleanup;
  return { dir: t.dir, store: new CoverageStore(t.dir, silentLogger) };
}

const hits = (store: CoverageStore, q: string) =>
  (runCommand(store.current, "ask", { question: q }) as AskAnswer).results;

describe("reload", () => {
  it("reports added, updated, removed and skipped files, and serves the new state", async () => {
    const { dir, store } = setup({ "a.txt": article("Arden", 40), "b.txt": article("Brook", 50) });
    const first = await store.reload();
    expect(first.added.sort()).toEqual(["a.txt", "b.txt"]);
    writeFileSync(path.join(dir, "c.txt"), article("Carrow", 60));
    writeFileSync(path.join(dir, "a.txt"), article("Ashby", 45));
    unlinkSync(path.join(dir, "b.txt"));
    writeFileSync(path.join(dir, "bad.txt"), new Uint8Array([0, 1, 2, 3]));
    const r = await store.reload();
    expect(r).toMatchObject({ added: ["c.txt"], updated: ["a.txt"], removed: ["b.txt"], articles: 2 });
    expect(r.skipped).toEqual([{ file: "bad.txt", reason: expect.stringMatching(/binary/) }]);
    expect(hits(store, "Carrow evacuated homes")[0]!.text).toContain("Carrow");
    expect(hits(store, "Brook evacuated")).toEqual([]);
  });

  it("answers every query during reloads from a complete coverage, old or new", async () => {
    const { dir, store } = setup({ "a.txt": article("Arden", 40) });
    await store.reload();
    let answered = 0;
    let failed = 0;
    let stop = false;
    const queries = (async () => {
      while (!stop) {
        const coverage = store.current;
        try {
          const a = runCommand(coverage, "ask", { question: "flood evacuated homes" }) as AskAnswer;
          // A consistent coverage: every result's passage belongs to an article it holds.
          for (const r of a.results) if (!coverage.articles.has(r.docId)) failed++;
          if (a.results.length === 0) failed++;
          answered++;
        } catch {
          failed++;
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let i = 0; i < 15; i++) {
      writeFileSync(path.join(dir, `n${i}.txt`), article(`Town${i}`, i));
      if (i % 3 === 0) rmSync(path.join(dir, `n${i}.txt`));
      await store.reload();
    }
    stop = true;
    await queries;
    expect(failed).toBe(0);
    expect(answered).toBeGreaterThan(15);
    expect(store.current.corpus.articles).toHaveLength(11);
  });

  it("keeps serving the previous coverage when the folder disappears", async () => {
    const { dir, store } = setup({ "a.txt": article("Arden", 40) });
    await store.reload();
    rmSync(dir, { recursive: true, force: true });
    await expect(store.reload()).rejects.toThrow(/does not exist/);
    expect(hits(store, "Arden flood")[0]!.text).toContain("Arden");
  });

  it("the watcher picks up a dropped file without a restart", async () => {
    const { dir, store } = setup({ "a.txt": article("Arden", 40) });
    await store.reload();
    const watcher = watchCorpus(store, silentLogger, 50);
    try {
      writeFileSync(path.join(dir, "new.txt"), article("Dunmore", 70));
      // Until the reload lands (the test's timeout is only a guard against a watcher that never fires).
      while (!store.current.articles.has("new")) await new Promise((r) => setTimeout(r, 25));
      expect(hits(store, "Dunmore evacuated")[0]?.docId).toBe("new");
    } finally {
      watcher.close();
    }
  });
});

describe("/ingest and /reload", () => {
  it("are refused to members without Manage Server, and hidden from them by default", async () => {
    const { store } = setup({ "a.txt": article("Arden", 40) });
    await store.reload();
    for (const name of ["reload", "ingest"]) {
      const a = await executeCommand(
        { store, canManage: false, attachment: { name: "x.txt", bytes: Buffer.from(article("Eske", 1)) } },
        name,
        {},
      );
      expect((a as { error?: string }).error).toMatch(/Manage Server/);
    }
    const defs = (await import("../../src/answers/registry.ts")).definitions();
    for (const name of ["reload", "ingest"])
      expect(defs.find((d) => d.name === name)?.default_member_permissions).toBe("32");
    expect(store.current.corpus.articles).toHaveLength(1);
  });

  it("writes a checked article with front matter and summarises it", async () => {
    const { dir, store } = setup({ "a.txt": article("Arden", 40) });
    await store.reload();
    const a = await executeCommand(
      { store, canManage: true, attachment: { name: "fells.txt", bytes: Buffer.from(article("Fells", 90)) } },
      "ingest",
      {
        url: "https://example.org/fells",
        outlet: "Valley Post",
        published: "2031-04-06",
        title: "Fells flooded",
      },
    );
    expect(a).toMatchObject({ command: "ingest", passages: 2, title: "Fells flooded" });
    const file = path.join(dir, (a as { file: string }).file);
    expect(readFileSync(file, "utf8")).toMatch(
      /^---\noutlet: "Valley Post"\ntitle: "Fells flooded"\nurl: "https:\/\/example.org\/fells"\npublished: 2031-04-06\n---\nFlood waters reached Fells/,
    );
    const [hit] = hits(store, "Fells evacuated");
    expect(hit).toMatchObject({
      outlet: "Valley Post",
      url: "https://example.org/fells",
      published: "2031-04-06",
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.warnings).toEqual([]);
    expect(readdirSync(path.join(dir, "ingested")).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("rejects what is not an article it should take, with a reason", async () => {
    const corpus = await (async () => {
      const { store } = setup({
        "a.txt": article("Arden", 40),
        "sources.json": JSON.stringify({ "a.txt": { url: "https://example.org/a" } }),
      });
      await store.reload();
      return store.current.corpus;
    })();
    const check = (fileName: string, body: string | Uint8Array, extra = {}) => {
      const r = checkIngest(corpus, {
        fileName,
        bytes: typeof body === "string" ? Buffer.from(body) : body,
        ...extra,
      });
      return r.ok ? "ok" : r.error;
    };
    expect(check("x.pdf", "text")).toMatch(/\.txt or \.md/);
    expect(check("x.txt", "x".repeat(2 * 1024 * 1024))).toMatch(/limit/);
    expect(check("x.txt", new Uint8Array([0x43, 0xe9, 0x2e]))).toMatch(/UTF-8/);
    expect(check("x.txt", article("Arden", 40))).toMatch(/already in the coverage/);
    expect(check("x.txt", article("Glen", 5), { url: "https://example.org/a" })).toMatch(/same url/);
    expect(check("x.txt", article("Glen", 5), { published: "next tuesdayish" })).toMatch(/not a date/);
    expect(check("x.txt", article("Glen", 5), { url: "javascript:alert(1)" })).toMatch(/http/);
    expect(check("x.txt", article("Glen", 5))).toBe("ok");
  });
});

describe("start-up from the snapshot", () => {
  it("the store's first load writes a snapshot, the next store loads it, and a reload refreshes it", async () => {
    const t = tempCorpus({ "a.txt": article("Arden", 40) });
    cleanup = t.cleanup;
    const cacheDir = path.join(t.dir, ".cache");
    const first = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
    await first.reload();
    const second = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
    await second.reload();
    expect(hits(second, "Arden evacuated")[0]!.text).toContain("Arden");
    expect(second.current.passages.map(plainPassage)).toEqual(first.current.passages.map(plainPassage));
    writeFileSync(path.join(t.dir, "b.txt"), article("Brook", 50));
    const r = await second.reload();
    expect(r.added).toEqual(["b.txt"]);
    await second.reload(); // the snapshot write is queued behind reloads
    const lines: string[] = [];
    const log = createLogger("info", false, { destination: { write: (l: string) => lines.push(l) } });
    const third = new CoverageStore(t.dir, log, undefined, { cacheDir });
    await third.reload();
    expect(lines.map((l) => JSON.parse(l)).find((e) => e.event === "corpus.loaded")?.from).toBe("snapshot");
    expect(hits(third, "Brook evacuated")[0]?.docId).toBe("b");
    // The reload after a snapshot start-up is incremental: nothing changed, nothing re-read.
    expect((await third.reload()).changed).toBe(false);
    await Promise.all([first.idle(), second.idle(), third.idle()]);
  });
});
