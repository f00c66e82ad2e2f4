// Speaker classes found on BBC study set 28 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a participle opening the sentence is no given name of the run after it", () => {
  const body =
    'Minister backs fan plan\n\nSports minister Helen Darby said the new rules would help clubs. She praised Wanderers and Albion for their work.\n\n"We want to make things fairer," she said. Praising Wanderers and Albion for their efforts, she said: "They have shown the way."';

  it("leaves the pronoun to the person named", () => {
    expect(speakerOf(directQuotes(body), "They have shown")).toBe("Helen Darby");
  });

  it("reads a person 'Praising Wanderers' with the rule off", () => {
    const qs = directQuotes(body, switchOff("actors.sentence-initial-participle"));
    expect(speakerOf(qs, "They have shown")).toBe("Praising Wanderers");
  });
});
