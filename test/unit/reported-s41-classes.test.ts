// Session 41: reported-speech classes found on PolNeAR train, on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { allQuotes } from "../helpers/quotes.ts";

const reported = (body: string, off?: string) =>
  allQuotes(body, off ? switchOff(off) : undefined).filter((q) => q.kind === "reported");

describe("a plural subject and a plain present verb after 'said'", () => {
  const body =
    "Rally\n\nHerschel Walker spoke to the convention in Cleveland on Monday. The football star said most people misunderstand the candidate. Walker said voters want a change in Washington.";

  it("opens the reported clause, credited to the one who said it", () => {
    const r = reported(body);
    const misunderstand = r.find((q) => q.text.startsWith("most people misunderstand"));
    expect(misunderstand?.speakerName).toBe("Herschel Walker");
    expect(r.find((q) => q.text.startsWith("voters want"))?.speakerName).toBe("Herschel Walker");
  });

  it("is what the step adds: switched off, neither clause is read", () => {
    const r = reported(body, "quotes.reported-plural-subject-verb");
    expect(r.some((q) => /^(?:most people|voters want)/.test(q.text))).toBe(false);
  });
});

describe("a speaker phrase that no noun heads", () => {
  const body =
    "Rates\n\nCarl Greene spoke to investors in Boston on Tuesday. Greene added that the Fed very much wants to get out of the way before the election. The first four states that vote represent a sliver of the delegates, Tom Akers wrote.";

  it("drops 'the Fed very much' and 'The first four', keeping the sentences' own speakers", () => {
    const r = reported(body);
    expect(r.some((q) => /much$|four$/.test(q.speakerText ?? ""))).toBe(false);
    expect(r.find((q) => q.text.startsWith("the Fed very much"))?.speakerName).toBe("Carl Greene");
    expect(r.find((q) => q.text.startsWith("The first four"))?.speakerName).toBe("Tom Akers");
  });

  it("is what the check removes: switched off, both phrases speak", () => {
    const r = reported(body, "quotes.reported-phrase-without-head");
    expect(r.filter((q) => /much$|four$/.test(q.speakerText ?? "")).length).toBe(2);
  });

  it("keeps a name or a source closed by a number ('ABC 7', 'data from 2014')", () => {
    const body =
      "Sign\n\nA highway sign near Ontario flashed a message on Sunday. Local affiliate ABC 7 is reporting that a couple saw the sign. Median age rose to 30, according to a study by the Pew Research Center of census data from 2014.";
    const r = reported(body);
    expect(r.some((q) => /ABC 7$/.test(q.speakerText ?? ""))).toBe(true);
    expect(r.some((q) => /from 2014$/.test(q.speakerText ?? ""))).toBe(true);
  });

  it("is what the check removes: switched off, 'A 2014' speaks", () => {
    const body =
      "Tax\n\nThe merger is a great deal for shareholders, Ian Read said. A 2014 estimate by the Joint Committee on Taxation projected that inversions will cost the country billions.";
    const on = reported(body).some((q) => q.speakerText === "A 2014");
    const off = reported(body, "quotes.reported-phrase-without-head").some((q) => q.speakerText === "A 2014");
    expect([on, off]).toEqual([false, true]);
  });
});

describe("a reported 'he' or 'she' resolved to a person of the other gender", () => {
  const body =
    "Race\n\nHillary Clinton leads in the polls. Mr. Trump has broken more rules than Ross Perot did. Like most Democrats, Mrs. Clinton's campaign strategists say they believe the voters would turn out. But they cannot be certain.\n\nHe attacked Mr. Clinton's personal life after Mrs. Clinton accused him of sexism. He tells audiences she may be prosecuted over her private email server.";

  it("is no sure speaker: the report is dropped, never credited to her", () => {
    const r = reported(body);
    expect(r.some((q) => q.text.startsWith("she may be prosecuted"))).toBe(false);
    expect(r.find((q) => q.text.startsWith("Mr. Clinton's personal life"))?.speakerName).toBe("Trump");
  });

  it("is what the check drops: switched off, 'He' went to Hillary Clinton", () => {
    const r = reported(body, "quotes.reported-pronoun-gender-clash");
    expect(r.find((q) => q.text.startsWith("she may be prosecuted"))?.speakerName).toBe("Hillary Clinton");
  });
});
