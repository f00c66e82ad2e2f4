// Speaker classes found on the BBC terms set's misses (session 21, round 2; issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('a sentence opening on "<Word> and <word> <office> <Name>" has the named office-holder for subject', () => {
  const adding =
    'Harbour plan set out\n\nThe harbour plan was set out on Monday.\n\nTrade and industry minister Ola Brems said it was wrong to doubt the plan, adding they would "pull together".';
  const saying =
    'Farm grants cut\n\nFarm grants will fall next year.\n\nFood and rural affairs secretary Ivo Tamm defended the cut, saying it was "a fair share".';

  it("is the name after the office, not the first word", () => {
    expect(speakerOf(directQuotes(adding), "pull together")).toBe("Ola Brems");
    expect(speakerOf(directQuotes(saying), "a fair share")).toBe("Ivo Tamm");
  });

  it("is the first word with the switch off", () => {
    const off = switchOff("quotes.opening-portfolio-and");
    expect(speakerOf(directQuotes(adding, off), "pull together")).toBe("Trade");
    expect(speakerOf(directQuotes(saying, off), "a fair share")).toBe("Food");
  });
});

describe('"It aims to …" after a sentence with a fronted if-clause is the main clause\'s organisation', () => {
  const body =
    'Rent plan set out\n\nThe Green Party has promised to cap rents.\n\nIf it wins the vote, the Harbour Party is committed to building new homes. It aims to bring in a "fair rent" cap for tenants.';

  it("is the organisation after the fronted clause, not the one named earlier", () => {
    expect(speakerOf(directQuotes(body), "fair rent")).toBe("Harbour Party");
  });

  it("is the organisation named earlier with the switch off", () => {
    const off = switchOff("quotes.it-intent-fronted");
    expect(speakerOf(directQuotes(body, off), "fair rent")).toBe("Green Party");
  });
});
