// Error classes session 39 found (PolNeAR train, BBC study sets), on invented text.
import { describe, expect, it } from "vitest";
import { speakerOnOff } from "../helpers/quotes.ts";

describe("a verb with 'back' that delivers the quotation", () => {
  const step = "quotes.hit-back-comma";

  it("before a comma: 'Ms Vold hit back, “…”'", () => {
    const body =
      'Port row\n\nHarbour chief Rina Vold was asked about the closure. Ms Vold hit back, "Nobody has shown me a better plan."';
    expect(speakerOnOff(body, "Nobody has", step)).toEqual(["Rina Vold", null]);
  });

  it("with a he/she: 'She shot back, “…”'", () => {
    const body =
      'Port row\n\nRina Vold was asked about the closure. She shot back, "Nobody has shown me a better plan."';
    expect(speakerOnOff(body, "Nobody has", step)).toEqual(["Rina Vold", null]);
  });

  it("with a manner adverb before the colon: 'Mr Brack fired back forcefully: “…”'", () => {
    const body =
      'Port row\n\nTom Brack runs the ferry line. Asked about the fees, Mr Brack fired back forcefully: "If they sue us, they will lose."';
    expect(speakerOnOff(body, "If they sue", step)).toEqual(["Tom Brack", null]);
  });

  it("not for a body that is no name or he/she, nor for a word after 'came back'", () => {
    const body =
      'Port row\n\nThe union struck back, "we will strike" its members said. Tom Brack came back, "tired" and late.';
    expect(speakerOnOff(body, "we will strike", step)[0]).not.toBe("Tom Brack");
    expect(speakerOnOff(body, "tired", step)).toEqual([null, null]);
  });
});
