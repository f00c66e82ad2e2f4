// Description-at-the-cue classes of session 17 (issue #13), found on the BBC study sets, on
// invented text: an office the article tied to a named person, and the same text with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an office the article tied to the one person named the sentence before", () => {
  const body =
    'Harbour inquiry opened\n\nAn inquiry has opened into claims that Ravi Marsh misled the port authority.\n\nThe inquiry follows the Kettleby mayor\'s remarks to a trade magazine last month. A complaint was made by a local shipping firm. Deputy Mayor Ida Quell said she expected an apology on Friday. The councillor Owen Brandt is among those who asked for an apology but so far the mayor has declined. The mayor accused the magazine of "twisting" his words.';

  it("is that person, named in the lead", () => {
    expect(speakerOf(directQuotes(body), "twisting")).toBe("Ravi Marsh");
  });

  it("is not that person with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.office-tied-holder")), "twisting")).not.toBe(
      "Ravi Marsh",
    );
  });
});

describe("of two people the sentence before an office names, the one tied to no other office", () => {
  const body =
    "Fares not a poll issue\n\nTessa Moor does not believe rail fares should be an election issue.\n\nThe prime minister's spokesman set out Ms Moor's view after a union leader backed Ravi Marsh's stance on fares. The Green leader wants a freeze and has said the rises are \"a tax on work\".";

  it("is the one left", () => {
    expect(speakerOf(directQuotes(body), "a tax on work")).toBe("Ravi Marsh");
  });

  it("is no one with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.office-tied-other")), "a tax on work")).not.toBe(
      "Ravi Marsh",
    );
  });

  it("is neither named person when neither is tied to another office", () => {
    const untied = body.replace("The prime minister's spokesman set out", "A spokesman set out");
    expect(["Ravi Marsh", "Tessa Moor"]).not.toContain(speakerOf(directQuotes(untied), "a tax on work"));
  });
});
