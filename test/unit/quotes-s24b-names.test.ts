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
