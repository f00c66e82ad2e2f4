// Speaker classes found on BBC study set 35 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an anonymous source after 'according to' enters the speaker history", () => {
  const body =
    'Ferry fares rise\n\nFerry fares will rise by a tenth this winter. Smaller lines, according to a harbour spokeswoman, are in a worse state than the big ones. "Some of them may not last the year," she said.';

  it("is the source", () => {
    expect(speakerOf(directQuotes(body), "Some of them")).toBe("a harbour spokeswoman");
  });

  it("is no one with the step off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.according-anonymous-history")), "Some of them"),
    ).not.toBe("a harbour spokeswoman");
  });
});
