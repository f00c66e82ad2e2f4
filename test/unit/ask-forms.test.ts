import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { loadCorpus } from "../../src/corpus/load.ts";
import { buildCoverage, type Coverage } from "../../src/coverage.ts";
import { renderDiscord } from "../../src/render/discord.ts";
import { tempCorpus } from "../helpers/corpus.ts";

// A corpus written for this test: headlines on the first line, wording unlike the questions'.
const files = {
  "sources.json": JSON.stringify({
    "a.txt": { outlet: "Valley Herald", url: "https://example.org/a", published: "2031-03-02" },
    "b.txt": { outlet: "Coast Daily", url: "https://example.org/b", published: "2031-03-04" },
    "c.txt": { outlet: "Coast Daily", url: "https://example.org/c", published: "2031-03-05" },
  }),
  "a.txt":
    "Brelland quietly dodges downturn\n\nOutput in the northern province rose for a second quarter, figures showed.\n\nExporters of timber led the gains, the statistics office said.\n",
  "b.txt":
    "Police arrested three smugglers near the Mexico border crossing at Santa Lira on Sunday.\n\nThe U.S. embassy said two of the men were wanted in Texas.\n",
  "c.txt":
    "The harbour master resigned on Monday after a crane collapsed at the container terminal.\n\nHis deputy will run the port until a successor is named.\n",
};

let coverage: Coverage;
let cleanup = () => {};
beforeAll(async () => {
  const t = tempCorpus(files);
  cleanup = t.cleanup;
  coverage = buildCoverage(await loadCorpus(t.dir));
});
afterAll(() => cleanup());

const results = (q: string) => (ask(coverage, q) as AskAnswer).results;

describe("/ask in the words people use", () => {
  it("finds a story by its headline, and cites the headline with its link", () => {
    const [r] = results("Brelland dodges downturn");
    expect(r!.docId).toBe("a");
    expect(r!.headline).toMatchObject({
      text: "Brelland quietly dodges downturn",
      url: "https://example.org/a",
    });
    const marked = r!.headline!.highlights.map(([s, e]) => r!.headline!.text.slice(s, e));
    expect(marked).toEqual(["Brelland", "dodges", "downturn"]);
    const shown = renderDiscord(ask(coverage, "Brelland dodges downturn")).embeds[0]!.description!;
    expect(shown).toContain("[Brelland quietly dodges downturn](https://example.org/a)");
  });

  it("finds a story asked about with a demonym, a synonym and another name of the country", () => {
    expect(results("Who did Mexican police detain?")[0]?.docId).toBe("b");
    expect(results("What did the US embassy say about the smugglers?")[0]?.text).toContain("U.S. embassy");
    expect(results("Why did the harbour master quit?")[0]?.text).toContain("resigned");
  });

  it("ranks the words asked above their other forms", () => {
    const [r] = results("arrested smugglers");
    expect(r!.highlights.map(([s, e]) => r!.text.slice(s, e))).toEqual(["arrested", "smugglers"]);
  });

  it("still has nothing for a question the coverage does not hold", () => {
    expect(results("volcano eruption in Iceland")).toEqual([]);
    expect(results("Brelland moon landing astronauts")).toEqual([]);
  });
});
