// Session 40: quote classes found on PolNeAR train and the Reuters stories, on invented text.
import { describe, expect, it } from "vitest";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an apposition holding a compound glued to initials ('D.C.-based')", () => {
  it("is read past to the name before it, not the person of the sentence before", () => {
    const body =
      'Delegates\n\nMara Quist is the state Senate majority leader in Maine. Ivo Kemper, a delegate from the District and president of the D.C.-based Civic Forum, said: "I just do not think it is possible."';
    expect(speakerOf(directQuotes(body), "I just do not")).toBe("Ivo Kemper");
  });

  it("leaves an anonymous subject with the 'he' that follows it", () => {
    const body =
      'Dollar slips\n\nTreasury official Carl Brandt told a conference that if the economies grew, "there would not be the necessity of significant declines in the dollar." One dealer for a U.S.-based bank noted the dollar tended easier after the remarks. "They were obviously regarded as being negative," he said.';
    expect(speakerOf(directQuotes(body), "They were")).toBe("One dealer for a U.S.-based bank");
  });
});
