// Speaker classes found on BBC study set 19 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a run right after a work or product noun is a title, no person", () => {
  const body =
    'Phone maker shows talking maps\n\nThe handset firm Orvane has been working on a technology called Street Voice, which reads a map aloud.\n\nOne worry is that the name Street Voice makes people think of satnav, but Tamsin Oduya, a product lead at Orvane, was sure that Street Voice should not be confused with it. She said: "It is a guide you carry, not a car gadget."';

  it("leaves she to the person", () => {
    expect(speakerOf(directQuotes(body), "It is a guide")).toBe("Tamsin Oduya");
  });

  it("gives she to the title read as a person with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.work-title")), "It is a guide")).toBe(
      "Street Voice",
    );
  });
});

describe("a plural possessive's apostrophe does not break the apposition", () => {
  const body =
    'Storm edge thriller\n\nThe Storm beat the Hawks 24-21 on Saturday.\n\nClub legend Tom Baxter hailed it as "the best game in years". Ian Cole, the Hawks\' two-try scorer on the day, called it "one of the strangest games I have played in".';

  it("is the name the apposition follows", () => {
    expect(speakerOf(directQuotes(body), "one of the strangest")).toBe("Ian Cole");
  });

  it("is the speaker before with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.plural-possessive-word")), "one of the strangest"),
    ).toBe("Tom Baxter");
  });
});
