// Speaker-name classes of session 24's second name task (issue #13, BBC study sets 52-55), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a capitalised office owned by a named country or body, then the name", () => {
  const body = (s: string) => `Port deal signed\n\nThe two sides met again in the capital.\n\n${s}`;
  const cases: [string, string][] = [
    [
      'Chile\'s President, Rosa Delgado, said on Monday: "We are ready to sign the deal this week."',
      "Rosa Delgado",
    ],
    ['"We are ready to sign the deal this week," Chile\'s President, Rosa Delgado, said.', "Rosa Delgado"],
    [
      'Vortek\'s Chief Executive, Tom Hale, told reporters: "We are ready to sign the deal this week."',
      "Tom Hale",
    ],
    [
      'The Harbour Board\'s Deputy Chairman, Ann Pike, said: "We are ready to sign the deal this week."',
      "Ann Pike",
    ],
    [
      'Peru\'s Foreign Minister, Luis Ortega, said: "We are ready to sign the deal this week."',
      "Luis Ortega",
    ],
  ];

  it("is the name, not the office", () => {
    for (const [s, who] of cases) expect(speakerOf(directQuotes(body(s)), "We are ready"), s).toBe(who);
  });

  it("is the office with the switch off", () => {
    const off = switchOff("quotes.possessed-capital-office");
    expect(speakerOf(directQuotes(body(cases[0]![0]), off), "We are ready")).not.toBe("Rosa Delgado");
  });
});

describe("a person's name, a comma and the body they speak for, its closing comma left out", () => {
  const body = (s: string) => `Town hopes\n\nThe festival may move north next year.\n\n${s}`;
  const cases: [string, string, string][] = [
    [
      'Jane Rowe, Seaview Traders Association said: "We have tried very hard to keep it here."',
      "We have",
      "Jane Rowe",
    ],
    [
      '"We have tried very hard to keep it here," Jane Rowe, Seaview Traders Association said.',
      "We have",
      "Jane Rowe",
    ],
    [
      'Mark Dale, Harbour Residents Group told the paper: "We have tried very hard to keep it here."',
      "We have",
      "Mark Dale",
    ],
    [
      'Tom Price, Northbay Chamber of Commerce said the move was "a real blow to the town".',
      "a real",
      "Tom Price",
    ],
  ];

  it("is the person", () => {
    for (const [s, q, who] of cases) expect(speakerOf(directQuotes(body(s)), q), s).toBe(who);
  });

  it("is still the body with no person before it", () => {
    const s = 'In Leeds, Seaview Traders Association said: "We have tried very hard to keep it here."';
    expect(speakerOf(directQuotes(body(s)), "We have")).toBe("Seaview Traders Association");
  });

  it("is the body with the switch off", () => {
    const off = switchOff("quotes.name-comma-body-subject");
    expect(speakerOf(directQuotes(body(cases[0]![0]), off), "We have")).toBe("Seaview Traders Association");
  });
});

describe("a relative named by a given name after his/her and a kin noun", () => {
  const body = (lead: string, s: string) => `Family feud\n\n${lead}\n\n${s}`;
  const owner = "The deal is a win for chairman Ravi Kapoor, whose idea it was.";
  const cases: [string, string, string, string][] = [
    [
      owner,
      'His brother Sunil, the deputy chairman, said the plan was "quite wrong and rushed".',
      "quite",
      "Sunil Kapoor",
    ],
    [owner, '"It is quite wrong and rushed," his brother Sunil said.', "It is", "Sunil Kapoor"],
    [
      "Singer Ann Dale has cancelled her tour.",
      'Her son Joe said: "She needs a long rest."',
      "She needs",
      "Joe Dale",
    ],
  ];

  it("has the family's surname", () => {
    for (const [lead, s, q, who] of cases) expect(speakerOf(directQuotes(body(lead, s)), q), s).toBe(who);
  });

  it("is the given name alone when his/her is no one named", () => {
    const qs = directQuotes(body("The club lost again.", 'His brother Sunil said: "It is quite wrong."'));
    expect(speakerOf(qs, "It is")).toBe("Sunil");
  });

  it("is the given name alone with the switch off", () => {
    const off = switchOff("quotes.pronoun-kin-given-name");
    expect(speakerOf(directQuotes(body(owner, cases[0]![1]), off), "quite")).toBe("Sunil");
  });
});
