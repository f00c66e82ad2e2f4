// Speaker classes found on BBC study set 20 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"it" with no organisation before it takes up the body a sentence opens on', () => {
  // "Vorlandia" is a one-word name the model holds as no organisation.
  const apposed =
    'Insurers count storm cost\n\nInsurers say the storm will cost them less than feared.\n\nVorlandia, a leading Danish insurer, said it did not yet know its losses. However, it said the storm was unlikely to have a "serious" effect on its results.';
  const described =
    'New cabinet sworn in\n\nThe new Marovian government, led by the Green Alliance, took office in May after it promised a "fairer deal" for farmers.';

  it("is the name set off by a description of a business", () => {
    expect(speakerOf(directQuotes(apposed), "serious")).toBe("Vorlandia");
  });

  it("is the description of a body opening the sentence", () => {
    expect(speakerOf(directQuotes(described), "fairer deal")).toBe("new Marovian government");
  });

  it("is no one with the switch off (an unresolved it names no speaker since session 43)", () => {
    const off = switchOff("quotes.it-sentence-opener");
    expect(speakerOf(directQuotes(apposed, off), "serious")).toBeNull();
    expect(speakerOf(directQuotes(described, off), "fairer deal")).toBeNull();
  });
});

describe("an untagged quotation on a bulleted line is the words of the body the plans are by", () => {
  const body =
    'Greens unveil housing plans\n\nTenants would get new rights under plans unveiled by the Harbour Greens.\n\nParty leader Ola Brandt said the plans were "long overdue". The proposals include:\n\n- A cap on rents in a "high pressure" district \n - Landlords will have to "register every flat" with the council \n\nCritics said the cap would cut the supply of homes.';

  it("is the body the plans are by", () => {
    expect(speakerOf(directQuotes(body), "high pressure")).toBe("Harbour Greens");
    expect(speakerOf(directQuotes(body), "register every flat")).toBe("Harbour Greens");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.list-plans-owner");
    expect(speakerOf(directQuotes(body, off), "high pressure")).toBeNull();
    expect(speakerOf(directQuotes(body, off), "register every flat")).toBeNull();
  });
});
