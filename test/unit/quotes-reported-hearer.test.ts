// Reported speech after "told the <noun>": the hearer is a common noun phrase, not the start of
// what was said ("told the audience he …" must not give the content "audience he …").
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { harbourArticle, MAYOR_INTRO } from "../helpers/harbour.ts";

const reported = (body: string) =>
  extractQuotes(harbourArticle(`${MAYOR_INTRO}\n\n${body}`), null)
    .filter((q) => q.kind === "reported")
    .map((q) => ({ text: q.text, speaker: q.speakerName }));

describe("reported speech: a common-noun hearer of 'told'", () => {
  it("starts the content after 'the audience', 'the annual conference', 'the committee'", () => {
    expect(reported("Calloway told the audience she would run again.")).toEqual([
      { text: "she would run again", speaker: "Ines Calloway" },
    ]);
    expect(reported("Calloway told the annual conference that the ferry pays its own way.")).toEqual([
      { text: "the ferry pays its own way", speaker: "Ines Calloway" },
    ]);
    expect(reported("Calloway told the harbour committee Tobias Wrenfield had resigned.")).toEqual([
      { text: "Tobias Wrenfield had resigned", speaker: "Ines Calloway" },
    ]);
  });

  it("leaves a told phrase with no clause after it alone", () => {
    expect(reported("Calloway told the truth about the harbour fees, her aides said.")).not.toContainEqual(
      expect.objectContaining({ text: expect.stringMatching(/^truth/) }),
    );
  });
});
