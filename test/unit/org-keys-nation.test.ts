// A country's initials before a body's name are no firm's acronym: the UK Government and the US
// Government stay two actors, while "MG Rover" still goes by "Rover".
import { describe, expect, it } from "vitest";
import { orgShortKeys } from "../../src/analysis/actors/org-keys.ts";

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
