// Speaker classes found on BBC study set 34 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an anonymous source 'from' a body in a tag", () => {
  const body =
    'The river watchdog, the Clearwater Trust, said it had asked ferry firms to act.\n\n"The changes are long overdue," a spokeswoman from the Clearwater Trust told the Courier. "We will check them every month."';
  const before =
    'The river watchdog, the Clearwater Trust, said it had asked ferry firms to act.\n\nAn adviser from the Clearwater Trust said: "The changes are long overdue."';

  it("is the anonymous source, not the body", () => {
    expect(speakerOf(directQuotes(body), "The changes")).toBe("a spokeswoman from the Clearwater Trust");
    expect(speakerOf(directQuotes(before), "The changes")).toBe("An adviser from the Clearwater Trust");
  });

  it("is the body with the rule off", () => {
    // (also s26b's indefinite-person-link, which now finds the same adviser)
    const off = switchOff("quotes.anonymous-from-body", "quotes.indefinite-person-link");
    expect(speakerOf(directQuotes(body, off), "The changes")).toBe("Clearwater Trust");
    expect(speakerOf(directQuotes(before, off), "The changes")).toBe("Clearwater Trust");
  });

  it("keeps a named person from a body", () => {
    const named = body.replace(
      "a spokeswoman from the Clearwater Trust",
      "Nora Penhale from the Clearwater Trust",
    );
    expect(speakerOf(directQuotes(named), "The changes")).toBe("Nora Penhale");
  });
});

describe("a document that 'reads' in a closing tag", () => {
  const inverted =
    'Staff at the mill were told of the closure on Monday.\n\n"The site will shut at the end of June," reads a letter sent to every worker. "Nobody will leave without a payment."';
  const after =
    'Staff at the mill were told of the closure on Monday.\n\n"The site will shut at the end of June," the letter read.';

  it("is the document", () => {
    expect(speakerOf(directQuotes(inverted), "The site")).toMatch(/^a letter/);
    expect(speakerOf(directQuotes(inverted), "Nobody will")).toMatch(/^a letter/);
    expect(speakerOf(directQuotes(after), "The site")).toBe("the letter");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.tag-document-reads");
    expect(speakerOf(directQuotes(inverted, off), "The site")).toBeNull();
  });

  it("is no tag when a person reads", () => {
    const reader =
      'Staff at the mill were told of the closure on Monday by Owen Tregear.\n\nHe reads the paper every day. "The site will shut," he said.';
    expect(speakerOf(directQuotes(reader), "The site")).toBe("Owen Tregear");
  });
});

describe("a definite description after an unnamed one of its head", () => {
  const body =
    'Harbour Air has approached the port about a bid.\n\nA report in the Courier had quoted an unnamed executive at Harbour Air as saying the firm would pay cash. "We can offer far more than anyone else," the paper quoted the executive as saying. Harbour Air chief executive Tom Varley is said to have met the port board.';

  it("is the unnamed one (since session 45 written as the article brought it in)", () => {
    expect(speakerOf(directQuotes(body), "We can offer")).toBe("an unnamed executive at Harbour Air");
    expect(speakerOf(directQuotes(body, switchOff("quotes.source-again")), "We can offer")).toBe(
      "the executive",
    );
  });

  it("is the person named in that role with the switch off", () => {
    const off = switchOff("quotes.unnamed-antecedent", "quotes.source-again");
    expect(speakerOf(directQuotes(body, off), "We can offer")).toBe("Tom Varley");
  });
});

describe("the focus of a cleft sentence before a participle", () => {
  const body =
    'The two rivals stood side by side at the launch.\n\nBut it was Mr Tregear who took the stage, speaking of the "fresh start" the town needed.';

  it("is the focus", () => {
    expect(speakerOf(directQuotes(body), "fresh start")).toBe("Tregear");
  });

  it("is not the focus with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.cleft-focus-participle")), "fresh start")).not.toBe(
      "Tregear",
    );
  });
});

describe("a share of a plural group", () => {
  const body =
    'A poll of 900 drivers was published on Monday.\n\nSome 62% of drivers said the bypass was "long overdue". The worry fell, with just 40 per cent of hauliers calling the tolls a "serious threat".';

  it("speaks", () => {
    expect(speakerOf(directQuotes(body), "long overdue")).toBe("62% of drivers");
    expect(speakerOf(directQuotes(body), "serious threat")).toBe("40 per cent of hauliers");
  });

  it("does not speak with the rule off", () => {
    const off = switchOff("quotes.share-of-group");
    expect(speakerOf(directQuotes(body, off), "long overdue")).not.toBe("62% of drivers");
    expect(speakerOf(directQuotes(body, off), "serious threat")).toBeNull();
  });
});

describe("a second quotation joined by 'or' to a group's first", () => {
  const body =
    'The new timetable was published on Monday.\n\nIt was attacked at once, with many commuters calling it "a shambles" or "a farce".';

  it("is the group's too", () => {
    expect(speakerOf(directQuotes(body), "a farce")).toBe("commuters");
  });

  it("is not the group's with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.group-cue-paired-quote")), "a farce")).not.toBe(
      "commuters",
    );
  });
});
