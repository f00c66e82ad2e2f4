// Session 26 (issue #13): an unresolved definite description takes up the actor in focus, on
// invented text; each case also with the switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const OFF = switchOff("quotes.description-focus");

describe("a definite description takes up the actor in focus", () => {
  const carer =
    'A hospital in Leeds is being sued by a former employee. Priya Dalton is claiming damages over her dismissal. She said managers had ignored her. The care assistant said the trust was "treating staff like numbers".';
  const singer =
    'Pop singer Dana Vix and her manager Paul Kerr will tour Europe next year. Vix announced the dates on her website. "I cannot wait to see my fans again," the chart-topper said.';
  const steel =
    'Shares in Northbar Steel fell after the firm said it would cut 900 jobs. The country\'s biggest steel producer blamed "weak demand" from carmakers.';

  it("is the subject of the sentence before, a name or a pronoun", () => {
    expect(speakerOf(directQuotes(carer), "treating staff")).toBe("Priya Dalton");
    expect(speakerOf(directQuotes(singer), "I cannot wait")).toBe("Dana Vix");
  });

  it("is the main clause's subject, not a later clause's", () => {
    const lead = "Ana Ruiz and Jo Hale played in Lisbon on Friday.";
    const roleLed = `${lead} Band member Ana Ruiz said the tour would go ahead even if Jo Hale stayed at home. "We never cancel," the chart-topper said.`;
    const who = `${lead} Ruiz finished ahead of Hale, who was unwell. "We never cancel," the chart-topper said.`;
    expect(speakerOf(directQuotes(roleLed), "We never")).toBe("Ana Ruiz");
    expect(speakerOf(directQuotes(who), "We never")).toBe("Ana Ruiz");
    expect(speakerOf(directQuotes(who, OFF), "We never")).toBe("the chart-topper");
  });

  it("reaches a name two sentences back when the sentence before names no one", () => {
    const body =
      'Pop singer Dana Vix and her manager Paul Kerr will tour Europe next year. Vix announced the dates on Monday. Tickets go on sale in May. "I cannot wait to be back," the chart-topper said.';
    expect(speakerOf(directQuotes(body), "I cannot wait")).toBe("Dana Vix");
    expect(speakerOf(directQuotes(body, OFF), "I cannot wait")).toBe("the chart-topper");
  });

  it("is the firm the sentence before names, for a firm's description", () => {
    expect(speakerOf(directQuotes(steel), "weak demand")).toBe("Northbar Steel");
  });

  it("is the description itself with the switch off", () => {
    expect(speakerOf(directQuotes(singer, OFF), "I cannot wait")).toBe("the chart-topper");
    expect(speakerOf(directQuotes(carer, OFF), "treating staff")).toBe("The care assistant");
    expect(speakerOf(directQuotes(steel, OFF), "weak demand")).toBe("The country's biggest steel producer");
  });

  it("leaves a description the article brought in with a/an", () => {
    const body =
      'A former senior engineer at Kestrel Aviation has spoken out. Marta Lind, a union leader, backed him. She said staff were worried. "Safety was ignored for years," the engineer said.';
    expect(speakerOf(directQuotes(body), "Safety was")).not.toBe("Marta Lind");
  });

  it("leaves an anonymous or separate participant unnamed", () => {
    const body =
      'Farmer Tom Wills was fined £500 at the county court. Wills said he would appeal. "You ignored every warning," the magistrate said.';
    expect(speakerOf(directQuotes(body), "You ignored")).not.toBe("Tom Wills");
  });
});
