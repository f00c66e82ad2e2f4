// Pronoun classes of session 22 (issue #13), on invented text: each rule's own sentences, and the
// same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a he/she takes up the person the sentence before opens on as its subject", () => {
  const body =
    "Budget row deepens\n\nCouncillor Ray Denholm attacked the budget on Monday.\n\nDenholm tore into council leader Piet Larkin for raising fees again, because he's simply not fit to run the town. Denholm's been making the case for months that Larkin has lost control of spending. \"You have never once balanced the books,\" he said.";
  const reported =
    'Campaign memories\n\nMara Quint ran the early rallies in Port Elm.\n\nQuint joined Dov Harrow at small gatherings in cafes around the port. Harrow won over the small crowds with fiery speeches, Quint said. "It felt like the start of something," she said.';

  it("is the opening subject, not the object named later", () => {
    expect(speakerOf(directQuotes(body), "You have never")).toBe("Ray Denholm");
  });

  it("is not a subject inside words another reports (`…, Quint said.`)", () => {
    expect(speakerOf(directQuotes(reported), "It felt like")).toBe("Mara Quint");
  });

  it("is the object with the switch off", () => {
    const off = switchOff("quotes.pronoun-opening-subject");
    expect(speakerOf(directQuotes(body, off), "You have never")).toBe("Piet Larkin");
  });
});
