// Documents as speakers (issue #13), on invented text: "according to the report" read whole, and
// a report with no author named speaking for the organisation that spoke, not one named since.
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
