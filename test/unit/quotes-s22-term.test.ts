// Term classes found on the BBC study sets in session 22 (issue #13), on invented text: each rule's
// own sentences, the sentences it must leave alone, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a term in a back-shifted sentence after a named speaker's report is that speaker's", () => {
  const body =
    'Levy row\n\nFarm leaders met ministers on Tuesday.\n\nCouncillor Ruth Abbey argued the levy was unfair to small growers. It had nothing to do with "sound money" and would hit the poorest hardest.';
  const nextParagraph =
    'Levy row\n\nThe Calder Growers Union said there were some farms in good health.\n\nBut in many valleys, growers had been forced to sell land to cover "crippling debts".';
  const present =
    'Levy row\n\nCouncillor Ruth Abbey argued the levy was unfair to small growers. Levies are a "blunt tool" that growers were never keen on.';
  const modal =
    'Levy row\n\nCouncillor Ruth Abbey said growers should expect the levy to rise. The plan sets out "grazing zones", which could cover the whole valley.';
  const ownVerb =
    'Levy row\n\nCouncillor Ruth Abbey argued the levy was unfair to small growers. Some farmers complained it was a "stealth tax".';

  const nested =
    'Levy row\n\nCouncillor Ruth Abbey said the experience of the valley towns indicated rents would rise. The new levy was merely a "sticking plaster" for the farms.';

  it("is the speaker of the report before", () => {
    expect(speakerOf(directQuotes(body), "sound money")).toBe("Ruth Abbey");
    // (past a report of no one nested in hers)
    expect(speakerOf(directQuotes(nested), "sticking plaster")).toBe("Ruth Abbey");
    expect(speakerOf(directQuotes(nextParagraph), "crippling debts")).toBe("Calder Growers Union");
  });

  it("is no one in the writer's present, after a modal report, or with a verb of saying of its own", () => {
    expect(speakerOf(directQuotes(present), "blunt tool")).toBeNull();
    expect(speakerOf(directQuotes(modal), "grazing zones")).toBeNull();
    expect(speakerOf(directQuotes(ownVerb), "stealth tax")).not.toBe("Ruth Abbey");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.backshifted-term");
    expect(speakerOf(directQuotes(body, off), "sound money")).toBeNull();
    expect(speakerOf(directQuotes(nextParagraph, off), "crippling debts")).toBeNull();
  });
});

describe("a term in a back-shifted sentence after a named speaker's statement is that speaker's", () => {
  const body =
    'Levy row\n\nCouncillor Ruth Abbey spoke at the show. "We cannot go on like this," she said. Growers would be offered "fair rents" under her plan.';
  const pronoun =
    'Levy row\n\nCouncillor Ruth Abbey spoke at the show. "We cannot go on like this," she said. They backed a levy that would be "scrapped" within a year.';

  it("is the speaker of the statement before", () => {
    expect(speakerOf(directQuotes(body), "fair rents")).toBe("Ruth Abbey");
  });

  it("is not that speaker in a sentence opening on another subject pronoun", () => {
    expect(speakerOf(directQuotes(pronoun), "scrapped")).not.toBe("Ruth Abbey");
  });

  it("is no one with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.backshifted-term-after-quote")), "fair rents"),
    ).toBeNull();
  });
});

describe("a term after a verb of a plural party name opening the sentence is that party's", () => {
  const body =
    'Harbour plans\n\nThe council has approved the harbour plans.\n\nThe Greens have expressed "grave doubts" about the cost. The Harbour Greens met on Monday.';
  const timed =
    'Harbour plans\n\nThe council has approved the harbour plans.\n\nThe Greens on Monday highlighted £3m in "wasteful" spending they would stop. The Harbour Greens met on Monday.';
  const passive =
    'Harbour plans\n\nThe council has approved the harbour plans.\n\nThe Greens were accused of "scaremongering" over the cost. The Harbour Greens met on Monday.';

  it("is the party", () => {
    expect(speakerOf(directQuotes(body), "grave doubts")).toMatch(/Greens/);
    expect(speakerOf(directQuotes(timed), "wasteful")).toMatch(/Greens/);
  });

  it("is no one after a passive", () => {
    expect(speakerOf(directQuotes(passive), "scaremongering")).toBeNull();
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.plural-party-term");
    expect(speakerOf(directQuotes(body, off), "grave doubts")).toBeNull();
    expect(speakerOf(directQuotes(timed, off), "wasteful")).toBeNull();
  });
});
