// Session 42: an office written in capitals that the article never ties to a name, on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const body =
  'Row over rail\n\nShadow home secretary Ann Lowe said: "We have fought a fair campaign." In a speech Mr Varley said of the Tory leader: "He is clever, but he is not wise." The Home Secretary told the BBC: "I was making an observation about policy."\n\nFerry plan\n\nTory leader Ann Lowe said: "We have fought a fair campaign." The Prime Minister replied: "That is nonsense."';

describe("an office written in capitals", () => {
  it("is the one the sentence before names, as the lowercase office is", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "I was making an observation")).toBe("Varley");
    // the speaker keeps the words the article wrote
    expect(qs.find((q) => q.text.includes("I was making"))?.speakerText).toBe("The Home Secretary");
  });

  it("is not someone the article gave another office", () => {
    expect(speakerOf(directQuotes(body), "That is nonsense")).not.toBe("Ann Lowe");
  });

  it("is what the switch does: off, it stayed the unlinked words", () => {
    const qs = directQuotes(body, switchOff("quotes.capitalised-office-subject"));
    expect(speakerOf(qs, "I was making an observation")).toBe("The Home Secretary");
  });
});
