// A verb of delivery outside the speech lexicon ("boomed", "roared") after "and" shares the
// subject that opens its clause: "Roe then leaned in and boomed: “…”". Invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body = (tag: string) =>
  `Rally\n\nSenator Ann Roe spoke last night in Dover to a crowd of 3,000. ${tag} "Let us win in November."`;

describe("a second verb of delivery before a colon", () => {
  it("speaks for the clause's subject", () => {
    expect(speakerOf(directQuotes(body("Roe then leaned in and boomed:")), "Let us win")).toBe("Ann Roe");
    expect(speakerOf(directQuotes(body("Roe, who was late, turned and roared:")), "Let us win")).toBe(
      "Ann Roe",
    );
  });

  it("is left without a speaker with the rule off", () => {
    const qs = directQuotes(
      body("Roe then leaned in and boomed:"),
      switchOff("quotes.verb-colon-coordinated"),
    );
    expect(speakerOf(qs, "Let us win")).toBeNull();
  });

  it("gives nothing to an object before the colon", () => {
    expect(speakerOf(directQuotes(body("The crowd saw Roe and cheered:")), "Let us win")).not.toBe("Ann Roe");
  });
});

describe("a verb of delivery whose object names the words to come", () => {
  it("speaks for the subject when the object is a joke, a quip or a retort", () => {
    expect(speakerOf(directQuotes(body("She opened her speech with a joke:")), "Let us win")).toBe("Ann Roe");
    expect(speakerOf(directQuotes(body("Roe answered the heckler with a quip:")), "Let us win")).toBe(
      "Ann Roe",
    );
  });
});
