// Documents as speakers (issue #13), on invented text: "according to the report" read whole, and
// a report with no author named speaking for the organisation that spoke, not one named since;
// a statement standing alone after a sentence of reported speech is the reporter's.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

const article = [
  "Rail fares will have to rise, a report says.",
  "",
  'The Transport Audit Board said the network was "badly run". According to the report, "nearly a third" of trains ran late. The Department for Rail could also use more "local planning" and work with councils. It should also publish delays "every week", the report adds.',
].join("\n");

describe("documents as speakers", () => {
  it("reads 'according to the report' as the report, not 'the'", () => {
    expect(speakerOf(quotes(article), "nearly a third")).toBe("Transport Audit Board");
  });

  it("gives the report's words to the organisation that spoke, over one named since", () => {
    expect(speakerOf(quotes(article), "every week")).toBe("Transport Audit Board");
    const off = quotes(article, switchOff("quotes.document-speaking-organisation"));
    expect(speakerOf(off, "every week")).not.toBe("Transport Audit Board");
  });

  it("reads 'according to its report' in a sports story", () => {
    const qs = quotes(
      'The Players\' Association said pay was "too low". According to its report, "most players" earn less than a teacher.',
    );
    expect(speakerOf(qs, "most players")).toBe("Players' Association");
  });
});

describe("a statement alone after reported speech", () => {
  const body = [
    "The mayor Jon Hale opened the bridge on Monday.",
    "",
    'According to engineer Mia Torres, the bridge will carry 40,000 cars a day. "It is the longest span we have ever built."',
    "",
    'According to the Harbour Board, traffic fell by a third last year. "We expect it to recover by spring."',
    "",
    'Fares will rise, the Valley Gazette reported. "Nobody asked us," said commuter Tom Reed.',
  ].join("\n");

  it("is the reported speaker's", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "It is the longest")).toBe("Mia Torres");
    expect(speakerOf(qs, "We expect it")).toBe("Harbour Board");
    // (the according-to source also enters the history as the sentence's speaker: both off)
    const off = switchOff("quotes.statement-after-report", "quotes.according-to-history");
    expect(speakerOf(quotes(body, off), "We expect it")).toBeNull();
  });

  it("keeps a tag of its own", () => {
    expect(speakerOf(quotes(body), "Nobody asked us")).toBe("Tom Reed");
  });
});
