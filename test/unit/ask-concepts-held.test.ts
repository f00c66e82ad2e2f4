// /ask with a name and a topic: passages holding both (in their words or their headline) come
// before passages of a story headlined with the topic that never name the person.
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

const filler = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i} about the ${topic} goes on with other words here.`,
  ).join("\n\n");

const FILES: Record<string, string> = {
  // A story headlined with the topic: every passage gains the headline's score.
  "a.txt": `Glacier tolls rise again\n\nGlacier tolls will rise by a tenth, the park board said.\n\nThe glacier road closes at dusk.`,
  // The person and the topic in one passage of a story headlined with neither.
  "b.txt": `Budget week in Varnholm\n\nMinister Oda Reest said the glacier tolls paid for the new bridge.\n\nThe budget passed late.`,
  "c.txt": `Reest visits the north\n\nOda Reest toured the harbour on Monday.\n\n${filler("harbour", 3)}`,
  "d.txt": `Ferry news\n\n${filler("ferry", 6)}`,
};

describe("/ask: a name and a topic", () => {
  it("puts the passage holding both first, above the topic's headlined story", () => {
    const coverage = buildCoverage(corpusOf(FILES));
    const a = ask(coverage, "Reest glacier") as AskAnswer;
    expect(a.results[0]!.text).toContain("Oda Reest said the glacier tolls");
  });

  it("keeps score order for a longer question", () => {
    const coverage = buildCoverage(corpusOf(FILES));
    const a = ask(coverage, "glacier tolls rise park board") as AskAnswer;
    expect(a.results[0]!.text).toContain("park board");
  });
});
