// Session 19, he/she given to the wrong person (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a nationality description is never the person who opens a sentence calling someone that", () => {
  const body =
    'Vos still bitter over exit\n\nRiver City striker Tom Vos says Harbour United were wrong to release him.\n\n"They let me go too early," Vos told a radio show. Coach Dan Mercer stunned the fans by releasing the Dutchman last year. But Mercer insisted the offer was too good to refuse. The episode still rankles with the Dutchman.\n\n"I had just bought a house in the town," he said. "It was a shock."';
  // the description stays the person opening the sentence when a fronted clause names him
  const fronted =
    'Roe wins again\n\nAnn Roe beat Jo Marr in the final.\n\nWhen Jo Marr shook her hand after the match, the Australian said: "You are the best."';

  it("is the other person, and so is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "I had just bought")).toBe("Tom Vos");
    expect(speakerOf(directQuotes(body), "It was a shock")).toBe("Tom Vos");
    expect(speakerOf(directQuotes(fronted), "You are the best")).toBe("Jo Marr");
  });

  it("is the sentence before's subject with the switch off", () => {
    const off = switchOff("actors.coref-same-epithet");
    expect(speakerOf(directQuotes(body, off), "I had just bought")).toBe("Dan Mercer");
  });
});

describe("a capitalised office read alone as a name is the one person the article wrote after it", () => {
  const body =
    'Port deal in doubt\n\nHarbour Lines has asked for new terms.\n\nWaterways Minister Carlos Medina has offered help but "not for nothing". However, Luis Ortega told the Daily Lamp the firm would "fight". The Waterways Minister did not rule out ending the contract. Yet he added that he would not make "promises" yet.';

  it("is that person, and so is the he/she after it", () => {
    expect(speakerOf(directQuotes(body), "promises")).toBe("Carlos Medina");
  });

  it("is not that person with the actor switch off", () => {
    // (since session 29 "The Waterways Minister" is read as the office, so the actor model's
    // holder is found without the quote step office-run-holder-speaker too)
    expect(speakerOf(directQuotes(body, switchOff("actors.office-run-holder")), "promises")).not.toBe(
      "Carlos Medina",
    );
  });
});
