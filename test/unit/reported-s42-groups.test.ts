// Session 42: groups of people as reported speakers (PolNeAR train classes), on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { allQuotes } from "../helpers/quotes.ts";

const body =
  "Convention\n\nThe party met in Calder on Monday. Some delegates at the convention in Harbourton said they welcomed attention to the issue. Calder biofuels advocates say they already have private promises from the governor. Republican leaders in the Senate said the bill would fail. With Democratic leaders worried about turnout, Ann Lowe is rolling out a new message. In a Gazette poll, 55 percent of Calder Republican voters said the governor was honest.";

type Switches = Parameters<typeof allQuotes>[1];
/** The reported-speech records of a body (the group tests' `body` unless given). */
const reportedOf = (text: string, switches?: Switches) =>
  allQuotes(text, switches).filter((q) => q.kind === "reported");
const reported = (switches?: Switches) => reportedOf(body, switches);
/** The speaker of the record whose content starts with `words`, else null. */
const speakerBy = (qs: ReturnType<typeof reported>, words: string) =>
  qs.find((q) => q.text.startsWith(words))?.speakerName ?? null;

describe("a group of people as a reported speaker", () => {
  it("is the group placed by in/at, not the place", () => {
    const qs = reported();
    expect(speakerBy(qs, "they welcomed")).toBe("Some delegates at the convention in Harbourton");
    expect(speakerBy(qs, "the bill would fail")).toBe("Republican leaders in the Senate");
  });

  it("keeps its place or party words, not only its plural", () => {
    expect(speakerBy(reported(), "they already have")).toBe("Calder biofuels advocates");
  });

  it("is never a clause a preposition opens, nor a poll's share", () => {
    const qs = reported();
    expect(qs.some((q) => /^With /.test(q.speakerName ?? ""))).toBe(false);
    expect(speakerBy(qs, "the governor was honest")).toBeNull();
  });

  it("is what the switches do: off, the group lost its words, and the poll's share spoke", () => {
    expect(speakerBy(reported(switchOff("quotes.group-speaker")), "they already have")).toBeNull();
    expect(speakerBy(reported(switchOff("quotes.reported-group-poll")), "the governor was honest")).toBe(
      "55 percent of Calder Republican voters",
    );
  });
});

describe('a "that" after the clause a verb of saying opens', () => {
  const body =
    "Race\n\nAnn Marr and Bo Lind met voters. Marr says Lind ran a very aggressive campaign in Calder that led to her win on Saturday. Marr told a meeting of Calder Island leaders that few people understood the stakes.";
  const content = (switches?: Switches) => reportedOf(body, switches).map((q) => q.text);

  it("is a relative's: what was said is the whole clause", () => {
    const got = content();
    expect(got.some((t) => t.startsWith("Lind ran a very aggressive campaign"))).toBe(true);
    // a hearer before "that" keeps "that" as the start of what was said
    expect(got.some((t) => t.startsWith("few people understood"))).toBe(true);
  });

  it('is what the switch does: off, the content began after the relative\'s "that"', () => {
    const got = content(switchOff("quotes.reported-that-after-clause"));
    expect(got.some((t) => t.startsWith("led to her win"))).toBe(true);
  });
});

describe("a group's apposition naming its members", () => {
  const body =
    "Refugees\n\nAnn Marr spoke on Monday. Other Calder candidates, including Ann Marr and Bo Lind, have said the plan is fair. Party leaders — and, in particular, Ed Roe — insisted the bill would pass.";
  const speakers = (switches?: Switches) => reportedOf(body, switches).map((q) => q.speakerText);

  it("is part of the speaker", () => {
    const got = speakers();
    expect(got).toContain("Calder candidates, including Ann Marr and Bo Lind");
    expect(got).toContain("Party leaders — and, in particular, Ed Roe");
  });

  it("is what the switch does: off, the members were left out", () => {
    expect(speakers(switchOff("quotes.reported-group-including"))).not.toContain(
      "Calder candidates, including Ann Marr and Bo Lind",
    );
  });
});

describe("a poll's counted share and a phrase ending on an article", () => {
  const body =
    "Polls\n\nAnn Marr spoke. In a Gazette survey released Thursday, 79 percent of Democrats said they were satisfied with the mayor. By the end of the day, Ms. Marr was forced into a rare retreat and said that her words had been misread.";

  it("speak no reported speech", () => {
    const speakers = reportedOf(body).map((q) => q.speakerText ?? "");
    expect(speakers.some((s) => /Democrats/.test(s))).toBe(false);
    expect(speakers).not.toContain("By the");
  });
});

describe("a verb coordinated in a while-clause whose subject has an apposition", () => {
  const body =
    "Refugees\n\nAnn Roe and Bo Lind spoke. Gov. Ann Roe on Monday signed an order to block refugees, while Bo Lind, the former Calder governor, proposed a new tax and said the speaker should resign.";
  const by = (switches?: Switches) => speakerBy(reportedOf(body, switches), "the speaker should");

  it("has the clause's subject, read past the apposition", () => {
    expect(by()).toBe("Bo Lind");
  });

  it("is what the switch does: off, the sentence's lead took it", () => {
    expect(by(switchOff("quotes.subordinate-coordination-apposition"))).toBe("Ann Roe");
  });
});

describe("a tag with a verb of explaining or stating", () => {
  it('reports the words before it, as a tag with "said" does', () => {
    const qs = reportedOf(
      "Tags\n\nAnn Marr spoke. She had struggled her whole life, Marr explained, recalling a visit. The rules are fair, Marr stated.",
    );
    expect(speakerBy(qs, "She had struggled")).toBe("Ann Marr");
    expect(speakerBy(qs, "The rules are fair")).toBe("Ann Marr");
  });
});
