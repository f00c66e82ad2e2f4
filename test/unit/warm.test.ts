// The answer indexes are built after start-up in slices, one per turn of the event loop: other
// work (an interaction arriving) runs between slices, and the warmed answers are the ones a cold
// coverage gives.

import { describe, expect, it } from "vitest";
import { generateCorpus, toFileText } from "../../bench/synthetic.ts";
import { type Served, withAnswerIndexes } from "../../src/answers/indexes.ts";
import { runCommand } from "../../src/answers/registry.ts";
import { warmAnswers } from "../../src/answers/warm.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import type { Article } from "../../src/types.ts";

function synthetic(): Served {
  const articles: Article[] = [];
  for (const g of generateCorpus({ passages: 6000, seed: 7 })) {
    const r = buildArticle(`${g.docId}.md`, toFileText(g));
    if (r.ok) articles.push(r.article);
  }
  return withAnswerIndexes(buildCoverage({ dir: "mem", articles, warnings: [] }));
}

describe("warming the answer indexes", () => {
  it("lets other work run between slices and answers as a cold coverage does", async () => {
    const [warm, midway, cold] = [synthetic(), synthetic(), synthetic()];
    let turns = 0;
    let warmed = false;
    const tick = () => {
      turns++;
      if (!warmed) setImmediate(tick);
    };
    setImmediate(tick);
    // A slice of 0 ms does one piece of work per turn: many turns for the other work.
    expect(await warmAnswers(warm, 0)).toBeGreaterThanOrEqual(0);
    warmed = true;
    // Four steps unsliced would take about five turns; the slices take twice as many here.
    expect(turns).toBeGreaterThanOrEqual(9);

    // An interaction in the middle of a warm-up finishes what it needs and answers as usual.
    const speaker = cold.quotes.find((q) => q.speakerId)!.speakerId!;
    const name = cold.actors.byId.get(speaker)!.name;
    const pending = warmAnswers(midway, 0);
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
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
