// Speaker-name classes of session 24's name task (issue #13, BBC study sets 42-51), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a rank written short is a title, not part of the name", () => {
  const body = (first: string, later: string) =>
    `Smuggling ring jailed\n\n"This was a long and careful inquiry," said ${first} Ian Marsh, who led the case.\n\n${later} Marsh went on to warn: "Other gangs will try the same route."`;

  it("is the full name the article gave", () => {
    for (const [first, later] of [
      ["Det Supt", "Det Supt"],
      ["Detective Chief Superintendent", "Chief Supt"],
      ["Detective Chief Inspector", "Det Ch Insp"],
      ["Detective Chief Inspector", "DCI"],
      ["Sergeant", "Sgt"],
      ["Lieutenant Colonel", "Lt Col"],
      ["Councillor", "Cllr"],
    ]) {
      const qs = directQuotes(body(first!, later!));
      expect(speakerOf(qs, "This was a long"), first).toBe("Ian Marsh");
      expect(speakerOf(qs, "Other gangs"), later).toBe("Ian Marsh");
    }
  });

  it("makes no person of the rank and the name", () => {
    const { m, a } = model(
      `---\noutlet: Test Post\ntitle: T\npublished: 2031-04-09\n---\n${body("Chief Supt", "Supt")}`,
    );
    expect(actorAt(m, a, "Supt Ian Marsh")).toBeNull();
    expect(actorAt(m, a, "Ian Marsh")).toBe("Ian Marsh");
  });
});

describe("capitalised words joined by '&' are one name", () => {
  const body = (tag: string) =>
    `Rating raised\n\nThe agency lifted the country's debt rating on Monday.\n\n"The outlook has improved a great deal since the spring," ${tag}.`;

  it("reads the tag past the firm's name", () => {
    const cases: [string, string][] = [
      ["wrote S&P credit analyst Tomas Berg", "Tomas Berg"],
      ["AT&T chief economist Tomas Berg said", "Tomas Berg"],
      ["said M&S", "M&S"],
    ];
    for (const [tag, who] of cases) expect(speakerOf(directQuotes(body(tag)), "The outlook"), tag).toBe(who);
    expect(speakerOf(directQuotes(body("said a Procter & Gamble spokeswoman")), "The outlook")).toMatch(
      /Gamble/,
    );
  });

  it("is the first letter with the switch off", () => {
    const off = switchOff("quotes.ampersand-word");
    expect(speakerOf(directQuotes(body("wrote S&P credit analyst Tomas Berg"), off), "The outlook")).toBe(
      "S",
    );
  });
});

describe("a baron, viscount or earl is Lord in running text", () => {
  const body =
    'Peer speaks on ports\n\nThe former shipping minister was made Baron Pryce of Ardley last year.\n\n"Our ports need investment now," Lord Pryce said in the debate.';

  it("keeps the name Lord", () => {
    expect(speakerOf(directQuotes(body), "Our ports")).toBe("Lord Pryce");
  });

  it("is the formal rank with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.peer-lord-style")), "Our ports")).toBe(
      "Baron Pryce",
    );
  });
});
