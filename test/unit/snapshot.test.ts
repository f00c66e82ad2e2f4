import { type ChildProcess, spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  corpusFingerprint,
  isPlainData,
  readSnapshot,
  readWhole,
  snapshotPath,
  writeSnapshot,
} from "../../src/cache/snapshot.ts";
import { registerSnapshotPart } from "../../src/cache/snapshot-parts.ts";
import { plainArticle, plainPassage } from "../../src/corpus/article.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { loadCoverage } from "../../src/lifecycle/load.ts";
import { DEFAULT_INDEX_OPTIONS } from "../../src/search/index.ts";
import { capture } from "../helpers/log.ts";

let dir: string;
let cacheDir: string;

beforeEach(async () => {
  const root = await mkdtemp(path.join(tmpdir(), "snapshot-test-"));
  dir = path.join(root, "corpus");
  cacheDir = path.join(root, "cache");
  await cp("seeds", dir, { recursive: true });
});

afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

const fingerprintOf = (d: string) => corpusFingerprint(d, DEFAULT_INDEX_OPTIONS);
const QUERIES = ["Rubio security cooperation", "tariffs on fentanyl-related goods", "cartels", "governors"];

function expectSameCoverage(a: Coverage, b: Coverage): void {
  // Read back, an article makes its paragraphs when asked (cache/stored-article.ts): compared as
  // the plain objects a copy to another thread gets.
  expect({ ...b.corpus, articles: b.corpus.articles.map(plainArticle) }).toEqual(a.corpus);
  expect(b.passages.map(plainPassage)).toEqual(a.passages);
  expect([...b.articles.keys()]).toEqual([...a.articles.keys()]);
  expect(b.index.size).toBe(a.index.size);
  // The headline field comes back too: its postings, and searches that rank by it.
  expect(b.index.parts().titles).not.toBeNull();
  expect(b.index.parts().titles).toEqual(a.index.parts().titles);
  for (const q of QUERIES) expect(b.index.search(q, 20)).toEqual(a.index.search(q, 20));
}

