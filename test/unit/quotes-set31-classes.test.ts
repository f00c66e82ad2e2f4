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

describe("a nationality before an organisation's lower-case head describes the body named before", () => {
  const body =
    'Corvane warns on profits\n\nShares in Corvane Holdings, which makes ferries, fell 10% after it cut its forecast.\n\nThe Dutch firm said demand had slowed in Asia. "We expect a better second half," it said.';

  it("is the body the article named", () => {
    expect(speakerOf(directQuotes(body), "We expect")).toBe("Corvane Holdings");
  });

  it("is an organisation called by the description with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.demonym-org-noun")), "We expect")).toBe(
      "Dutch firm",
    );
  });

  it("leaves a country's government its own name", () => {
    const text =
      'Detainee to sue\n\nA detainee plans to sue, lawyers say.\n\nThe Irish government denied the claims. "He was held lawfully," it said.';
    expect(speakerOf(directQuotes(text), "He was held")).toBe("Irish government");
  });
});

describe("a quotation inside its sentence's reported speech takes the reporter over a context speaker", () => {
  const body =
    'Boatco trims payout\n\nBoatco cut 200 jobs on Monday.\n\nAs part of its savings, the company said it was halving its dividend. Looking ahead, Ms Okafor forecast steady growth for the year "with a margin in the low teens, and with room for more".';

  it("is the one who forecast", () => {
    expect(speakerOf(directQuotes(body), "with a margin")).toBe("Okafor");
  });

  it("is the sentence before's speaker with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.reported-over-context")), "with a margin")).toBe(
      "Boatco",
    );
  });
});
