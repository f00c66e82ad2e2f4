// Session 27 (issue #13): descriptions the article ties to their referent, on invented text; each
// rule also with its switch off, and a near miss left alone.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a capitalised spokesperson description is the person named with that role", () => {
  const body =
    'Green Party spokesman Tobias Wrenfield said the budget was a missed chance. Mr Wrenfield also attacked the fuel duty rise. The Treasury said the rise was needed. But the Green spokesman questioned whether the money would reach "struggling families".\n\nMinisters rejected the claim.';
  it("is that person", () => {
    expect(speakerOf(directQuotes(body), "struggling")).toBe("Tobias Wrenfield");
  });
  it("stays as written with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.spokesperson-role-link")), "struggling")).toBe(
      "the Green spokesman",
    );
  });
  it("leaves a bare 'the spokesman' alone", () => {
    const bare =
      'Green Party spokesman Tobias Wrenfield said the budget was a missed chance. A Treasury spokesman defended it. The spokesman said the rise was "fully costed".';
    expect(speakerOf(directQuotes(bare), "fully costed")).not.toBe("Tobias Wrenfield");
  });
});

describe("a paragraph going on with 'the report' carries its author on", () => {
  const body = [
    "Ministers are being urged to treble flood defence spending.",
    'Some 20,000 homes are at risk, Riverwatch says in a report, Rising Tide. "We cannot wait," Riverwatch chief Ola Brant said.',
    '"Every town needs a plan," the charity\'s chief added. The report said: "Every year of delay costs lives." It also says councils lack staff, the report adds.',
    'It argues that insurers will pull out of whole towns. The Underwriters Guild said premiums were rising. The report said: "Whole streets will become uninsurable."',
    "The government said it was spending record sums.",
  ].join("\n\n");
  it("is the report's author two paragraphs back", () => {
    expect(speakerOf(directQuotes(body), "Whole streets")).toBe("Riverwatch");
  });
  it("is the report as written with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.document-chain-tie")), "Whole streets")).not.toBe(
      "Riverwatch",
    );
  });
  it("stops at a paragraph that brings in another report", () => {
    const other = body.replace(
      "It also says councils lack staff, the report adds.",
      "A second report says councils lack staff.",
    );
    expect(speakerOf(directQuotes(other), "Whole streets")).not.toBe("Riverwatch");
  });
});

describe("a term inside an anonymous source's reported speech", () => {
  const body =
    'A spokesman for the Dale Water Board said bills would rise.\n\nThe spokesman said it might be unfair. The spokesman said there was "no yes or no" answer and the area was "pretty grey". He added: "If someone complained, then we would look at it."';
  it("takes the speaker an earlier quotation there has", () => {
    // (since session 43 "The spokesman" takes up the spokesman the article brought in first)
    expect(speakerOf(directQuotes(body), "pretty grey")).toBe("A spokesman for the Dale Water Board");
  });
  it("stays without one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.sibling-term-speaker")), "pretty grey")).toBeNull();
  });
  it("leaves a capitalised title alone", () => {
    const title = body.replace('the area was "pretty grey"', 'the advert was called "Grey Skies"');
    expect(speakerOf(directQuotes(title), "Grey Skies")).toBeNull();
  });
});
