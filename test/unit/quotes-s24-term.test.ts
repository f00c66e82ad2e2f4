// Term classes of session 24 (issue #13), on invented text: a verb of judging or rating gives its
// subject the term; a naming or judging participle with no agent gives it to no one.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("the subject of a verb of judging or rating uses the term it applies", () => {
  const patch =
    'Patch day\n\nSoftware giant Orbix has told users to update their systems.\n\nIn its monthly bulletin, it flagged up six "critical" flaws which could let hackers in.';
  const probe =
    'Market probe\n\nStock market regulator CMF has filed complaints against media firm Norvel.\n\nThe regulator is said to believe the two men were party to "secret data" about the bonds.';

  it("is the subject, a pronoun or a description resolved", () => {
    expect(speakerOf(directQuotes(patch), "critical")).toBe("Orbix");
    expect(speakerOf(directQuotes(probe), "secret data")).toBe("CMF");
  });

  it("is no one with the switch off", () => {
    // (s25b's raised-report-subject finds the same subject for "is said to believe": off too)
    const off = switchOff("quotes.rating-verb-term", "quotes.raised-report-subject");
    expect(speakerOf(directQuotes(patch, off), "critical")).toBeNull();
    expect(speakerOf(directQuotes(probe, off), "secret data")).toBeNull();
  });
});

describe("a term after a naming or judging participle with no agent is no one's", () => {
  const lead = "Patch day\n\nSoftware giant Orbix has told users to update their systems.\n\n";
  const judged = `${lead}Orbix said six flaws were "critical" and could let hackers in. The number of flaws considered "critical" is higher than usual.`;
  const named = `${lead}Orbix said six flaws were "critical" and could let hackers in. The flaws, called "zero-day" bugs, are new.`;
  const active = `${lead}Orbix said six flaws were "critical" and could let hackers in, in what it called "zero-day" bugs.`;

  it("has no speaker", () => {
    expect(directQuotes(judged).filter((q) => q.text === "critical")[1]?.speakerName).toBeNull();
    expect(speakerOf(directQuotes(named), "zero-day")).toBeNull();
  });

  it("keeps the subject of an active naming verb", () => {
    expect(speakerOf(directQuotes(active), "zero-day")).toBe("Orbix");
    const apposed = `${lead}Orbix chief Ann Lee, a former army officer, called "total war" on the hackers.`;
    expect(speakerOf(directQuotes(apposed), "total war")).not.toBeNull();
  });

  it("takes the nearby speaker with the switch off", () => {
    const off = switchOff("quotes.agentless-naming-term");
    expect(directQuotes(judged, off).filter((q) => q.text === "critical")[1]?.speakerName).toBe("Orbix");
    expect(speakerOf(directQuotes(named, off), "zero-day")).toBe("Orbix");
  });
});

describe("the by-agent of a verb of rendering gives the words after as", () => {
  const lead = "Gig ban\n\nReggae singer Dax Rollo has had his UK tour cancelled by promoter Jo Kent.\n\n";
  const translated = `${lead}Critics point to his song Fire, whose chorus was translated by the campaign group Out Now as "burn them all".`;
  const summed = `${lead}His remarks were summed up by Ms Kent as "plain hate".`;

  it("is the agent", () => {
    expect(speakerOf(directQuotes(translated), "burn them")).toBe("Out Now");
    expect(speakerOf(directQuotes(summed), "plain hate")).toBe("Jo Kent");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.rendered-by-agent-term");
    expect(speakerOf(directQuotes(translated, off), "burn them")).toBeNull();
    expect(speakerOf(directQuotes(summed, off), "plain hate")).toBeNull();
  });
});
