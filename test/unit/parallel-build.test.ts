// The two-thread build (lifecycle/parallel-build.ts) gives exactly the coverage the one-thread
// build gives: the same actors, mentions and genders, quotes and events, in the same order, on a corpus of
// several outlets sharing speakers and dated events; and each analysis reports its progress.
import { expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { ALL_STEPS } from "../../src/analysis/steps.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { Lane } from "../../src/lifecycle/lane.ts";
import { actorsInTwoThreads } from "../../src/lifecycle/parallel-actors.ts";
import { buildCoverageInParallel } from "../../src/lifecycle/parallel-build.ts";
import { resolveRefs, type Shared, withRefs } from "../../src/lifecycle/thread-refs.ts";
import { readText } from "../../src/text/tokens.ts";
import type { ActorModel, Article } from "../../src/types.ts";
import { corpusOf } from "../helpers/corpus.ts";

const OUTLETS = ["Valley Post", "Harbour Times", "Northern Ledger"];
const TOWNS = ["Arden", "Brook", "Calder", "Dunmore"];

const article = (outlet: string, town: string, day: number) =>
  `---\noutlet: ${outlet}\ntitle: Floods reach ${town}\npublished: 2031-05-${String(day + 4).padStart(2, "0")}\n---\n` +
  `Flood waters reached ${town} on Sunday, May 3, Mayor Ada Stone said on Monday.\n\n` +
  `"We will rebuild ${town} street by street," Stone said. She met Harbour Trust chairman Wren Atallah ` +
  `in ${town} on Tuesday, May 5.\n\n` +
  `Atallah told reporters: "The trust will pay for new flood walls." The Calder Water Authority ` +
  `said 1,200 homes were flooded.\n\n` +
  `Workers at the ${town} depot went on strike on Wednesday, May 6, over pay, union leader Tom Reyes said.\n`;

function corpus() {
  const files: Record<string, string> = {};
  OUTLETS.forEach((outlet, o) => {
    TOWNS.forEach((town, t) => {
      files[`${o}-${t}.txt`] = article(outlet, town, o);
    });
  });
  return corpusOf(files);
}

/** What the actor model says: its actors, each article's mentions and each mention's gender there
 *  ("She" after "Mayor Ada Stone"). */
const modelView = (actors: ActorModel, articles: readonly Article[]) => ({
  actors: actors.actors,
  mentions: articles.map((a) => actors.mentionsIn(a.docId)),
  genders: articles.map((a) => actors.mentionsIn(a.docId).map((m) => actors.genderOf?.(a.docId, m.actorId))),
});

const analyses = (c: Coverage) => ({
  ...modelView(c.actors, c.corpus.articles),
  quotes: c.quotes,
  events: c.events,
  passages: c.passages.length,
});

it("builds on two threads exactly what one thread builds, in the same order", async () => {
  const one = analyses(buildCoverage(corpus()));
  // One article a batch: the second thread and this one each take some of the articles.
  const two = analyses(
    await buildCoverageInParallel(corpus(), { threads: 2, minPassages: 0, batchArticles: 1 }),
  );
  expect(JSON.stringify(two)).toBe(JSON.stringify(one));
  // The corpus exercises what the merges do across articles.
  expect(one.quotes.length).toBeGreaterThanOrEqual(12);
  expect(one.events.some((e) => new Set(e.sources.map((s) => s.outlet)).size >= 2)).toBe(true);
  expect(one.actors.some((a) => a.name === "Ada Stone")).toBe(true);
  expect(one.genders.flat()).toContain("female");
});

it("builds the same actor model when the second thread dies at any stage of it", async () => {
  const c = corpus();
  const one = JSON.stringify(modelView(buildActorModel(c.articles), c.articles));
  const n = c.articles.length;
  // the lane is stopped once the actors' progress passes a share of the three per-article stages
  for (const share of [0.2, 0.5, 0.8]) {
    const lane = new Lane();
    const model = await actorsInTwoThreads(lane, {
      articles: c.articles,
      switches: ALL_STEPS,
      layerOf: readText,
      size: 1,
      progress: (done) => {
        if (done >= share * n) lane.close();
      },
    });
    lane.close();
    expect(JSON.stringify(modelView(model, c.articles))).toBe(one);
  }
});

it("reports each analysis's progress from 0 to every article", async () => {
  const seen = new Map<string, number[]>();
  const c = corpus();
  await buildCoverageInParallel(c, {
    threads: 2,
    minPassages: 0,
    batchArticles: 2,
    onAnalysis: (analysis, done) => seen.set(analysis, [...(seen.get(analysis) ?? []), done]),
  });
  const n = c.articles.length;
  for (const analysis of ["actors", "quotes", "events"]) {
    const steps = seen.get(analysis) ?? [];
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(n);
    expect(steps.every((d, i) => i === 0 || d >= steps[i - 1]!)).toBe(true);
  }
});

it("sends shared objects as references and keeps identity inside a result", () => {
  const article = { docId: "x" };
  const mine = { docId: "x" };
  const sender: Shared = { nameOf: (v) => (v === article ? "a:x" : undefined), byName: () => article };
  const receiver: Shared = { nameOf: () => undefined, byName: () => mine };
  const mention = { article, at: 3 };
  const sent = structuredClone(withRefs([{ mentions: [mention], dateFrom: mention }], sender));
  const [cluster] = resolveRefs(sent, receiver) as [{ mentions: { article: unknown }[]; dateFrom: unknown }];
  expect(cluster.mentions[0]!.article).toBe(mine);
  expect(cluster.dateFrom).toBe(cluster.mentions[0]);
  expect(() => withRefs({ rule: { reject: () => true } }, sender)).toThrow(/function/);
});
