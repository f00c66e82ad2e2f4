// The coverage builder's worker thread: what a store gets from it matches a build on this thread,
// and its reports stay incremental when it keeps only the files' stamps (the articles living in
// the snapshot), even when that snapshot disappears.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { snapshotPath } from "../../src/cache/snapshot.ts";
import { plainArticle, plainPassage } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { runBuild, startBuilder } from "../../src/lifecycle/builder.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { floodArticle as article, tempCorpus } from "../helpers/corpus.ts";
import { capture } from "../helpers/log.ts";

let cleanup = () => {};
afterEach(() => cleanup());

it("serves the same coverage a build on this thread gives: passages, quotes, actors, events", async () => {
  const t = tempCorpus({ "a.txt": article("Arden"), "b.txt": article("Brook") });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  const here = buildCoverage(store.current.corpus);
  const { passages, quotes, events } = store.current;
  expect({ passages, quotes, events }).toEqual({
    passages: here.passages,
    quotes: here.quotes,
    events: here.events,
  });
  expect(store.current.actors.actors).toEqual(here.actors.actors);
  expect(store.current.quotes.length).toBeGreaterThan(0);
  expect(store.current.actors.actors.length).toBeGreaterThan(0);
});

it("reports only what changed, even after the snapshot holding the previous articles is gone", async () => {
  const t = tempCorpus({ "a.txt": article("Arden"), "b.txt": article("Brook") });
  cleanup = t.cleanup;
  const cacheDir = path.join(t.dir, ".cache");
  const store = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
  await store.reload();
  await store.idle();
  writeFileSync(path.join(t.dir, "c.txt"), article("Cove"));
  expect(await store.reload()).toMatchObject({ added: ["c.txt"], removed: [], updated: [] });
  await store.idle();
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(path.join(t.dir, "a.txt"));
  expect(await store.reload()).toMatchObject({ added: [], removed: ["a.txt"], updated: [] });
  expect(store.current.corpus.articles.map((a) => a.file)).toEqual(["b.txt", "c.txt"]);
  // The worker still writes the new snapshot; the folder is removed only after it has.
  await store.idle();
});

it("a reload decodes only the articles that changed: the others are the ones already served, and its answers are a fresh load's", async () => {
  const t = tempCorpus({ "a.txt": article("Arden"), "b.txt": article("Brook"), "c.txt": article("Cove") });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  const before = store.current;
  writeFileSync(path.join(t.dir, "b.txt"), article("Brookfield"));
  writeFileSync(path.join(t.dir, "d.txt"), article("Dale"));
  await store.reload();
  const after = store.current;
  expect(after).not.toBe(before);
  const same = (id: string) => after.articles.get(id) === before.articles.get(id);
  expect([same("a"), same("b"), same("c")]).toEqual([true, false, true]);
  expect(after.articles.get("b")!.text).toContain("Brookfield");
  expect(after.articles.get("d")!.passages.length).toBeGreaterThan(0);
  // The passage list reads the reused articles' passages, in corpus order.
  expect(after.passages.map((p) => p.docId)).toEqual(
    after.corpus.articles.flatMap((a) => a.passages.map(() => a.docId)),
  );
  const fresh = new CoverageStore(t.dir, silentLogger);
  await fresh.reload();
  expect(after.corpus.articles.map(plainArticle)).toEqual(fresh.current.corpus.articles.map(plainArticle));
  expect(after.passages.map(plainPassage)).toEqual(fresh.current.passages.map(plainPassage));
  expect({ quotes: after.quotes, events: after.events }).toEqual({
    quotes: fresh.current.quotes,
    events: fresh.current.events,
  });
  await store.idle();
});

it("starts from a snapshot decoded while its checksum is taken, and never serves one that fails it: the files are read instead, with one warning", async () => {
  const t = tempCorpus({ "a.txt": article("Arden"), "b.txt": article("Brook") });
  cleanup = t.cleanup;
  const cacheDir = path.join(t.dir, ".cache");
  const first = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
  await first.reload();
  await first.idle();
  // One letter of an article's text changed: header, length and directory still fit, only the
  // checksum tells, and only after the main thread has started decoding.
  const file = snapshotPath(cacheDir, t.dir);
  const bytes = readFileSync(file);
  const at = bytes.lastIndexOf("rebuild Arden");
  expect(at).toBeGreaterThan(0);
  bytes.write("rebuild Arxen", at);
  writeFileSync(file, bytes);

  const second = capture();
  const store = new CoverageStore(t.dir, second.log, undefined, { cacheDir });
  await store.reload();
  expect(JSON.stringify(store.current.passages)).not.toContain("Arxen");
  expect(store.current.passages.map(plainPassage)).toEqual(first.current.passages.map(plainPassage));
  expect(second.lines.filter((l) => l.level === 40).map((l) => l.event)).toEqual(["cache.corrupt"]);
  expect(second.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "files" });
  await store.idle();

  // The snapshot written again is used, whole.
  const third = capture();
  const again = new CoverageStore(t.dir, third.log, undefined, { cacheDir });
  await again.reload();
  expect(third.lines.find((l) => l.event === "corpus.loaded")).toMatchObject({ from: "snapshot" });
  expect(third.lines.filter((l) => l.level >= 40)).toHaveLength(0);
  expect(again.current.passages.map(plainPassage)).toEqual(first.current.passages.map(plainPassage));
  expect(again.current.quotes).toEqual(first.current.quotes);
  await again.idle();
});

it("hands a first load's snapshot over before verifying it, once, and then confirms it instead of sending it again", async () => {
  const t = tempCorpus({ "a.txt": article("Arden") });
  cleanup = t.cleanup;
  const cacheDir = path.join(t.dir, ".cache");
  const writer = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
  await writer.reload();
  await writer.idle();
  const handed: Buffer[] = [];
  const built = await runBuild({ store: 9_001, dir: t.dir, cacheDir }, silentLogger, (p) => handed.push(p));
  expect(handed).toHaveLength(1);
  expect(handed[0]!.buffer).toBeInstanceOf(SharedArrayBuffer);
  expect(built).toMatchObject({ confirmed: true, payload: null });
  expect(handed[0]!.toString("latin1")).toContain("rebuild Arden");
  await built.done;
});

it("reads a snapshot ahead when started with its corpus; a first job for another corpus reads its own", async () => {
  const t = tempCorpus({ "a.txt": article("Arden") });
  const u = tempCorpus({ "b.txt": article("Brook") });
  cleanup = () => {
    t.cleanup();
    u.cleanup();
  };
  const cacheDir = path.join(t.dir, ".cache");
  for (const dir of [t.dir, u.dir]) {
    const writer = new CoverageStore(dir, silentLogger, undefined, { cacheDir });
    await writer.reload();
    await writer.idle();
  }
  startBuilder({ dir: u.dir, cacheDir });
  const handed: Buffer[] = [];
  const other = await runBuild({ store: 9_002, dir: t.dir, cacheDir }, silentLogger, (p) => handed.push(p));
  expect(other).toMatchObject({ confirmed: true, payload: null });
  expect(handed[0]!.toString("latin1")).toContain("rebuild Arden");
  startBuilder({ dir: u.dir, cacheDir });
  const own = await runBuild({ store: 9_003, dir: u.dir, cacheDir }, silentLogger, (p) => handed.push(p));
  expect(own).toMatchObject({ confirmed: true, payload: null });
  expect(handed[1]!.toString("latin1")).toContain("rebuild Brook");
  await Promise.all([other.done, own.done]);
});
