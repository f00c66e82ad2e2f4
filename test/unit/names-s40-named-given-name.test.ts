// Session 40: a person the article introduces by a given name alone ("a resident named
// Caroline"), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes } from "../helpers/quotes.ts";

const STEP = "actors.named-given-name";

const speaker = (body: string, start: string, off = false) =>
  directQuotes(body, off ? switchOff(STEP) : undefined).find((q) => q.text.startsWith(start))?.speakerName ??
  null;

describe("a lone given name after 'named' or 'gave her name as'", () => {
  it("is a person the she/he after it stands for", () => {
    const body =
      'Rally\n\nThe crowd cheered. One woman there was a Dover resident named Marisol. "He truly cares about us," she said of the mayor.';
    expect([speaker(body, "He truly"), speaker(body, "He truly", true)]).toEqual(["Marisol", null]);
  });

  it("after 'gave his name only as'", () => {
    const body =
      'Protest\n\nA protester who gave his name only as Dmitri said he had come from Ohio. "We will not leave," he said.';
    expect([speaker(body, "We will not"), speaker(body, "We will not", true)]).toEqual(["Dmitri", null]);
  });

  it("but not a word that is no given name ('a firm named Acorn')", () => {
    const body = 'Deal\n\nA firm named Acorn bought the site. "It is a good fit," it said.';
    expect(speaker(body, "It is a good")).not.toBe("Acorn Person");
  });
});
