// Session 43: US wire style on invented text — a state or firm abbreviation inside a closing
// tag's apposition, and archive quotations written with two apostrophes ('').
import { describe, expect, it } from "vitest";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an abbreviation's period before a comma", () => {
  it('ends no tag: "X, a lawyer in Salem, Ore., said" names X', () => {
    const qs = directQuotes(
      'Port deal\n\nThe port vote is close. "We have the numbers," Dana Whitfield, a lawyer in Salem, Ore., said on Monday. "It was never in doubt," Ray Osei, now 70 and retired in Dover, Del., said by telephone.',
    );
    expect(speakerOf(qs, "We have the numbers")).toBe("Dana Whitfield");
    expect(speakerOf(qs, "It was never in doubt")).toBe("Ray Osei");
  });

  it("keeps a firm's Co., in the apposition", () => {
    const qs = directQuotes(
      'Mill\n\n"Orders doubled," Lena Park, who runs Park Timber Co., said in an interview.',
    );
    expect(speakerOf(qs, "Orders doubled")).toBe("Lena Park");
  });
});

describe("a quotation in two apostrophes that runs over sentences", () => {
  it("takes the tag after its last sentence, as double marks do", () => {
    const qs = directQuotes(
      "Polls\n\nThe forecasts were wrong. ''Dismissal of the outsider. Consensus on a rematch. Neglect of the governor,'' Nia Brandt, a veteran strategist, said.",
    );
    expect(speakerOf(qs, "Dismissal of the outsider")).toBe("Nia Brandt");
  });
});
