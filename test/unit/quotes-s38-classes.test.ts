// Error classes session 38 found (BBC study sets, PolNeAR train), on invented text.
import { describe, expect, it } from "vitest";
import { directQuotes, speakerOf, speakerOnOff } from "../helpers/quotes.ts";

describe("the writer's own I", () => {
  const column =
    'Harbour fees\n\nMaren Tollef said the new fees were "fair to everyone". Critics disagree.\n\nI\'d say the fees are a "tax on fishing" and nothing else. I would simply ask her: "Would you pay them?"';

  it("outside every quotation names no speaker, not the person quoted last", () => {
    expect(speakerOnOff(column, "tax on", "quotes.narrator-i")).toEqual([null, "Maren Tollef"]);
    expect(speakerOnOff(column, "Would you", "quotes.narrator-i")).toEqual([null, "Maren Tollef"]);
  });

  it("leaves the person quoted before with her own words", () => {
    expect(speakerOf(directQuotes(column), "fair to")).toBe("Maren Tollef");
  });

  it("inside a quotation is still that speaker's own", () => {
    const quoted =
      'Harbour fees\n\nMaren Tollef spoke at the quay. "I told them, and I said it twice: the fees are fair," she said. "I\'d say the rest is "noise"," she added.';
    const qs = directQuotes(quoted);
    expect(speakerOf(qs, "I told")).toBe("Maren Tollef");
  });
});
