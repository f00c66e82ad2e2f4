// Which person speaks (issue #13, session 8): the classes where the rules chose the wrong person,
// on invented text in several domains.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("which person speaks", () => {
  it("never gives a he/she quotation to the person it talks about in the third person", () => {
    const sport = [
      "Coach Harry Bramwell asked the league to cut the number of away games.",
      "Tom Vickery, Bramwell's assistant at the club, has said he may quit \"I think Tom's problem is the travelling,\" he said.",
    ].join(" ");
    expect(speakerOf(quotes(sport), "I think Tom")).toBe("Harry Bramwell");
    const business = [
      "Analyst Peter Grange followed the bank's results for a decade.",
      'The investor Rob Kemble sold his shares last week. "Mr Kemble has a perfect sense of timing," he said.',
    ].join(" ");
    expect(speakerOf(quotes(business), "Mr Kemble")).toBe("Peter Grange");
    // The step switched off: the nearest subject, as before.
    const off = switchOff("quotes.pronoun-not-named-in-quote");
    expect(speakerOf(quotes(sport, off), "I think Tom")).toBe("Tom Vickery");
  });

  it("still gives a he/she quotation to a person it addresses, or who gives his own full name", () => {
    const qs = quotes(
      [
        'Senator Paul Ridley lost his temper with the chairman. "Sit down, Paul, you have had your turn," he said.',
        'Mayor Alan Tusk spoke next. "People say Alan Tusk should step aside. I will not," he said.',
      ].join(" "),
    );
    expect(speakerOf(qs, "Sit down")).toBe("Paul Ridley");
    expect(speakerOf(qs, "People say")).toBe("Alan Tusk");
  });
});
