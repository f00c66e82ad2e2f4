// Speaker classes of "it" and he/she given to the wrong actor (issue #13, session 17), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an acronym modifying a person's role noun", () => {
  const body =
    'Magnate bids for Harrow Rovers\n\nHenrik Solvang has made a new offer for Harrow Rovers.\n\nThe NZ magnate, who has courted the club for a year, has sent the Rovers board "firm plans", it has confirmed. Mr Solvang owns a shipping line.';

  it("is no organisation that a later 'it' takes up", () => {
    expect(speakerOf(directQuotes(body), "firm plans")).not.toBe("NZ");
  });

  it("is the acronym as an organisation with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.acronym-modifier-person")), "firm plans")).toBe(
      "NZ",
    );
  });
});
