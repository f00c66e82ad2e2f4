// A country's initials before a body's name are no firm's acronym: the UK Government and the US
// Government stay two actors, while "MG Rover" still goes by "Rover".
import { describe, expect, it } from "vitest";
import { orgShortKeys } from "../../src/analysis/actors/org-keys.ts";
import { model } from "../helpers/actors.ts";

describe("country initials before a body's name", () => {
  it("gives a country's body no short form that another country's body shares", () => {
    expect(orgShortKeys(["UK", "Government"])).not.toContain("government");
    expect(orgShortKeys(["US", "Government"])).not.toContain("government");
    expect(orgShortKeys(["USA", "Swimming"])).not.toContain("swimming");
  });

  it("still reads a firm's acronym as a short form", () => {
    expect(orgShortKeys(["MG", "Rover"])).toContain("rover");
  });
});

describe("a firm's name closing on 'and Co'", () => {
  it("goes by the name without it, so 'Merrill Lynch' later is the same firm", () => {
    expect(orgShortKeys(["Merrill", "Lynch", "and", "Co"])).toContain("merrill lynch");
    expect(orgShortKeys(["Marks", "&", "Co"])).not.toContain("marks");
  });

  it("is one actor with the short name in an article", () => {
    const text =
      'MERRILL SUSPENDS CHIEF\n\nKessel Lynch and Co said its merger chief has been suspended.\n\n"We are disappointed," Kessel Lynch said in a statement.';
    const names = model(text).m.actors.map((a) => a.name);
    expect(names).toContain("Kessel Lynch and Co");
    expect(names).not.toContain("Kessel Lynch");
  });
});
