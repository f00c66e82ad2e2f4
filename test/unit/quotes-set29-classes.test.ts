// Speaker classes found on BBC study set 29 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a capitalised office before a name in commas is the name's role", () => {
  const body =
    'Ferry fares to rise\n\nFerry fares on the islands will rise by 6% in April.\n\nWelsh Transport Minister, Gareth Pryce AM, said: "We cannot hold fares down for ever." Australian Trade Minister, Lena Hoyle, told reporters: "The deal is close."';

  it("is the name in apposition", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We cannot hold")).toMatch(/^Gareth Pryce/);
    expect(speakerOf(qs, "The deal is close")).toBe("Lena Hoyle");
  });

  it("is the office with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.capital-office-apposition"));
    expect(speakerOf(qs, "We cannot hold")).not.toMatch(/^Gareth Pryce/);
  });
});
