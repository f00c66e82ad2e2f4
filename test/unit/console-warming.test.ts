// The console has one user: a command asked while the answer indexes are still warming after
// start-up waits for them and answers, instead of saying "warming up" (piped input arrives at once).

import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { generateCorpus, toFileText } from "../../bench/synthetic.ts";
import { type Served, withAnswerIndexes } from "../../src/answers/indexes.ts";
import { startConsole } from "../../src/cli/console.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { buildCoverage } from "../../src/coverage.ts";
import type { CoverageStore } from "../../src/lifecycle/store.ts";
import { silentLogger } from "../../src/log.ts";
import type { Article } from "../../src/types.ts";

function served(): Served {
  const articles: Article[] = [];
  for (const g of generateCorpus({ passages: 60, seed: 3 })) {
    const r = buildArticle(`${g.docId}.md`, toFileText(g));
    if (r.ok) articles.push(r.article);
  }
  return withAnswerIndexes(buildCoverage({ dir: "mem", articles, warnings: [] }));
}

/** The console on `coverage`, with `lines` typed at once: what it has printed so far, and its end. */
function typed(coverage: ReturnType<typeof served>, lines: string) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = "";
  output.on("data", (d) => {
    text += String(d);
  });
  const store = { current: coverage } as unknown as CoverageStore;
  const done = startConsole(store, silentLogger, { input, output, color: false, imageDir: ".cache" });
  input.write(lines);
  return { text: () => text, done };
}

describe("the console during warm-up", () => {
  it("answers a command asked before its indexes are ready once they are, not with 'warming up'", async () => {
    const coverage = served();
    coverage.indexes.warming = { share: 0.1, ready: new Set() };
    const run = typed(coverage, "/actors\n/quit\n");
    // The warm-up finishes while the line waits.
    await new Promise((r) => setTimeout(r, 100));
    expect(run.text()).not.toMatch(/warming up/);
    coverage.indexes.warming = null;
    await run.done;
    expect(run.text()).not.toMatch(/warming up/);
    expect(run.text()).toMatch(/actors/i);
    expect(run.text()).toMatch(/\b1\. /);
  });

  it("answers /ask once the warm-up is over, so the answer has what the warm-up decodes", async () => {
    const coverage = served();
    coverage.indexes.warming = { share: 0.5, ready: new Set(["actor", "quotes", "whosaid"]) };
    const run = typed(coverage, "/ask what did anyone report\n/quit\n");
    await new Promise((r) => setTimeout(r, 100));
    expect(run.text()).not.toMatch(/Coverage on|nothing on/);
    coverage.indexes.warming = null;
    await run.done;
    expect(run.text()).toMatch(/Coverage on|nothing on/);
  });
});
