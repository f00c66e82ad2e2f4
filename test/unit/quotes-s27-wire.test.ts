// Session 27 (issue #13), wire-copy tags on invented text: a name run then a stray comma before
// its verb ("When …, Chairman Ann Roe, said, “…”"); a person named after a firm with a bracketed
// branch before the verb (`," Hale (Asia) Ltd analyst Ann Roe said`); "one said" after a plural
// group of sources. Each case also with its switch off, and a near miss unchanged.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a name run with a stray comma before its verb is the subject", () => {
  const fronted =
    'The exchange set out its plan in March. When the exchange announced its change in March, GLEX President Harriet Vandermolen, said, "This will bring our markets closer to round-the-clock trading."';
  const opening =
    'The exchange set out its plan in March. GLEX President Harriet Vandermolen, said, "This will bring our markets closer to round-the-clock trading."';
  const off = switchOff("quotes.stray-comma-name-subject");

  it("takes the name after a fronted clause, not its last word", () => {
    expect(speakerOf(directQuotes(fronted), "This will")).toBe("Harriet Vandermolen");
  });

  it("takes the name opening the sentence", () => {
    expect(speakerOf(directQuotes(opening), "This will")).toBe("Harriet Vandermolen");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(fronted, off), "This will")).toBe("March");
  });

  it("but a description with a name in apposition still speaks as before", () => {
    const peer =
      'The bill was debated on Tuesday. Another peer, Lord Ambleside, said, "This bill is badly drafted from start to finish."';
    expect(speakerOf(directQuotes(peer), "This bill")).toBe("Lord Ambleside");
  });
});

describe("a person after a firm with a bracketed branch, before the verb, speaks", () => {
  const firm =
    'Trade officials said the ministry wanted one merged rival. "The ministry will get what it wants in the end," Hartwell Securities (Asia) Ltd analyst Corbin Ashdale said.';

  it("takes the person, not the firm", () => {
    expect(speakerOf(directQuotes(firm), "The ministry")).toBe("Corbin Ashdale");
  });

  it("not with the switch off", () => {
    expect(
      speakerOf(directQuotes(firm, switchOff("quotes.bracket-firm-person-subject")), "The ministry"),
    ).toBe("Hartwell Securities");
  });

  it("but a firm with no person after it is left alone", () => {
    const bare =
      'Trade officials said the ministry wanted one merged rival. "The ministry will get what it wants in the end," Hartwell Securities (Asia) Ltd said.';
    expect(speakerOf(directQuotes(bare), "The ministry")).not.toBe("Corbin Ashdale");
  });
});

describe('"one said" after a plural group of sources is one of that group', () => {
  const blunt =
    'Corbin Ashdale said the ministry had a plan. Western diplomatic sources were more blunt. "They simply do not want any foreign firm to hold a large share," one said.';
  const they =
    'Copper stocks should gain this year, analysts said. Smaller miners are also potential winners, they said. "In theory, the smaller miners are the best bet for now," one said.';
  const off = switchOff("quotes.one-of-group-tag");

  it("takes one of the group, with its modifiers", () => {
    expect(speakerOf(directQuotes(blunt), "They simply")).toBe("one Western diplomatic source");
  });

  it("takes one of the group named before a pronoun's tag", () => {
    expect(speakerOf(directQuotes(they), "In theory")).toBe("one analyst");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(blunt, off), "They simply")).not.toBe("one Western diplomatic source");
  });

  it("but a quotation tagged by a named person is left alone", () => {
    const named =
      'Western diplomatic sources were more blunt. "They simply do not want any foreign firm to hold a large share," Corbin Ashdale said.';
    expect(speakerOf(directQuotes(named), "They simply")).toBe("Corbin Ashdale");
  });
});
