// Session 26 (issue #13): an ALL-CAPS wire headline gives no full names, on invented text.
import { describe, expect, it } from "vitest";
import { inCapsLine } from "../../src/analysis/quotes/caps-line.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a wire headline in capitals", () => {
  // The role before the name is missing, so the model alone does not tie "Kramer" to the name.
  const story =
    'KRAMER WANTS CLEARER MERGER RULES\n\nFederal Trade Commission Paul Kramer said he wanted Congress to write clearer rules for bank mergers.\n\n"The present rules invite abuse," Kramer told a Senate panel.\n\n"We cannot wait for the courts," Kramer said.';
  const report =
    'GRAIN BOARD REPORT SEES LOWER CROP\n\nThe grain board expects a smaller wheat crop after the dry spring, officials in Rosario said.\n\n"Yields will fall by a tenth in the north," the report said.';

  it("is no full name for a surname or a document", () => {
    expect(speakerOf(directQuotes(story), "The present rules")).toBe("Paul Kramer");
    expect(speakerOf(directQuotes(story), "We cannot wait")).toBe("Paul Kramer");
    expect(speakerOf(directQuotes(report), "Yields will fall")).not.toMatch(/REPORT/);
  });

  it("was taken for the speaker's name with the switch off", () => {
    // (with body-then-name off too: since session 31 it reads "Federal Trade Commission Paul
    // Kramer" as the body and its member, which ties "Kramer" to the name whatever the headline)
    const off = switchOff("quotes.caps-line-no-names", "actors.body-then-name");
    expect(speakerOf(directQuotes(story, off), "The present rules")).toBe(
      "KRAMER WANTS CLEARER MERGER RULES",
    );
  });

  it("is told from a headline in mixed case or an acronym", () => {
    expect(inCapsLine("SHAD WANTS A RULE\n\nText", 3)).toBe(true);
    expect(inCapsLine("Shad wants a rule\n\nText", 3)).toBe(false);
    expect(inCapsLine("NATO\n\nText", 1)).toBe(false);
  });
});

describe("a document's author after 'of'", () => {
  const story = (owner: string) =>
    `Panel urges sale of state firms\n\nA government panel urged the sale of dozens of state-owned companies.\n\nThe report of ${owner} also recommended listing the firms on the local exchange. The Harbour Stock Exchange said it welcomed the plan.\n\n"As many state firms as possible should be sold," the report said.`;

  it("is the organisation the report belongs to, not the one that spoke last", () => {
    expect(speakerOf(directQuotes(story("the Public Assets Review Board")), "As many")).toBe(
      "Public Assets Review Board",
    );
  });

  it("was the organisation that spoke last with the switch off", () => {
    const off = switchOff("quotes.document-of-author");
    expect(speakerOf(directQuotes(story("the Public Assets Review Board"), off), "As many")).toBe(
      "Harbour Stock Exchange",
    );
  });

  it("is no one when no organisation follows 'of'", () => {
    expect(speakerOf(directQuotes(story("unrest in the north")), "As many")).not.toBe(
      "Public Assets Review Board",
    );
  });
});

describe("wire copy's trades and papers", () => {
  it("make a name an organisation's, so 'the paper' finds the daily", () => {
    const story =
      'Drought spreads\n\nThe Harbin Daily said on Saturday a drought is hurting farmland.\n\nThe paper added that officials were not paying enough attention.\n\n"All areas must spare no effort to raise the harvest," it said.';
    expect(speakerOf(directQuotes(story), "All areas")).toBe("Harbin Daily");
    const firm =
      'Copper rallies\n\nDodge Mining will gain most from higher copper prices, analysts said.\n\n"We see strong demand," Dodge Mining said in a statement. "Output will rise," he said.';
    expect(speakerOf(directQuotes(firm), "Output will")).not.toBe("Dodge Mining");
  });
});

describe("a capitalised office of a body, then a name in apposition", () => {
  const story = (office: string) =>
    `Bank chief criticises plan\n\nThe savings plan was published on Monday.\n\n"We cannot support it," ${office}, Robin Ashby-Crane, told reporters.`;

  it("gives the name", () => {
    expect(speakerOf(directQuotes(story("the Governor of the Bank of Zemla")), "We cannot")).toBe(
      "Robin Ashby-Crane",
    );
    expect(speakerOf(directQuotes(story("the Deputy Chancellor of the Exchequer")), "We cannot")).toBe(
      "Robin Ashby-Crane",
    );
  });

  it("gave the office with the switch off", () => {
    const off = switchOff("quotes.office-of-body-apposition");
    expect(speakerOf(directQuotes(story("the Governor of the Bank of Zemla"), off), "We cannot")).not.toBe(
      "Robin Ashby-Crane",
    );
  });
});

describe("an office of a place in apposition to a name before it", () => {
  it("leaves the name before it the speaker, not the place after it", () => {
    const story =
      'MP defends remark\n\nThe row went on.\n\nMr Ivo Brandt, MP for Kettleby-on-Sea, Norfolk, said he would "say sorry to nobody".';
    expect(speakerOf(directQuotes(story), "say sorry")).toBe("Ivo Brandt");
  });
});

describe("wire copy's anonymous sources", () => {
  const story = (who: string) =>
    `Bank weighs loan sale\n\nHarbour Bank is weighing the sale of its loans to Norland, bankers said.\n\n"We will sell only at a fair price," a senior Harbour Bank official said.\n\n"We have not decided anything yet," ${who} told Reuters. "It may take months," he added.`;

  it("are the speaker a he/she after them goes on from", () => {
    for (const who of ["a senior Harbour Bank employee", "one grain trader", "a Norland banker"])
      expect(speakerOf(directQuotes(story(who)), "It may take")).toBe(who);
  });
});
