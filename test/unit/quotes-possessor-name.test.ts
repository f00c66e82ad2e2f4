// "India's Ravindra Menon": a name run through a possessive is the possessor and a person, so the
// speaker users see is "Ravindra Menon", not "India Ravindra Menon" (invented text).
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body =
  'Kerala pair reach final\n\nIndia\'s Ravindra Menon beat the top seed in Delhi on Friday. Menon, who is 19, will now face Karl Olsen. "It was a hard match," said Menon.\n\nTennis Norway\'s Per Dahl rejected the criticism of the courts. "We did our best," he said.';

describe("a possessor before a person's full name is no part of the name", () => {
  it("gives the person's own name for a surname tag and a he after the possessive phrase", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It was a hard")).toBe("Ravindra Menon");
    expect(speakerOf(qs, "We did our best")).toBe("Per Dahl");
  });

  it("keeps the possessor in the surname's fullest name with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.possessor-name-split"));
    expect(speakerOf(qs, "It was a hard")).toBe("India Ravindra Menon");
  });

  it("keeps an organisation's name with a possessive inside it whole", () => {
    const org =
      "Fees row\n\nThe Women's Institute said the rise was unfair. \"Members cannot pay twice,\" the Women's Institute said.";
    expect(speakerOf(directQuotes(org), "Members cannot")).toMatch(/Institute$/);
  });
});
