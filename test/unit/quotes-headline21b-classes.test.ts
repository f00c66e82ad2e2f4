// Headline quotations whose source the lead's closing tag names or describes (session 21,
// headline set 2; issue #13), on invented text: each rule's own sentences, and the same
// sentences with its switch off.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes } from "../../src/analysis/quotes/index.ts";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { buildArticle } from "../../src/corpus/article.ts";

/** The headline quotation's speaker (the first quotation: the title's). */
const headlineSpeaker = (title: string, body: string, switches: StepSwitches = ALL_STEPS) => {
  const r = buildArticle("news/001.txt", `${title}\n\n${body}`);
  if (!r.ok) throw new Error(r.reason);
  const qs = extractQuotes(r.article, buildActorModel([r.article], switches), switches);
  return qs.filter((q) => q.kind !== "reported")[0]?.speakerName ?? null;
};

describe("a headline over a lead whose closing tag names its source", () => {
  const named = [
    "The old swing bridge over the Tarrow estuary will be replaced by a tunnel before 2012, harbour engineer Morwenna Trelease says.",
    "",
    "The bridge has carried traffic since 1902. Drivers have faced long delays when it is opened for boats.",
  ].join("\n");

  it("is the named person's", () => {
    expect(headlineSpeaker("Tarrow bridge 'to make way for tunnel'", named)).toBe("Morwenna Trelease");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-lead-tag-name");
    expect(headlineSpeaker("Tarrow bridge 'to make way for tunnel'", named, off)).toBeNull();
  });

  const inverted = [
    "Glenmoor Rovers will appeal against the three-point deduction handed to them over an unpaid transfer fee, reports the Kestrel Gazette.",
    "",
    "The club lost the points after a hearing in March. Supporters have organised a march on Saturday.",
  ].join("\n");

  it('is the newspaper\'s after a verb-first tag ("…, reports the Kestrel Gazette.")', () => {
    expect(headlineSpeaker("Rovers 'to fight points penalty'", inverted)).toBe("Kestrel Gazette");
  });

  it("stays no one's when the tag's name belongs to its reporter (\"…, Kestrel Gazette's editor said.\")", () => {
    const owned = inverted.replace("reports the Kestrel Gazette.", "the Kestrel Gazette's editor said.");
    expect(headlineSpeaker("Rovers 'to fight points penalty'", owned)).not.toBe("Kestrel Gazette");
  });
});

describe("a headline over a lead whose closing tag only describes its source", () => {
  const office = [
    "Lorry drivers will face tighter checks on rest breaks from next spring, the transport and roads secretary has said.",
    "",
    "Fiona Aldercott is expected to set out the plans to hauliers at a meeting in Dundee on Friday. Road safety groups welcomed the move.",
  ].join("\n");

  it("is the person of that office named next", () => {
    expect(headlineSpeaker("Lorry rest rules 'to be tightened'", office)).toBe("Fiona Aldercott");
  });

  it("is no one's with the switch off", () => {
    // (role-named-later, headline21-switches.ts, and office-ahead, now that set 31's portfolio-and
    // reads "transport and roads secretary" as one office, would find the same person; so would
    // session 31's office-sole-unroled)
    const off = switchOff(
      "quotes.headline-described-named-ahead",
      "quotes.headline-lead-role-named-later",
      "quotes.office-ahead",
      "quotes.office-sole-unroled",
    );
    expect(headlineSpeaker("Lorry rest rules 'to be tightened'", office, off)).toBeNull();
  });

  const body = [
    "Small ferry operators should be allowed to share booking offices, the harbour watchdog has said.",
    "",
    "Passenger numbers fell after the Tarrow festival ended last year. In its annual review, the Port Users Board says three operators could close within a year.",
  ].join("\n");

  it("is the organisation named as a clause's subject, not one after a preposition", () => {
    expect(headlineSpeaker("Ferry firms 'should share offices'", body)).toBe("Port Users Board");
  });

  it("is the description's with the switch off", () => {
    const off = switchOff("quotes.headline-described-named-ahead");
    expect(headlineSpeaker("Ferry firms 'should share offices'", body, off)).not.toBe("Port Users Board");
  });

  it('is not given for a group ("officials have said"; the older lead-source rule off)', () => {
    const group = body.replace("the harbour watchdog has said", "officials have said");
    const off = switchOff("quotes.headline-lead-source");
    expect(headlineSpeaker("Ferry firms 'should share offices'", group, off)).not.toBe("Port Users Board");
  });
});

describe("a one-word headline quotation only one body speaker's statements hold", () => {
  const body = [
    "Westhaven Harbour Board will not rush to buy the old Tarrow ferry if it is put up for sale this winter.",
    "",
    '"We still know very little about the state of its engines," board chairman Osric Penhallow told the Coastal Courier.',
    "",
    '"Whoever buys her is taking a real gamble."',
  ].join("\n");

  it("is that speaker's", () => {
    expect(headlineSpeaker("Harbour wary of ferry 'gamble'", body)).toBe("Osric Penhallow");
  });

  it("is no one's with the switch off", () => {
    const off = switchOff("quotes.headline-word-one-speaker");
    expect(headlineSpeaker("Harbour wary of ferry 'gamble'", body, off)).toBeNull();
  });

  it("stays no one's when the body also uses the word unquoted", () => {
    const used = `${body}\n\nSome traders called the purchase a gamble worth taking.`;
    expect(headlineSpeaker("Harbour wary of ferry 'gamble'", used)).toBeNull();
  });
});

describe("a one-word headline verb whose stem the lead uses", () => {
  const body = [
    "The Fenwick Savings Bank is to cut its forecast for house prices next year, the Coastal Courier reported.",
    "",
    "Prices rose by 4% last year. The bank had expected a rise of 3% this year.",
  ].join("\n");

  it("goes to the lead's reporter", () => {
    expect(headlineSpeaker("Bank 'cuts' price forecast", body)).toBe("Coastal Courier");
  });

  it("is a label (no one's) with the switch off", () => {
    const off = switchOff("quotes.headline-term-stem");
    expect(headlineSpeaker("Bank 'cuts' price forecast", body, off)).toBeNull();
  });
});
