// Session 27 (issue #13), offices on invented text: a secretary named before is no holder of a
// modified minister ("the prime minister"), only of the bare "the minister". With the switch off
// the old answer, and a near miss (the bare minister) unchanged.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a secretary holds the bare minister only", () => {
  const premier =
    'Health Secretary Nora Quill wants a new levy on sugar. Ms Quill is expected to set out the plan. The prime minister said the levy would be "fair to every family" in the land.';

  it("leaves the prime minister as written", () => {
    expect(speakerOf(directQuotes(premier), "fair to every")).toMatch(/prime minister/i);
  });

  it("not with the switch off", () => {
    expect(
      speakerOf(directQuotes(premier, switchOff("quotes.minister-secretary-bare")), "fair to every"),
    ).toBe("Nora Quill");
  });

  it("but the bare minister is still the secretary", () => {
    const bare =
      'Health Secretary Nora Quill wants a new levy on sugar. Ms Quill is expected to set out the plan. The minister said the levy would be "fair to every family" in the land.';
    expect(speakerOf(directQuotes(bare), "fair to every")).toBe("Nora Quill");
  });
});

describe("an office owning another office in its sentence takes up no one merely named before", () => {
  const owns =
    'The Greens accused Mr Pettifer of dodging the question of rates. Speaking at a rally, the premier praised his treasurer\'s "steady hand" on the economy.';

  it("leaves the premier as written", () => {
    expect(speakerOf(directQuotes(owns), "steady hand")).toMatch(/premier/i);
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(owns, switchOff("quotes.office-owns-office")), "steady hand")).toMatch(
      /Pettifer/,
    );
  });

  it("but an office owning nothing still takes up the one person named", () => {
    const plain =
      'The Greens accused Mr Pettifer of dodging the question of rates. Speaking at a rally, the premier praised the "steady hand" of the treasury.';
    expect(speakerOf(directQuotes(plain), "steady hand")).toMatch(/Pettifer/);
  });
});
