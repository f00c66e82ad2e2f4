// The answer indexes are built after start-up in slices, one per turn of the event loop: other
// work (an interaction arriving) runs between slices, and the warmed answers are the ones a cold
// coverage gives. Slices and turns are counted, never timed: a slice of 0 ms does one piece of
// work, so the number of slices depends on the corpus alone.

import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, toFileText } from "../../bench/synthetic.ts";
import { type Served, withAnswerIndexes } from "../../src/answers/indexes.ts";
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
    await warmAnswers(warm, 0);
    warmed = true;
    expect(turns).toBeGreaterThanOrEqual(slices);
  });

  it("answers an interaction in the middle of a warm-up, and afterwards, as a cold coverage does", async () => {
    const speaker = cold.quotes.find((q) => q.speakerId)!.speakerId!;
    const name = cold.actors.byId.get(speaker)!.name;
    const pending = warmAnswers(midway, 0);
    for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
    expect(runCommand(midway, "quotes", { speaker: name })).toEqual(
      runCommand(cold, "quotes", { speaker: name }),
    );
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
});
