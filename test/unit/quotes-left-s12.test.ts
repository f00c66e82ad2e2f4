// Speaker classes left over on BBC study sets 1 and 3-8 after session 11 (issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("a party word run into a person's name", () => {
  const body =
    'Rents rose in May.\n\nBut Tory Martin Hale said his party offered a "clear plan" on housing. "The council has failed," he said.';

  it("is no part of the name: the person speaks, and takes the he", () => {
    const qs = quotes(body);
    expect(speakerOf(qs, "clear plan")).toBe("Martin Hale");
    expect(speakerOf(qs, "The council has")).toBe("Martin Hale");
  });

  it("is an organisation with the switch off", () => {
    const qs = quotes(body, switchOff("actors.party-prefix"));
    expect(speakerOf(qs, "The council has")).not.toBe("Martin Hale");
  });
});
