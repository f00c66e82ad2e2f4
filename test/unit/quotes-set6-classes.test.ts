// Speaker classes found on BBC study set 6 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with the rule switched off, where the speaker goes wrong.
import { describe, expect, it } from "vitest";
import { ALL_STEPS, type StepSwitches, switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const quotes = (body: string, switches: StepSwitches = ALL_STEPS) => directQuotes(body, switches);

describe("an indefinite description reporting the lead, named in the next sentence", () => {
  const text = [
    'Country bus services are in a "state of collapse", a transport campaigner has warned.',
    "",
    'Maria Fenwick told a meeting in Leeds that fares had doubled in five years. "Nobody can afford to travel," she said.',
  ].join("\n");

  it("is the person named next", () => {
    expect(speakerOf(quotes(text), "state of collapse")).toBe("Maria Fenwick");
  });

  it("stays an unnamed campaigner with the rule off", () => {
    const qs = quotes(text, switchOff("quotes.lead-description-ahead"));
    expect(speakerOf(qs, "state of collapse")).toBe("a transport campaigner");
  });

  it("is nobody named later when someone is named before it", () => {
    const before = text.replace("Country bus services", "Ann Pike says country bus services");
    expect(speakerOf(quotes(before), "state of collapse")).not.toBe("Maria Fenwick");
  });
});
