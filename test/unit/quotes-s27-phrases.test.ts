// Session 27's small phrase fixes (issue #13), on invented text: a firm's trade between an
// anonymous source's "for" and the firm's name, and a verb of saying used as a noun after a
// determiner and one modifier.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a spokesman for <trade> <Firm> is the firm's spokesman, not the firm", () => {
  const body =
    'Recall widens\n\nThe fault was found in March. A spokesman for carmaker Volkora said: "We are sorry for the delay." "Every car will be fixed," he added.\n\nA spokeswoman for publisher Zentrix said the game had "sold out in a day".';

  it("keeps the spokesman and his firm in the speaker", () => {
    expect(speakerOf(directQuotes(body), "We are sorry")).toBe("A spokesman for carmaker Volkora");
    expect(speakerOf(directQuotes(body), "sold out")).toBe("A spokeswoman for publisher Zentrix");
  });

  it("gives the 'he added' after it to the same spokesman", () => {
    expect(speakerOf(directQuotes(body), "Every car")).toBe("A spokesman for carmaker Volkora");
  });

  it("still gives the firm itself when no spokesman comes before the trade", () => {
    expect(
      speakerOf(directQuotes('Recall\n\nIn March carmaker Volkora said: "We are sorry."'), "We are sorry"),
    ).toBe("Volkora");
  });
});

describe("'the island state' closing the next sentence is a noun, not a tag", () => {
  it("leaves a quotation with the official quoted before it", () => {
    const body =
      'Coin returns\n\n"It is a question of pride," Reuters quoted a central bank official as saying. "It is our own money." The zorg was the old coin of the island state.';
    expect(speakerOf(directQuotes(body), "It is our own money")).toBe("a central bank official");
  });
});

describe("a dashed aside after a description's head is no part of the clause", () => {
  const body =
    'Gamers\n\nMira Tull, who runs the site, said it was busy. "It is a big site," she said.\n\nOne unnamed correspondent - all are anonymous - wrote: "My husband plays all night."\n\nThe minister - who was in Paris at the time - said: "We will act."';

  it("gives the words to the described source, not to the person quoted before", () => {
    expect(speakerOf(directQuotes(body), "My husband")).toBe("One unnamed correspondent");
    expect(speakerOf(directQuotes(body), "We will act")).toBe("The minister");
  });

  it("reads on from the person before with the step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.description-aside")), "My husband")).toBe(
      "Mira Tull",
    );
  });

  it("keeps an aside that no verb of saying closes", () => {
    const qs = directQuotes(
      'Plan\n\nMira Tull said: "It is busy." The plan - which was cancelled - cost millions. "We lost," she said.',
    );
    expect(speakerOf(qs, "We lost")).toBe("Mira Tull");
  });
});

describe("a band speaks, with a dashed aside before its verb", () => {
  const body =
    'Awards\n\nGlasgow band Velvet Hounds won best group. Singer Ana Brook said: "This is wild." The band - whose album sold well - said: "We would be nowhere without you."';

  it("gives the words to the band", () => {
    expect(speakerOf(directQuotes(body), "We would be nowhere")).toBe("Velvet Hounds");
  });

  it("leaves them with the singer quoted before with the aside step off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.description-aside")), "We would be nowhere")).toBe(
      "Ana Brook",
    );
  });
});