describe("snapshot", () => {
  it("round-trips the corpus, the index and plain analyses exactly", async () => {
    const built = buildCoverage(await loadCorpus(dir));
    const file = snapshotPath(cacheDir, dir);
    const fp = await fingerprintOf(dir);
    await writeSnapshot(file, built, fp);
    const read = await readSnapshot(file, fp);
    if (!read.ok) throw new Error(read.detail);
    if (!read.coverage) throw new Error(`snapshot left ${read.recomputed.join(", ")} to rebuild`);
    expectSameCoverage(built, read.coverage);
    // Every analysis field comes back equal, stored or recomputed.
    for (const key of Object.keys(built)) {
      if (["corpus", "passages", "articles", "index"].includes(key)) continue;
      const before = (built as unknown as Record<string, unknown>)[key];
      const after = (read.coverage as unknown as Record<string, unknown>)[key];
      if (isPlainData(before)) expect(after).toEqual(before);
    }
  });

  it("stores plain-data fields without re-running analyses, and registered parts through their codec", async () => {
    class Tally {
      constructor(readonly counts: Map<string, number>) {}
      get(k: string): number {
        return this.counts.get(k) ?? 0;
      }
    }
    registerSnapshotPart("tally", {
      encode: (v) => [...(v as Tally).counts],
      decode: (data) => new Tally(new Map(data as Array<[string, number]>)),
    });
    const corpus = await loadCorpus(dir);
    const base = buildCoverage(corpus);
    const coverage = {
      corpus,
      passages: base.passages,
      articles: base.articles,
      index: base.index,
      notes: [{ docId: "x", words: new Set(["a", "b"]), spans: new Uint32Array([1, 2]) }],
      tally: new Tally(new Map([["rubio", 3]])),
    } as unknown as Coverage;
    const file = path.join(cacheDir, "plain.snap");
    await writeSnapshot(file, coverage, "fp");
    const read = await readSnapshot(file, "fp");
    if (!read.ok) throw new Error(read.detail);
    expect(read.recomputed).toEqual([]);
    if (!read.coverage) throw new Error("snapshot left fields to rebuild");
    const c = read.coverage as unknown as { notes: unknown; tally: Tally };
    expect(c.notes).toEqual((coverage as unknown as { notes: unknown }).notes);
    expect(c.tally).toBeInstanceOf(Tally);
    expect(c.tally.get("rubio")).toBe(3);
    expectSameCoverage(coverage, read.coverage);
  });

  it("tells plain data from models with methods or references into the corpus", async () => {
    expect(isPlainData([{ a: 1, b: "x", c: [null, true], d: new Map([["k", new Set([1])]]) }])).toBe(true);
    expect(isPlainData({ f: () => 1 })).toBe(false);
    expect(isPlainData(new Date())).toBe(false);
    const passage = { id: "a:0" };
    expect(isPlainData([{ passage }], new WeakSet([passage]))).toBe(false);
  });

  it("is invalidated when a corpus file or sources.json changes", async () => {
    const fp = await fingerprintOf(dir);
    expect(await fingerprintOf(dir)).toBe(fp);
    const file = snapshotPath(cacheDir, dir);
    await writeSnapshot(file, buildCoverage(await loadCorpus(dir)), fp);
    const [first] = (await readdir(dir)).filter((n) => n.endsWith(".txt") || n.endsWith(".md"));
    const target = path.join(dir, first!);
    const s = await stat(target);
    await utimes(target, s.atime, new Date(s.mtimeMs + 5000));
    const touched = await fingerprintOf(dir);
    expect(touched).not.toBe(fp);
    expect(await readSnapshot(file, touched)).toMatchObject({ ok: false, reason: "stale" });
    await writeFile(path.join(dir, "sources.json"), "{}");
    expect(await fingerprintOf(dir)).not.toBe(touched);
    await writeFile(path.join(dir, "new-article.txt"), "A new article arrived today. It says enough.\n");
    expect(await fingerprintOf(dir)).not.toBe(touched);
  });

  it("detects a corrupt or truncated file, rebuilds it with one warning, then serves from it", async () => {
    const first = capture();
    const built = await loadCoverage(dir, first.log, { cacheDir });
    expect(first.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "files" });
    const file = snapshotPath(cacheDir, dir);
    const bytes = await readFile(file);

    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 10] = flipped[flipped.length - 10]! ^ 0xff;
    await writeFile(file, flipped);
    expect(await readSnapshot(file, await fingerprintOf(dir))).toMatchObject({
      ok: false,
      reason: "corrupt",
    });
    const second = capture();
    expectSameCoverage(built, await loadCoverage(dir, second.log, { cacheDir }));
    const warnings = second.lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.event).toBe("cache.corrupt");
    expect(second.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "files" });

    await truncate(file, 1000);
    expect(await readSnapshot(file, await fingerprintOf(dir))).toMatchObject({
      ok: false,
      reason: "corrupt",
      detail: expect.stringContaining("truncated"),
    });
    const third = capture();
    await loadCoverage(dir, third.log, { cacheDir });
    expect(third.lines.filter((l) => l.level === 40)).toHaveLength(1);

    const fourth = capture();
    expectSameCoverage(built, await loadCoverage(dir, fourth.log, { cacheDir }));
    expect(fourth.lines.filter((l) => l.level >= 40)).toHaveLength(0);
    expect(fourth.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "snapshot" });
  });

  it("a process killed while writing never leaves a snapshot that is used; the next start loads fine", async () => {
    // A valid snapshot of the corpus as it was, then a change the child will snapshot.
    await loadCoverage(dir, pino({ level: "silent" }), { cacheDir });
    const file = snapshotPath(cacheDir, dir);
    const before = await readFile(file);
    await writeFile(path.join(dir, "late-news.txt"), "The harbor reopened on Friday, officials said.\n");

    const child: ChildProcess = spawn(
      process.execPath,
      ["--import", "tsx", "test/helpers/snapshot-child.ts", dir, cacheDir],
      { env: { ...process.env, COVERAGE_SNAPSHOT_PAUSE_MS: "30" }, stdio: "ignore" },
    );
    const exited = new Promise<number | null>((r) =>
      child.on("exit", (code, signal) => r(signal ? 137 : code)),
    );
    // Wait until the child is part-way through its temp file, then kill it (however long its
    // start takes on a busy machine; a child that finishes first fails the test below).
    let killed = false;
    let done = false;
    void exited.then(() => {
      done = true;
    });
    while (!done && !killed) {
      const temps = (await readdir(cacheDir)).filter((n) => n.endsWith(".tmp"));
      for (const t of temps) {
        const size = (await stat(path.join(cacheDir, t)).catch(() => ({ size: 0 }))).size;
        if (size >= 8192) {
          child.kill("SIGKILL");
          killed = true;
        }
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(killed).toBe(true);
    expect(await exited).toBe(137);
    // The old snapshot is untouched (the rename never happened); the half-written temp file remains.
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await readdir(cacheDir)).some((n) => n.endsWith(".tmp"))).toBe(true);

    const next = capture();
    const coverage = await loadCoverage(dir, next.log, { cacheDir });
    expect(coverage.corpus.articles.some((a) => a.docId === "late-news")).toBe(true);
    expect(next.lines.filter((l) => l.level >= 40)).toHaveLength(0);
    // The dead writer's temp file is swept; the new snapshot serves the following start.
    expect((await readdir(cacheDir)).some((n) => n.endsWith(".tmp"))).toBe(false);
    const after = capture();
    expectSameCoverage(coverage, await loadCoverage(dir, after.log, { cacheDir }));
    expect(after.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "snapshot" });
  });
});

