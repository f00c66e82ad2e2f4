import { describe, expect, it } from "vitest";
import { conceptsOf, holds, queryTerms } from "../../src/search/expand.ts";
import { terms } from "../../src/search/tokenize.ts";

const known = () => true;
const alternativesOf = (q: string, word: string) => {
  const [term] = terms(word);
  return conceptsOf(q, known)
    .find((c) => c.terms.join(" ") === term)!
    .alternatives.map((a) => a.join(" "));
};

describe("query concepts and their other forms", () => {
  it("pairs demonyms with country names, both ways", () => {
    expect(alternativesOf("Mexican police", "Mexican")).toContain(terms("Mexico")[0]);
    expect(alternativesOf("police in Mexico", "Mexico")).toContain(terms("Mexican")[0]);
  });

  it("reads U.S., US and USA as one term and offers United States", () => {
    expect(terms("U.S. and US and USA")).toEqual(["usa", "usa", "usa"]);
    expect(terms("let us go")).toEqual(["let", "go"]);
    expect(alternativesOf("the US economy", "US")).toContain(terms("United States").join(" "));
    const [c] = conceptsOf("United States", known);
    expect(c!.alternatives.map((a) => a.join(" "))).toContain("usa");
  });

  it("offers reporters' synonyms and number forms", () => {
    expect(alternativesOf("who did police detain", "detain")).toContain(terms("arrested")[0]);
    expect(alternativesOf("did the minister quit", "quit")).toContain(terms("resigned")[0]);
    expect(alternativesOf("three ships", "three")).toContain("3");
  });

  it("joins a hyphenated word and splits a compound the index knows", () => {
    expect(alternativesOf("cease-fire talks", "cease")).toContain(terms("ceasefire")[0]);
    const index = new Set(["stock", "market"]);
    const [c] = conceptsOf("stockmarket", (t) => index.has(t));
    expect(c!.alternatives).toEqual([["stock", "market"]]);
  });

  it("weighs other forms below the words asked, and a concept holds through any form", () => {
    const cs = conceptsOf("Mexican arrests", known);
    const weights = Object.fromEntries(queryTerms(cs).map((q) => [q.term, q.weight]));
    expect(weights[terms("Mexican")[0]!]).toBe(1);
    expect(weights[terms("Mexico")[0]!]).toBeLessThan(1);
    expect(holds(cs[0]!, new Set(terms("Mexico")))).toBe(true);
    expect(holds(cs[0]!, new Set(terms("Canada")))).toBe(false);
  });
});
