// "When did X file for bankruptcy?" is not answered by the day of another event the sentence
// dates attributively ("to stave off the 19 March auction"): that day belongs to its noun.
import { describe, expect, it } from "vitest";
import { ask } from "../../src/answers/ask.ts";
import { valuesIn } from "../../src/answers/direct-values.ts";
import type { AskAnswer } from "../../src/answers/types.ts";
import { buildCoverage } from "../../src/coverage.ts";
import { corpusOf } from "../helpers/corpus.ts";

const noActors = { mentionsIn: () => [], byId: new Map() } as unknown as Parameters<typeof valuesIn>[3];
const nouns = (text: string) =>
  valuesIn("when", { docId: "x", text, start: 0, published: "2031-03-20" }, [], noActors).map((v) => v.noun);

describe("a date before a noun", () => {
  it("keeps the noun an attributive date stands before, and none for an adverbial date", () => {
    expect(nouns("The firm tried to stop the 19 March auction.")).toEqual(["auction"]);
    expect(nouns("Its 2 March vote was close.")).toEqual(["vote"]);
    expect(nouns("The firm filed on 3 March in Tarnby.")).toEqual([undefined]);
    expect(nouns("On Monday the firm filed for bankruptcy.")).toEqual([undefined]);
  });

  it("answers when with the day of the asked event", () => {
    const coverage = buildCoverage(
      corpusOf({
        "a.txt":
          "---\npublished: 2031-03-20\n---\nVelm Rail in court\n\nVelm Rail filed for bankruptcy on 3 March in a bid to stave off the 19 March auction of its freight arm.\n",
        "b.txt":
          "---\npublished: 2031-03-20\n---\nOstra Freight in court\n\nOstra Freight filed for bankruptcy earlier this month in a bid to stave off the 19 March auction of its ships.\n",
      }),
    );
    const a = ask(coverage, "When did Velm Rail file for bankruptcy?") as AskAnswer;
    expect(a.answer?.value).toBe("2031-03-03");
    const b = ask(coverage, "When did Ostra Freight file for bankruptcy?") as AskAnswer;
    expect(b.answer?.value).not.toBe("2031-03-19");
  });
});
