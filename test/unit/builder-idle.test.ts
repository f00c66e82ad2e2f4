// The coverage builder's thread is stopped while idle when it holds nothing but the files'
// stamps, and a reload after it still knows what changed. Its own file: the builder is one per
// process, and a store without a cache folder elsewhere would keep it (rightly) running.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { stopIdleBuilder } from "../../src/lifecycle/builder.ts";
import { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import { floodArticle as article, tempCorpus } from "../helpers/corpus.ts";

let cleanup = () => {};
afterEach(() => cleanup());

it("stops its idle thread when every store's state is lean, and the next reload still reports only what changed", async () => {
  const t = tempCorpus({ "a.txt": article("Arden"), "b.txt": article("Brook") });
  cleanup = t.cleanup;
  const cacheDir = path.join(t.dir, ".cache");
  const store = new CoverageStore(t.dir, silentLogger, undefined, { cacheDir });
  await store.reload();
  await store.idle();
  expect(stopIdleBuilder()).toBe(true);
  expect(stopIdleBuilder()).toBe(false); // nothing running any more
  writeFileSync(path.join(t.dir, "c.txt"), article("Cove"));
  // A new thread, given the stamps back: not a first load that lists every file as added.
  expect(await store.reload()).toMatchObject({ added: ["c.txt"], removed: [], updated: [] });
  expect(store.current.corpus.articles.map((a) => a.file)).toEqual(["a.txt", "b.txt", "c.txt"]);
  await store.idle();
});

it("keeps its idle thread while a store's whole corpus lives there (no cache folder to read it back from)", async () => {
  const t = tempCorpus({ "a.txt": article("Arden") });
  cleanup = t.cleanup;
  const store = new CoverageStore(t.dir, silentLogger);
  await store.reload();
  await store.idle();
  expect(stopIdleBuilder()).toBe(false);
  writeFileSync(path.join(t.dir, "b.txt"), article("Brook"));
  expect(await store.reload()).toMatchObject({ added: ["b.txt"], removed: [], updated: [] });
});
