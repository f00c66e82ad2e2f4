import { describe, expect, it } from "vitest";
import { sentencesOf } from "../../src/corpus/segment.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const split = (t: string) => sentencesOf(t, 0, t.length).map((s) => t.slice(s.start, s.end));

describe("sentence segmentation", () => {
  it("does not split after titles, initials, abbreviations or decimals", () => {
    const t =
      "Gen. Laura Price met Sen. J. R. Ortiz and Lt. Cmdr. Ali at 9 a.m. Eastern on Friday. Growth was 3.5 percent in the U.S. economy last year. Mr. Ortiz agreed.";
    expect(split(t)).toEqual([
      "Gen. Laura Price met Sen. J. R. Ortiz and Lt. Cmdr. Ali at 9 a.m. Eastern on Friday.",
      "Growth was 3.5 percent in the U.S. economy last year.",
      "Mr. Ortiz agreed.",
    ]);
  });

  it("splits after a dotted acronym when a new sentence clearly starts", () => {
    expect(split("The shipment was bound for the U.S. The buyer was never named.")).toEqual([
      "The shipment was bound for the U.S.",
      "The buyer was never named.",
    ]);
    expect(split("He met U.S. President Ellis.")).toEqual(["He met U.S. President Ellis."]);
  });

  it("keeps a quotation whole past an inner quotation it closes with a stop (session 41)", () => {
    const t =
      "“He said, ‘Trust me, I’ll do good.’ That may worry people,” said Alan Berger, a doctor. The crowd left.";
    expect(split(t)).toEqual([
      "“He said, ‘Trust me, I’ll do good.’ That may worry people,” said Alan Berger, a doctor.",
      "The crowd left.",
    ]);
    // the closing tag then reaches its quotation: the speaker is the one named in it
    const body = `Forum\n\nDonald Trump spoke on Thursday. ${t}`;
    expect(speakerOf(directQuotes(body), "He said, ‘Trust me")).toBe("Alan Berger");
  });

  it("keeps a quotation that spans sentences in one piece", () => {
    const t = "“We will rebuild. Nobody will stop us. Never,” the mayor said. The crowd cheered.";
    expect(split(t)).toEqual([
      "“We will rebuild. Nobody will stop us. Never,” the mayor said.",
      "The crowd cheered.",
    ]);
  });

  it("keeps a quotation in two apostrophes ('') that spans sentences in one piece (session 43)", () => {
    const t = "''We will rebuild. Nobody will stop us. Never,'' the mayor said. ''Good.'' The crowd cheered.";
    expect(split(t)).toEqual([
      "''We will rebuild. Nobody will stop us. Never,'' the mayor said.",
      "''Good.''",
      "The crowd cheered.",
    ]);
  });

  it("keeps the attribution after an exclamation in the quotation's sentence", () => {
    const t = "“Stop now!” Harbour Master Ana Ruiz said. “Go home?” The crowd left.";
    expect(split(t)).toEqual(["“Stop now!” Harbour Master Ana Ruiz said.", "“Go home?”", "The crowd left."]);
  });

  it("ends a sentence whose quotation a tag brought in, though a name and a verb follow", () => {
    // BBC copy reopens the quotation at each of its sentences; the first mark is the one read
    const t =
      'Mr Varley said of the plan: "It is clever. "It is also cheap." The Home Secretary told the BBC: "Yes." "Stop!" Harbour Master Ana Ruiz said.';
    expect(split(t)).toEqual([
      'Mr Varley said of the plan: "It is clever. "It is also cheap."',
      'The Home Secretary told the BBC: "Yes."',
      '"Stop!" Harbour Master Ana Ruiz said.',
    ]);
  });

  it("splits between a closed quotation and the next sentence", () => {
    const t = '"It is over," she said. "We go home now."';
    expect(split(t)).toEqual(['"It is over," she said.', '"We go home now."']);
  });

  it("survives an unbalanced quotation mark without swallowing the paragraph", () => {
    const t = "He called it “a disgrace. The vote went ahead. Turnout was low.";
    expect(split(t)).toHaveLength(3);
  });
});
