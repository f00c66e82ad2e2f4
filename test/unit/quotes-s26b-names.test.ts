// Name-form classes of session 26 round 3 (issue #13): an acronym written without the company's
// legal suffix or after a full name given inside a longer run, and a firm with a bracketed branch
// before an inverted tag's person. Invented text: each rule's sentences, and the same with its
// switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a company's acronym leaves out its legal suffix", () => {
  const body =
    'Timber sales rise\n\nNorthern Pacific Timber Corp reported higher lumber sales for the spring quarter.\n\n"We see clear demand from home builders across the west," NPT said in a statement.\n\n"Prices should hold through the summer," the company added.';
  const ltd =
    'Brewer cuts jobs\n\nScottish brewer Highland Malt Distillers Ltd will close two plants. "This was a hard decision for the board," HMD said.';

  it("gives the full name", () => {
    expect(speakerOf(directQuotes(body), "We see clear")).toBe("Northern Pacific Timber Corp");
    expect(speakerOf(directQuotes(body), "Prices should")).toBe("Northern Pacific Timber Corp");
    expect(speakerOf(directQuotes(ltd), "This was a hard")).toBe("Highland Malt Distillers Ltd");
  });

  it("gives the full name by this rule alone", () => {
    const runOff = switchOff("actors.acronym-spelled-in-run");
    expect(speakerOf(directQuotes(body, runOff), "We see clear")).toBe("Northern Pacific Timber Corp");
  });

  // (the run rule also finds "Northern Pacific Timber" before "Corp", so both are off)
  it("gives the acronym with the switch off", () => {
    const off = switchOff("actors.acronym-without-legal-suffix", "actors.acronym-spelled-in-run");
    expect(speakerOf(directQuotes(body, off), "We see clear")).toBe("NPT");
    expect(speakerOf(directQuotes(ltd, off), "This was a hard")).toBe("HMD");
  });
});

describe("an acronym names the body spelled out earlier inside a longer run", () => {
  const body =
    'Grain talks\n\nKenyan Finance Minister Joseph Mwangi met on Tuesday with World Food Programme Executive Director Anna Lindqvist in Nairobi.\n\nThe WFP has said that a "minimum pledge" of donor grain is needed before it will start shipping.';

  it("gives the full name", () => {
    expect(speakerOf(directQuotes(body), "minimum pledge")).toBe("World Food Programme");
  });

  it("gives the acronym with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.acronym-spelled-in-run")), "minimum pledge")).toBe(
      "WFP",
    );
  });
});

describe("a firm with a bracketed branch before an inverted tag's person", () => {
  const body =
    'Port tolls\n\nHarbour tolls at the container terminal will rise next month.\n\n"Shipping lines will pass the costs to importers," said Morgan Grenfell (Pacific) Ltd analyst Helen Corrigan. "But volumes will not fall."';

  it("gives the person", () => {
    expect(speakerOf(directQuotes(body), "Shipping lines")).toBe("Helen Corrigan");
    expect(speakerOf(directQuotes(body), "But volumes")).toBe("Helen Corrigan");
  });

  it("gives the firm with the switch off", () => {
    const off = switchOff("quotes.inverted-bracket-firm-person");
    expect(speakerOf(directQuotes(body, off), "Shipping lines")).not.toBe("Helen Corrigan");
  });
});

describe("a company's bare first word is that company", () => {
  const body =
    'Takeover rules\n\nHarlan Mining Corp said its board adopted new takeover rules for its copper unit.\n\nIn a filing on the plan, Harlan said the changes "will deter any hostile bid for the unit."';

  it("gives the full name", () => {
    expect(speakerOf(directQuotes(body), "will deter")).toBe("Harlan Mining Corp");
  });

  it("gives the bare word with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.company-first-word")), "will deter")).toBe(
      "Harlan",
    );
  });

  it("leaves a surname the article gives a person", () => {
    const person =
      'Board vote\n\nHarlan Mining Corp said its board adopted new rules.\n\nDirector Ruth Harlan said the changes "were overdue."';
    expect(speakerOf(directQuotes(person), "were overdue")).toBe("Ruth Harlan");
  });
});