describe("analyses answer the same after a snapshot round trip", () => {
  it("/actor, /whosaid, /quotes and /event from a loaded snapshot equal those from the files", async () => {
    const { runCommand } = await import("../../src/answers/registry.ts");
    const { toJson } = await import("../../src/render/json.ts");
    const dir = await mkdtemp(path.join(tmpdir(), "snap-analyses-"));
    try {
      const built = buildCoverage(await loadCorpus("seeds"));
      const file = path.join(dir, "s.bin");
      const fingerprint = await corpusFingerprint("seeds", DEFAULT_INDEX_OPTIONS);
      await writeSnapshot(file, built, fingerprint);
      const read = await readSnapshot(file, fingerprint);
      if (!read.ok) throw new Error(`snapshot not read: ${read.reason}`);
      expect(read.recomputed).toEqual([]);
      const loaded = read.coverage;
      if (!loaded) throw new Error("snapshot left fields to rebuild");
      const asks: Array<[string, Record<string, string>]> = [
        ["actor", { name: "Rubio" }],
        ["actor", { name: "Sheinbum" }],
        ["whosaid", { text: "historic cooperation" }],
        ["quotes", { speaker: "Trump" }],
        ["event", { query: "Caribbean strike" }],
        ["actors", {}],
      ];
      for (const [command, options] of asks) {
        expect(toJson(runCommand(loaded, command, options))).toEqual(
          toJson(runCommand(built, command, options)),
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("reading a snapshot file", () => {
  // readFile refuses files over 2 GB, which a million-passage snapshot is: the file is read a
  // piece at a time into one buffer. Pieces of a few bytes stand in for the gigabyte pieces.
  it("gives every byte of the file, in order, whatever the piece size", async () => {
    const file = path.join(path.dirname(dir), "bytes.bin");
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 256));
    await writeFile(file, bytes);
    for (const piece of [1, 7, 999, 1000, 1 << 20])
      expect((await readWhole(file, piece)).equals(bytes)).toBe(true);
  });

  it("hands over each piece once, in order, so the checksum is taken while the file is read", async () => {
    const file = path.join(path.dirname(dir), "pieces.bin");
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 13) % 256));
    await writeFile(file, bytes);
    for (const piece of [1, 64, 333, 1 << 20]) {
      const seen: Buffer[] = [];
      let next = 0;
      await readWhole(file, piece, (b, at) => {
        expect(at).toBe(next);
        next += b.length;
        seen.push(Buffer.from(b));
      });
      expect(Buffer.concat(seen).equals(bytes)).toBe(true);
    }
  });
});
