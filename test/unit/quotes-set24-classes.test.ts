// Speaker classes found on BBC study set 24 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"the government" of an article on a country past the first list is that country\'s', () => {
  const body =
    'Kenya plans new toll roads\n\nKenya will build three toll roads to ease traffic around Nairobi, where Kenyans lose hours a day in jams.\n\nAs part of the plan, the government said it would invite builders to "share the cost and the tolls for twenty years".';

  it("is the Kenyan government", () => {
    expect(speakerOf(directQuotes(body), "share the cost")).toBe("Kenyan government");
  });

  it("is a bare government with the switch off", () => {
    const off = switchOff("quotes.country-government-more");
    expect(speakerOf(directQuotes(body, off), "share the cost")).toBe("government");
  });
});

describe("a possessive pronoun and a kin noun are the relative named before by a possessive name", () => {
  const body =
    'Lighthouse logbooks go on sale\n\nThe logbooks of keeper Amos Trevane, who died in 1988, are to be auctioned in Truro.\n\n"They sat in the attic for decades," Mr Trevane\'s daughter Wenna, 61, said on Monday. The books record every storm from 1950 to 1971. "He wrote in them every single night," his daughter said.';

  it("is the relative with the family's surname", () => {
    expect(speakerOf(directQuotes(body), "He wrote in them")).toBe("Wenna Trevane");
  });

  it("is the bare description with the switch off", () => {
    const off = switchOff("quotes.kin-description");
    expect(speakerOf(directQuotes(body, off), "He wrote in them")).toBe("his daughter");
  });
});
