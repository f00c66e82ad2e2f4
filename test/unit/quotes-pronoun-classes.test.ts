// Pronoun speaker classes found on PolNeAR train (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its step switched off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const OPENING = 'Tom Vale spoke on Monday. "We will win," he said.\n\n';

describe("the main subject after a fronted clause or phrase is the he/she that goes on", () => {
  const cases: Array<[string, string]> = [
    ["When Ken Mayo pointed out the cost, Dan Roper seized on the figure.", "It is too much"],
    [
      "As he has before, Dan Roper on Friday played down the idea of a deal with Ken Mayo.",
      "There was no deal",
    ],
    [
      "Speaking in Ashford, Dan Roper, without naming him, also accused Ken Mayo of lying.",
      "You cannot just turn up",
    ],
    [
      "At a rally in Ashford, Kent, on Thursday, Dan Roper included the town on his list.",
      "We love this town",
    ],
  ];

  it.each(cases)("%s", (sentence, quote) => {
    const body = `${OPENING}${sentence} "${quote}," he said.`;
    expect(speakerOf(directQuotes(body), quote)).toBe("Dan Roper");
  });

  it.each(cases.slice(0, 2))("is an older speaker with the step off: %s", (sentence, quote) => {
    const body = `${OPENING}${sentence} "${quote}," he said.`;
    expect(speakerOf(directQuotes(body, switchOff("quotes.fronted-subject")), quote)).not.toBe("Dan Roper");
  });

  it("takes the person a fronted 'For'/'To' gives the view to", () => {
    const body = `${OPENING}For Dan Roper, Vale is making a mistake. "He has failed," he said.`;
    expect(speakerOf(directQuotes(body), "He has failed")).toBe("Dan Roper");
    expect(speakerOf(directQuotes(body, switchOff("quotes.fronted-subject")), "He has failed")).not.toBe(
      "Dan Roper",
    );
  });

  it("leaves a pronoun subject after the fronted part alone", () => {
    const body = `${OPENING}When Ken Mayo arrived, he thanked Dan Roper for the bridge. "It is too much," he said.`;
    expect(speakerOf(directQuotes(body), "It is too much")).not.toBe("Dan Roper");
  });
});

describe("a name in apposition to an opening role is the sentence's subject", () => {
  const body = `${OPENING}Westland's foreign minister, Dan Roper, plays down the concerns. "Our plan is simple," he said.`;

  it("is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "Our plan is simple")).toBe("Dan Roper");
  });

  it("is an older speaker with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.leading-role-name")), "Our plan is simple")).toBe(
      "Tom Vale",
    );
  });

  it("reads no role in a clause with a verb", () => {
    const text = `Ann Roe won on Sunday. "I am thrilled," she said. She thanked the woman she played, Kay Lund, for the part. "You are not able to see this," she said.`;
    expect(speakerOf(directQuotes(text), "You are not able")).toBe("Ann Roe");
  });
});

describe("a titled name before 'of' and a place is the person, not the place", () => {
  const body = `${OPENING}Republican Rep. Dan Roper of New York, a Vale supporter, said it will help both men. "It is not do or die," he said.`;

  it("is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "It is not do or die")).toBe("Dan Roper");
  });

  it("is an older speaker with the rule off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.titled-name-of-place")), "It is not do or die"),
    ).toBe("Tom Vale");
  });
});

describe("a run holding a hyphenated modifier names no actor", () => {
  const body =
    'The tax plan is a first step toward a Dan Roper-led Republican majority.\n\nTom Vale spoke on Monday. Republican leaders met later. "It is a start," he said.';

  it("leaves a later 'Republican' to no one, and the he after it to the last person", () => {
    expect(speakerOf(directQuotes(body), "It is a start")).toBe("Tom Vale");
  });

  it("makes a person of the run with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.compound-modifier")), "It is a start")).toBe(
      "Dan Roper-led Republican",
    );
  });

  it("keeps the name after a modifier ('Korean-born Ann Roe')", () => {
    const text = 'Korean-born Ann Roe works in Seoul now. "I am banned for life," she said.';
    expect(speakerOf(directQuotes(text), "I am banned")).toMatch(/Ann Roe$/);
  });
});

describe("a name after a description opening the sentence is its subject", () => {
  const body =
    'Kim Ode asked Tom Vale about it. Vale said nothing.\n\nRepublican presidential nominee Dan Roper has blasted the media. While he was in Leeds, he said, "It has been 235 days."';

  it("is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "It has been")).toBe("Dan Roper");
  });

  it("is an older person with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.described-leading-name")), "It has been")).not.toBe(
      "Dan Roper",
    );
  });
});

describe("the subject of a fronted subordinate clause is the he/she of the main clause", () => {
  const body = `${OPENING}When Dan Roper appeared on the same show two days later, he said Vale was no longer welcome. "Every record he sells is based on me," he said.`;

  it("is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "Every record")).toBe("Dan Roper");
  });

  it("is the name the he/she reported with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.pronoun-subordinate-subject")), "Every record"),
    ).toBe("Tom Vale");
  });
});
