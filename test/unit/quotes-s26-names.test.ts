// Name-form classes of session 26 (issue #13): the right actor named in a form the article's own
// full name was not joined to. Invented text: each rule's sentences, and the same with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a company's name without its generic tail is that company", () => {
  const body =
    'Lenders to combine\n\nDanish lenders Volta Commercial Bank and Coastal Trust Bank have agreed to combine their branches.\n\nCoastal Trust is the smaller of the two. "Our customers will see no change this year," Coastal Trust said in a statement.';
  const fund =
    'Fund bids for chain\n\nBoston investor Kestrel Ridge Capital Group has offered $2bn for the grocery chain. "This is a fair price for a strong business," Kestrel Ridge said on Monday.';

  it("gives the full name", () => {
    expect(speakerOf(directQuotes(body), "Our customers")).toBe("Coastal Trust Bank");
    expect(speakerOf(directQuotes(fund), "This is a fair")).toBe("Kestrel Ridge Capital Group");
  });

  it("gives the short form with the switch off", () => {
    const off = switchOff("actors.generic-tail-short-form");
    expect(speakerOf(directQuotes(body, off), "Our customers")).toBe("Coastal Trust");
    expect(speakerOf(directQuotes(fund, off), "This is a fair")).toBe("Kestrel Ridge");
  });
});

describe("'A Bank and B Bank' names two banks", () => {
  const body =
    'Banks to merge\n\nGhanaian banks First Harbour Bank of Accra and Standard Coast Bank have agreed to merge.\n\n"The boards of both lenders approved the deal yesterday," Standard Coast said.';

  it("gives the second bank its own name", () => {
    expect(speakerOf(directQuotes(body), "The boards of both")).toBe("Standard Coast Bank");
  });

  it("reads one body with the switch off", () => {
    const off = switchOff("actors.two-bodies-and");
    expect(speakerOf(directQuotes(body, off), "The boards of both")).not.toBe("Standard Coast Bank");
  });

  it("keeps one department whose name runs on through 'and'", () => {
    const dept =
      'Grant plan\n\nThe Department of Health and Human Services announced new grants. "We want every clinic to apply," the Department of Health and Human Services said.';
    expect(speakerOf(directQuotes(dept), "We want every")).toBe("Department of Health and Human Services");
  });
});

describe("an unlisted word before a known given name is a first name, not a job", () => {
  const body =
    'Bank opens accounts\n\n"We are opening accounts in three countries," the central bank\'s deputy governor Karim Yusuf Ben Haddou said.\n\nHe gave no date.';
  const job = 'Poll shift\n\n"Voters have moved a long way," Pollster Anna Berg said on Sunday.';

  it("keeps the whole name", () => {
    expect(speakerOf(directQuotes(body), "We are opening")).toBe("Karim Yusuf Ben Haddou");
  });

  it("keeps a job noun as a title", () => {
    expect(speakerOf(directQuotes(job), "Voters have")).toBe("Anna Berg");
  });

  it("keeps an epithet off a name the article also writes without it", () => {
    const epithet =
      'Rally\n\n"We will win this state," Slippery Tom Harlan said at the rally.\n\nTom Harlan denies he changed his mind on taxes.';
    expect(speakerOf(directQuotes(epithet), "We will win")).toBe("Tom Harlan");
  });

  it("cuts the first name with the switch off", () => {
    const off = switchOff("actors.unlisted-given-name-lead");
    expect(speakerOf(directQuotes(body, off), "We are opening")).toBe("Yusuf Ben Haddou");
  });
});
