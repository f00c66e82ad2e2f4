// Error classes session 34 found (BBC study sets and PolNeAR train), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("'they' closing the sentence of a quoted term", () => {
  it("is the plural group its own sentence opens on", () => {
    const body =
      'Screens\n\nHarbour Electronics made a profit. The TV display makers want us to buy screens of 42in, to get the "true impact" of HD, they say, although smaller ones suffice.';
    expect(speakerOf(directQuotes(body), "true impact")).toBe("The TV display makers");
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.they-own-sentence-subject")), "true impact"),
    ).toBeNull();
    const bare = directQuotes('Climate\n\nCampaigners want the "real deal" on carbon, they said on Monday.');
    expect(speakerOf(bare, "real deal")).toBe("Campaigners");
  });

  it("is no subject that names a thing, nor one a speaker follows", () => {
    const thing = directQuotes('Climate\n\nThe talks were a "real deal" on carbon, they said.');
    expect(speakerOf(thing, "real deal")).not.toBe("The talks");
    const spoke = directQuotes(
      'Climate\n\nCampaigners met Ann Lee, who called it a "real deal" on carbon, they said.',
    );
    expect(speakerOf(spoke, "real deal")).not.toBe("Campaigners");
  });
});
