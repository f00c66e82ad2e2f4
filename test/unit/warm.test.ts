// The answer indexes are built after start-up in slices, one per turn of the event loop: other
// work (an interaction arriving) runs between slices, and the warmed answers are the ones a cold
// coverage gives. Slices and turns are counted, never timed: a slice of 0 ms does one piece of
// work, so the number of slices depends on the corpus alone.

import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, toFileText } from "../../bench/synthetic.ts";
import { actorModelSnapshot, actorsDecoded, warmActors } from "../../src/analysis/actors/index.ts";
import { HEAVY_PROFILES } from "../../src/answers/actor.ts";
import { type Served, withAnswerIndexes } from "../../src/answers/indexes.ts";
import { SPEAKER_NAMES } from "../../src/answers/quotes.ts";
import { runCommand } from "../../src/answers/registry.ts";
import { warmAnswers, warmSteps } from "../../src/answers/warm.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import type { Article } from "../../src/types.ts";

// Large enough that the quotation graph and the actor sentences take several slices each.
const PASSAGES = 500;

function synthetic(): Served {
  const articles: Article[] = [];
  for (const g of generateCorpus({ passages: PASSAGES, seed: 7 })) {
    const r = buildArticle(`${g.docId}.md`, toFileText(g));
    if (r.ok) articles.push(r.article);
  }
  return withAnswerIndexes(buildCoverage({ dir: "mem", articles, warnings: [] }));
}

/** Runs every warm-up step to its end by hand; the number of calls (slices) it took. */
function slicesOf(coverage: Served): number {
  let slices = 0;
  for (const step of warmSteps(coverage, 0)) {
    do slices++;
    while (!step());
  }
  return slices;
}

describe("warming the answer indexes", () => {
  let counted: Served;
  let warm: Served;
  let midway: Served;
  let cold: Served;
  beforeAll(() => {
    [counted, warm, midway, cold] = [synthetic(), synthetic(), synthetic(), synthetic()];
  });

  it("works in slices and gives other work a turn of the event loop between every two", async () => {
    const slices = slicesOf(counted);
    expect(slices).toBeGreaterThan(warmSteps(counted).length);
    let turns = 0;
    let warmed = false;
    const tick = () => {
      turns++;
      if (!warmed) setImmediate(tick);
    };
    setImmediate(tick);
    await warmAnswers(warm, { sliceMs: 0 });
    warmed = true;
    expect(turns).toBeGreaterThanOrEqual(slices);
  });

  it("answers an interaction in the middle of a warm-up (the cold answer, or a clear warming-up message), and afterwards as a cold coverage does", async () => {
    const speaker = cold.quotes.find((q) => q.speakerId)!.speakerId!;
    const name = cold.actors.byId.get(speaker)!.name;
    const pending = warmAnswers(midway, { sliceMs: 0 });
    let warmingMessages = 0;
    let coldAnswers = 0;
    let turns = 0;
    while (midway.indexes.warming !== null && turns++ < 10_000) {
      const got = runCommand(midway, "quotes", { speaker: name });
      if ("warming" in got) {
        warmingMessages++;
        expect(got.error).toMatch(/warming up/);
        // Nothing was built for the answer: the warm-up alone builds the indexes.
        expect(midway.indexes.has(SPEAKER_NAMES)).toBe(false);
      } else {
        coldAnswers++;
        expect(got).toEqual(runCommand(cold, "quotes", { speaker: name }));
      }
      // /ask answers from the search index throughout.
      expect(runCommand(midway, "ask", { question: "officials said" })).not.toHaveProperty("error");
      await new Promise((r) => setImmediate(r));
    }
    expect(warmingMessages).toBeGreaterThan(0);
    expect(coldAnswers).toBeGreaterThan(0);
    await pending;
    for (const [command, options] of [
      ["actor", { name }],
      ["whosaid", { text: cold.quotes[3]!.text }],
      ["quotes", { speaker: name, page: 2 }],
    ] as const) {
      expect(runCommand(warm, command, options), command).toEqual(runCommand(cold, command, options));
      expect(runCommand(midway, command, options), command).toEqual(runCommand(cold, command, options));
    }
  });

  it("builds the most mentioned actors' profiles ahead, the profiles /actor builds on demand", async () => {
    await warmAnswers(warm, { sliceMs: 0 });
    expect(warm.indexes.has(HEAVY_PROFILES)).toBe(true);
    const top = [...cold.actors.actors].sort((x, y) => y.mentions - x.mentions).slice(0, 5);
    expect(warm.indexes.get(HEAVY_PROFILES).profiles.size).toBeGreaterThanOrEqual(5);
    for (const a of top) {
      expect(warm.indexes.get(HEAVY_PROFILES).profiles.has(a.id), a.name).toBe(true);
      expect(runCommand(warm, "actor", { name: a.name }), a.name).toEqual(
        runCommand(cold, "actor", { name: a.name }),
      );
    }
  });

  it("decodes a snapshot's actor model a chunk per slice, to the same model", () => {
    const decoded = actorModelSnapshot.decode(actorModelSnapshot.encode(cold.actors));
    expect(actorsDecoded(decoded)).toBe(false);
    let slices = 1;
    while (!warmActors(decoded, 0)) slices++;
    expect(slices).toBeGreaterThan(2);
    expect(actorsDecoded(decoded)).toBe(true);
    expect(decoded.actors).toEqual(cold.actors.actors);
    let gendered = 0;
    for (const docId of cold.articles.keys()) {
      expect(decoded.mentionsIn(docId), docId).toEqual(cold.actors.mentionsIn(docId));
      for (const m of cold.actors.mentionsIn(docId)) {
        const g = cold.actors.genderOf?.(docId, m.actorId);
        if (g !== "any") gendered++;
        expect(decoded.genderOf?.(docId, m.actorId), `${docId} ${m.actorId}`).toBe(g);
      }
      expect(decoded.genderOf?.(docId, "person:nobody-here")).toBe("any");
    }
    expect(gendered).toBeGreaterThan(0);
    // Decoded again from the decoded model (a snapshot written after a reload): the same genders.
    const again = actorModelSnapshot.decode(actorModelSnapshot.encode(decoded));
    while (!warmActors(again, 0));
    for (const docId of cold.articles.keys())
      for (const m of cold.actors.mentionsIn(docId))
        expect(again.genderOf?.(docId, m.actorId)).toBe(cold.actors.genderOf?.(docId, m.actorId));
    const a = cold.actors.actors[0]!;
    expect(decoded.resolve(a.name)?.id).toBe(cold.actors.resolve(a.name)?.id);
  });
});
