// Session 42: a name printed with 's before a verb or a company word is the name itself
// ("McDonald's said", "Moody's Investors Service"), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { namedMentions } from "../helpers/actors.ts";
import { directQuotes } from "../helpers/quotes.ts";

const text =
  "Ratings cut\n\nHalloran's Investors Service Inc said it cut the debt of Varga Air Corp. Burger chain owner Dunmore's Corp opened a store. Dunmore's said sales rose. Mr Hale's was asked about it, and Tony Hale's plan failed. It's said to be bad.\n";
const names = (switches?: Parameters<typeof namedMentions>[1]) =>
  namedMentions(text, switches).map((x) => `${x.name}|${x.via}`);

describe("a name printed with 's", () => {
  it("keeps its 's and its company words, an organisation", () => {
    const got = names();
    expect(got).toContain("Halloran's Investors Service Inc|name");
    expect(got).toContain("Dunmore's Corp|name");
    expect(got.some((n) => n.startsWith("Dunmore|") || n.startsWith("Halloran|"))).toBe(false);
  });

  it("is never a person's possessive or a contraction", () => {
    const got = names();
    expect(got.some((n) => n.includes("Hale's") || n.startsWith("It's"))).toBe(false);
  });

  it("speaks as that name", () => {
    const q = directQuotes("Burgers\n\nDunmore's Corp opened a store. Dunmore's said: \"We are delighted.\"");
    expect(q[0]?.speakerName).toBe("Dunmore's Corp");
  });

  it("is what the switch does: off, the firm lost its 's and its first word", () => {
    const got = names(switchOff("actors.possessive-form-name"));
    expect(got).not.toContain("Halloran's Investors Service Inc|name");
    expect(got).toContain("Investors Service Inc|name");
  });
});
