// Session 23's description class (issue #13), on invented text: a he/she after a sentence that
// opens on a definite description of a person named before ("The fifth seed", "The Norwegian")
// is that person. (The same description as a tag's speaker, "said the three-time champion", was
// a second rule; it lost three rows on the fresh check set 50 and was dropped.)
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a he/she after a sentence opened by a description is the person it describes", () => {
  const seed =
    'Varga handed tough opener\n\nHungary\'s Peter Varga will meet Spain\'s Luis Ortega in the first round of the Riverside Open.\n\nVarga beat Ortega in a long final set in Vienna last year, so he expects a hard match. The fifth seed, who has never won a title on grass and could play Tomas Lind in the semi-finals, is relishing the tie. "He serves very well and he never gives up," he said. "I will need to be patient from the first point."';
  const nationality =
    'Lund a doubt for Oslo race\n\nSkier Erik Lund is unlikely to race in Oslo after hurting his knee in training.\n\n"He needs rest and it will take some weeks," said team doctor Karl Moen. "A younger athlete would heal faster, but Erik is strong."\n\n"The ligament is stretched rather than torn." The Norwegian has missed several races this winter but still hopes to start. "I will test it every day and decide late," he said.';

  it("is the described person, not a name in its relative clause or a doctor quoted before", () => {
    expect(speakerOf(directQuotes(seed), "He serves very well")).toBe("Peter Varga");
    expect(speakerOf(directQuotes(nationality), "I will test it")).toBe("Erik Lund");
  });

  it("is another reading with the switch off", () => {
    const off = switchOff("quotes.pronoun-after-description-subject");
    expect(speakerOf(directQuotes(seed, off), "He serves very well")).not.toBe("Peter Varga");
  });
});

describe("descriptions that name no one before are left to other rules", () => {
  const office =
    'Minister backs ferry plan\n\nTransport minister Helen Ashby has backed a new ferry route.\n\nShe met port chief Owen Tate on Monday. "The route will cut journeys by an hour," said the transport minister.';

  it("keeps an office to the office rules (its holder named as such)", () => {
    expect(speakerOf(directQuotes(office), "The route will")).toBe("Helen Ashby");
  });
});
