// Speaker classes of "it" and he/she given to the wrong actor (issue #13, session 17), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an acronym modifying a person's role noun, and an 'it' tag with no body before it", () => {
  const body =
    'Magnate makes new offer\n\nHenrik Solvang has made a new offer for a club. Shares in Harrow United rose 5% on the news.\n\nThe NZ magnate, who has courted the club for a year, has sent the United board "firm plans", it has confirmed.';

  it("takes no acronym for a body, and gives 'it' the body its own sentence names, by its full name", () => {
    expect(speakerOf(directQuotes(body), "firm plans")).toBe("Harrow United");
  });

  it("is the acronym as an organisation with the acronym switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.acronym-modifier-person"));
    expect(speakerOf(qs, "firm plans")).toBe("NZ");
  });

  it("leaves 'it' without the body with the own-sentence switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.it-own-sentence-body"));
    expect(speakerOf(qs, "firm plans")).not.toBe("Harrow United");
  });
});
