// The build's second thread started while the corpus is read (lifecycle/early-lane.ts): started
// only once the articles read hold enough passages and when the machine has two cores; the
// coverage built with it is the one-thread build's; one a build does not need is closed.
import { expect, it, vi } from "vitest";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { EarlyLane } from "../../src/lifecycle/early-lane.ts";
import { Lane } from "../../src/lifecycle/lane.ts";
import { buildCoverageInParallel } from "../../src/lifecycle/parallel-build.ts";
import type { Article } from "../../src/types.ts";
import { corpusOf, tempCorpus } from "../helpers/corpus.ts";

const CLUBS = ["Riverside Rovers", "Hillcrest United", "Lakeshore Athletic"];

const report = (club: string, round: number) =>
  `---\noutlet: Sports Desk ${round}\ntitle: ${club} sack coach\npublished: 2032-03-${String(round + 10).padStart(2, "0")}\n---\n` +
  `${club} dismissed head coach Marta Quill on Friday, March 12, chairman Leon Okafor said on Saturday.\n\n` +
  `"Results have not been good enough," Okafor said. Quill had led ${club} for two seasons.\n\n` +
  `Supporters gathered outside the stadium on Sunday, March 14, and club captain Ivo Brandt told ` +
  `reporters the players were shocked.\n`;

const files = () => {
  const out: Record<string, string> = {};
  CLUBS.forEach((club, c) => {
    for (let round = 0; round < 3; round++) out[`${c}-${round}.txt`] = report(club, round);
  });
  return out;
};

const analyses = (c: Coverage) =>
  JSON.stringify({
    actors: c.actors.actors,
    mentions: c.corpus.articles.map((a) => c.actors.mentionsIn(a.docId)),
    quotes: c.quotes,
    events: c.events,
  });

const articles = (passages: number[]) =>
  passages.map((n) => ({ passages: new Array(n) }) as unknown as Article);

it("starts a second thread once the articles read hold enough passages, on two cores only", () => {
  const early = new EarlyLane(10, 2);
  for (const a of articles([4, 5])) early.saw(a);
  expect(early.take()).toBeUndefined();
  const later = new EarlyLane(10, 2);
  for (const a of articles([4, 5, 1, 7])) later.saw(a);
  const lane = later.take();
  expect(lane).toBeInstanceOf(Lane);
  expect(later.take()).toBeUndefined();
  lane!.close();
  const oneCore = new EarlyLane(1, 1);
  oneCore.saw(articles([50])[0]!);
  expect(oneCore.take()).toBeUndefined();
});

it("builds with a lane started while the files were read what one thread builds", async () => {
  const { dir, cleanup } = tempCorpus(files());
  try {
    const early = new EarlyLane(1, 2);
    const corpus = await loadCorpus(dir, { onArticle: early.saw });
    const lane = early.take();
    expect(lane).toBeDefined();
    const two = await buildCoverageInParallel(corpus, { threads: 2, minPassages: 0, batchArticles: 1, lane });
    const one = buildCoverage(await loadCorpus(dir));
    expect(analyses(two)).toBe(analyses(one));
    expect(one.quotes.length).toBeGreaterThanOrEqual(9);
  } finally {
    cleanup();
  }
});

it("closes a lane started early when the corpus is built on one thread", async () => {
  const lane = new Lane();
  const c = await buildCoverageInParallel(corpusOf(files()), { threads: 2, minPassages: 1e9, lane });
  expect(c.quotes.length).toBeGreaterThan(0);
  await vi.waitFor(() => expect(lane.dead).not.toBeNull());
});
