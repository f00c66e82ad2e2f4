// The coverage builder's worker thread: what a store gets from it matches a build on this thread,
// and its reports stay incremental when it keeps only the files' stamps (the articles living in
// the snapshot), even when that snapshot disappears.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { buildCoverage } from "../../src/coverage.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

const article = (town: string) =>
  `---\noutlet: Valley Post\ntitle: Floods in ${town}\npublished: 2031-05-04\n---\n` +
  `Flood waters reached ${town} on Sunday, Mayor Ada Stone said. "We will rebuild ${town}," Stone said.\n`;

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
