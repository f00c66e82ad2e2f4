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
