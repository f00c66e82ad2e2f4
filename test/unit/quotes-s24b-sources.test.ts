// Source classes of session 24b (issue #13), on invented text: each rule's variants, the
// sentences it must leave alone, and the same with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const games = "Games sales\n\nSales of video games rose again in the UK last year, figures show.\n\n";

describe("an inverted tag right after a quoted term, no comma between", () => {
  const tags = [
    ['The year was a "record year" said Tom Hale, head of the trade body.', "record year", "Tom Hale"],
    ['Sales were "very strong" says Tom Hale of the trade body.', "very strong", "Tom Hale"],
    ['It was "the best year ever" added Tom Hale.', "the best year", "Tom Hale"],
    ['The market stayed "buoyant" said the head of the trade body, Tom Hale.', "buoyant", "Tom Hale"],
    [
      'Prices were "too high" argued Dr Ann Roe of Leeds University, who studies games.',
      "too high",
      "Ann Roe",
    ],
  ];

  it("takes the name or description after a verb of saying that is never a noun", () => {
    for (const [s, q, who] of tags) expect(speakerOf(directQuotes(games + s!), q!)).toBe(who);
  });

  it("reads no tag into a verb with a clause of its own after it", () => {
    const clause = `${games}Makers of "Halo" said the game would sell well.`;
    const object = `${games}Fans of the "Halo" series said Labour was wrong.`;
    expect(speakerOf(directQuotes(clause), "Halo")).toBeNull();
    expect(speakerOf(directQuotes(object), "Halo")).toBeNull();
  });

  it("finds no speaker with the switch off", () => {
    const off = switchOff("quotes.tag-inverted-unpunctuated");
    for (const [s, q] of tags.slice(0, 3)) expect(speakerOf(directQuotes(games + s!, off), q!)).toBeNull();
  });
});

describe('"according to" with no comma after its source', () => {
  const teens = "Teen spending\n\nBritish teenagers spend more on make-up than ever, a study says.\n\n";
  const named = `${teens}According to Tom Hale the trend is "here to stay".`;
  const titled = `${teens}According to the firm's chief executive Tom Hale the trend is "here to stay".`;
  const linked = `${teens}According to a spokesman for the Lyle group the trend is "here to stay".`;

  it("ends the source where the clause's own subject opens", () => {
    expect(speakerOf(directQuotes(named), "here to")).toBe("Tom Hale");
    expect(speakerOf(directQuotes(titled), "here to")).toBe("Tom Hale");
  });

  it("keeps a determiner after a link word inside the source", () => {
    expect(speakerOf(directQuotes(linked), "here to")).not.toBe("Tom Hale");
    expect(speakerOf(directQuotes(linked), "here to")).toMatch(/spokesman|Lyle/);
  });

  it("runs on into the clause with the switch off", () => {
    const off = switchOff("quotes.according-to-no-comma");
    expect(speakerOf(directQuotes(named, off), "here to")).not.toBe("Tom Hale");
  });
});
