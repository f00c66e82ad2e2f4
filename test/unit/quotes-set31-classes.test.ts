// Speaker classes found on BBC study set 31 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("'and' inside a lower-case portfolio keeps one office", () => {
  const body =
    'Depot to stay open\n\nThe plan to shut the depot needs to be "reviewed", the trade and industry secretary has said.\n\nThat was why the depot would stay open, Marion Tate said.';

  it("is the office the next sentence names", () => {
    expect(speakerOf(directQuotes(body), "reviewed")).toBe("Marion Tate");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.portfolio-and")), "reviewed")).toBeNull();
  });
});

describe("a closing tag speaks past a hearer that is a gathering or a group", () => {
  const body =
    'Council plans new library\n\nOwen Pryce spoke in Harlow on Friday.\n\nThe council was "fully behind" the new library and would pay for it, he told a meeting of parents.';

  it("is the tag's speaker", () => {
    expect(speakerOf(directQuotes(body), "fully behind")).toBe("Owen Pryce");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.told-hearer-noun")), "fully behind")).toBeNull();
  });
});
