// Session 41: two people sharing a surname (found on PolNeAR train), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body =
  'Vigil\n\nSenator Chris Walsh spoke on the floor for fifteen hours. Walsh said the vote was a victory. He paid tribute to a teacher, Mary Ann Walsh, who was killed trying to protect a child. "It takes courage to look into the eye of a shooter," Walsh said. "I am not done," he added.';

describe("a lone surname two people of the article share", () => {
  it("stays with the one the article named first, not the later, longer name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It takes courage")).toBe("Chris Walsh");
    // the pronoun after it follows: "he" is never the woman named later
    expect(speakerOf(qs, "I am not done")).toBe("Chris Walsh");
  });

  it("is what the switch does: off, the longer name took the surname", () => {
    const qs = directQuotes(body, switchOff("quotes.shared-surname-first"));
    expect(speakerOf(qs, "It takes courage")).toBe("Mary Ann Walsh");
  });
});
