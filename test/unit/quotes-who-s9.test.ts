// Session 9 speaker classes (issue #13) on invented text: given names that tell a person's gender
// beyond the first lexicon, so a he/she never goes to a person of the other gender.
import { describe, expect, it } from "vitest";
import { genderOfName } from "../../src/analysis/actors/index.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("given names that tell the gender", () => {
  it("reads frequent American given names", () => {
    expect(genderOfName("Bernie Okafor")).toBe("male");
    expect(genderOfName("Mitch Dorrance")).toBe("male");
    expect(genderOfName("Kellyanne Stroud")).toBe("female");
    expect(genderOfName("Monique Halvard")).toBe("female");
  });

  it("gives she to the woman named later, not the man who spoke before", () => {
    const qs = directQuotes(
      [
        'Mayor Bernie Okafor opened the budget meeting on Friday. "We have done our best," Okafor said.',
        "",
        'Monique Stroud, who leads the opposition group, was not convinced. "The library will close," she said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "The library")).toBe("Monique Stroud");
  });
});
