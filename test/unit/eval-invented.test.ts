// The invented sets' scorer compares speakers as the BBC scorer does: folded words, and one name
// ending the other on a word boundary.
import { describe, expect, it } from "vitest";
import { sameInventedSpeaker } from "../../src/eval/invented.ts";

describe("the invented sets' speaker match", () => {
  it("takes a capital or an accent as the same word", () => {
    expect(sameInventedSpeaker("Witnesses", "witnesses")).toBe(true);
    expect(sameInventedSpeaker("Seamus Doherty", "Séamus Doherty")).toBe(true);
  });

  it("takes a surname or a description's tail for the whole", () => {
    expect(sameInventedSpeaker("Reid", "Shannon Reid")).toBe(true);
    expect(sameInventedSpeaker("A spokesman for Jamster", "spokesman for Jamster")).toBe(true);
  });

  it("takes no part of a word, no other name and no speaker for none", () => {
    expect(sameInventedSpeaker("Rail", "Rail, Maritime and Transport union")).toBe(false);
    expect(sameInventedSpeaker("Ann Reid", "Shannon Reid")).toBe(false);
    expect(sameInventedSpeaker("Ann Reid", null)).toBe(false);
    expect(sameInventedSpeaker(null, null)).toBe(true);
  });
});
