// Session 25 (issue #13): a name's subject ends at a lower-case irregular past verb, so the
// participle after it ("…, saying") goes to the name, not to a particle or an adjective.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a subject ends at an irregular past verb before '…, saying'", () => {
  const body = (sentence: string) =>
    `Harbour vote delayed\n\nThe Larkin council put off its vote on the harbour plan. ${sentence}`;
  const cases = [
    ['Councillor Ida Moss held back, saying the plan was "far too rushed".', "far too rushed"],
    ['Councillor Ida Moss stood firm, saying the plan was "a gift to developers".', "a gift to"],
    ['Councillor Ida Moss spoke out, saying the plan was "never costed".', "never costed"],
    ['Councillor Ida Moss hit out, saying the plan was "a shambles".', "a shambles"],
    ['Harbour master Olu Banjo fought back, saying the port "needs it".', "needs it"],
  ] as const;

  it("is the name, whatever word follows the verb", () => {
    for (const [sentence, words] of cases)
      expect(speakerOf(directQuotes(body(sentence)), words)).toBe(
        sentence.startsWith("Harbour") ? "Olu Banjo" : "Ida Moss",
      );
  });

  it("runs on past the verb with the switch off", () => {
    const off = switchOff("quotes.subject-ends-at-irregular-past");
    const got = cases.map(([sentence, words]) => speakerOf(directQuotes(body(sentence), off), words));
    expect(got).not.toContain("Ida Moss");
    expect(got).not.toContain("Olu Banjo");
  });

  it("leaves a name with a regular verb as it was", () => {
    const q = directQuotes(body('Councillor Ida Moss objected, saying the plan was "far too rushed".'));
    expect(speakerOf(q, "far too rushed")).toBe("Ida Moss");
  });
});
