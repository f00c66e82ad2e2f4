import { describe, expect, it } from "vitest";
import type { TimeExpression } from "../../src/analysis/dates/index.ts";
import { DATE_STEP_NAMES, findTimeExpressions, tenseAt, tenseOf } from "../../src/analysis/dates/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";

/** The single expression found in `sentence`, failing loudly if there is not exactly one. */
function one(sentence: string, published: string | null): TimeExpression {
  const found = findTimeExpressions(sentence, published);
  expect(found.map((t) => t.text)).toHaveLength(1);
  return found[0]!;
}
const dateOf = (sentence: string, published: string | null) => one(sentence, published).date;
const texts = (sentence: string, published: string | null = "2025-09-03") =>
  findTimeExpressions(sentence, published).map((t) => t.text);

const WED = "2025-09-03"; // a Wednesday
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

describe("weekdays, article published Wednesday 2025-09-03", () => {
  it("resolves past-tense weekdays to the most recent such day on or before publication", () => {
    expect(dateOf("The strike happened on Tuesday, officials said.", WED)).toBe("2025-09-02");
    expect(dateOf("Rubio met Sheinbaum on Wednesday.", WED)).toBe("2025-09-03");
    expect(dateOf('"We are ready to cooperate," she said Monday.', WED)).toBe("2025-09-01");
    expect(dateOf("The boat was destroyed on Thursday.", WED)).toBe("2025-08-28");
    expect(dateOf("Protesters gathered outside the embassy Saturday.", WED)).toBe("2025-08-30");
    expect(dateOf("The minister announced the plan on Sunday.", WED)).toBe("2025-08-31");
  });

  it("resolves future-tense weekdays to the next such day on or after publication", () => {
    expect(dateOf("The two leaders will meet on Thursday.", WED)).toBe("2025-09-04");
    expect(dateOf("Rubio is scheduled to speak with Sheinbaum on Friday.", WED)).toBe("2025-09-05");
    expect(dateOf("The senator is expected to vote Monday.", WED)).toBe("2025-09-08");
    expect(dateOf("The union plans to strike on Tuesday.", WED)).toBe("2025-09-09");
    expect(dateOf("Officials will brief reporters on Wednesday.", WED)).toBe("2025-09-03");
    expect(dateOf("Further details of the plans will be outlined on Monday.", WED)).toBe("2025-09-08");
  });

  it("lets the clause, not a trailing reporting verb, decide", () => {
    expect(dateOf("The troops will arrive on Thursday, the White House said.", WED)).toBe("2025-09-04");
    const s = "She said on Tuesday that the vote would be held on Thursday.";
    expect(findTimeExpressions(s, WED).map((t) => [t.text, t.date])).toEqual([
      ["on Tuesday", "2025-09-02"],
      ["on Thursday", "2025-09-04"],
    ]);
  });

  it("treats 'last' and 'next' as strictly before / after", () => {
    expect(dateOf("He resigned last Wednesday.", WED)).toBe("2025-08-27");
    expect(dateOf("The vote comes next Wednesday.", WED)).toBe("2025-09-10");
    expect(dateOf("The summit is next Friday.", WED)).toBe("2025-09-05");
  });

  it("reads possessives with straight and curly apostrophes as the day", () => {
    const t = one("After Wednesday’s meeting, the ministers left.", WED);
    expect([t.text, t.date]).toEqual(["Wednesday", "2025-09-03"]);
    expect(dateOf("Friday's meeting was cancelled.", WED)).toBe("2025-08-29");
    expect(dateOf("Monday's talks will resume.", WED)).toBe("2025-09-08");
  });

  it("falls back to the recent past when the sentence has no tense", () => {
    const t = one("The vote in the Commons on Monday.", WED);
    expect(t.date).toBe("2025-09-01");
    expect(t.confidence).toBeLessThan(0.8);
  });

  it("keeps part-of-day words and a leading 'on' in the text", () => {
    expect(texts("Talks collapsed on Tuesday night.")).toEqual(["on Tuesday night"]);
    expect(dateOf("Talks collapsed on Tuesday night.", WED)).toBe("2025-09-02");
  });
});

describe("every weekday against every publication day", () => {
  const week = [
    "2025-09-07",
    "2025-09-08",
    "2025-09-09",
    "2025-09-10",
    "2025-09-11",
    "2025-09-12",
    "2025-09-13",
  ];
  for (const pub of week) {
    for (const day of WEEKDAY_NAMES) {
      it(`${day} in an article of ${pub} (${WEEKDAY_NAMES[dow(pub)]})`, () => {
        const past = dateOf(`The ministers met on ${day}.`, pub)!;
        const future = dateOf(`The ministers will meet on ${day}.`, pub)!;
        expect(WEEKDAY_NAMES[dow(past)]).toBe(day);
        expect(WEEKDAY_NAMES[dow(future)]).toBe(day);
        expect(daysBetween(past, pub)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(past, pub)).toBeLessThanOrEqual(6);
        expect(daysBetween(pub, future)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(pub, future)).toBeLessThanOrEqual(6);
      });
    }
  }

  it("crosses month, year and leap-day boundaries", () => {
    expect(dateOf("The vote was held on Thursday.", "2024-03-01")).toBe("2024-02-29");
    expect(dateOf("The bombing happened on Tuesday.", "2025-01-02")).toBe("2024-12-31");
    expect(dateOf("The court will rule on Friday.", "2024-12-30")).toBe("2025-01-03");
  });
});

describe("explicit dates", () => {
  it("reads full dates in several styles", () => {
    expect(dateOf("The strike took place on September 2, 2025.", null)).toBe("2025-09-02");
    expect(dateOf("The strike took place on 2 September 2025.", null)).toBe("2025-09-02");
    expect(dateOf("The filing is dated 2025-09-02.", null)).toBe("2025-09-02");
    expect(dateOf("The memo, dated 9/2/2025, was leaked.", null)).toBe("2025-09-02");
    expect(dateOf("It was signed on the 4th of July, 1776.", null)).toBe("1776-07-04");
  });

  it("takes a weekday in front of a date as part of the same expression", () => {
    expect(texts("The strike came on Tuesday, Sept. 2, officials said.")).toEqual(["on Tuesday, Sept. 2"]);
    expect(texts("Voting ends on Saturday 12 February.")).toEqual(["on Saturday 12 February"]);
  });

  it("gives dates without a year the year the tense implies", () => {
    expect(dateOf("The strike happened Sept. 2.", WED)).toBe("2025-09-02");
    expect(dateOf("The treaty was signed on Dec. 30.", "2025-01-05")).toBe("2024-12-30");
    expect(dateOf("The law will take effect on Jan. 5.", "2024-12-20")).toBe("2025-01-05");
    expect(dateOf("The hearing will take place on 1 September.", WED)).toBe("2026-09-01");
  });

  it("rejects impossible days", () => {
    expect(findTimeExpressions("The report is due on September 31.", WED).every((t) => t.date === null)).toBe(
      true,
    );
    expect(findTimeExpressions("The filing 2025-02-30 is odd.", WED)).toEqual([]);
  });
});

describe("relative days, weeks, months and years", () => {
  it("resolves today, yesterday, tomorrow and 'N days ago'", () => {
    expect(dateOf("The president spoke yesterday.", WED)).toBe("2025-09-02");
    expect(dateOf("Talks resume tomorrow.", WED)).toBe("2025-09-04");
    expect(dateOf("Today the cabinet meets.", WED)).toBe("2025-09-03");
    expect(dateOf("The ship sank three days ago.", WED)).toBe("2025-08-31");
  });

  it("gives weeks as Monday–Sunday ranges", () => {
    expect(one("Prices rose last week.", WED).range).toEqual({ from: "2025-08-25", to: "2025-08-31" });
    expect(one("The bill passes this week.", WED).range).toEqual({ from: "2025-09-01", to: "2025-09-07" });
    expect(one("Leaders meet next week.", WED)).toMatchObject({
      granularity: "week",
      date: null,
      range: { from: "2025-09-08", to: "2025-09-14" },
    });
  });

  it("gives months and years as ranges, 'earlier this …' ending at publication", () => {
    expect(one("Inflation fell last month.", "2025-01-15").range).toEqual({
      from: "2024-12-01",
      to: "2024-12-31",
    });
    expect(one("He took office earlier this year.", WED)).toMatchObject({
      granularity: "year",
      range: { from: "2025-01-01", to: "2025-09-03" },
    });
    expect(one("Turnout was lower last year.", WED).range).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(one("Paid leave rises to nine months by 2007.", null).range).toEqual({
      from: "2007-01-01",
      to: "2007-12-31",
    });
  });

  it("places a bare month by tense", () => {
    expect(one("The plan was announced in July.", WED).range).toEqual({
      from: "2025-07-01",
      to: "2025-07-31",
    });
    expect(one("The plan was announced in November.", WED).range?.from).toBe("2024-11-01");
    expect(one("The plan will take effect in November.", WED).range?.from).toBe("2025-11-01");
    expect(one("The plan will take effect in September.", WED).range?.from).toBe("2025-09-01");
    expect(one("The general election is widely expected next May.", "2005-02-16").range?.from).toBe(
      "2005-05-01",
    );
    expect(one("Mr Johnson apologised last October.", "2005-02-16").range?.from).toBe("2004-10-01");
    expect(one("It happened in mid-July 2024.", WED)).toMatchObject({ text: "in mid-July 2024" });
  });
});

describe("no publication day", () => {
  it("finds relative expressions but never invents their date", () => {
    const found = findTimeExpressions("He said on Tuesday that talks begin next week, not yesterday.", null);
    expect(found.map((t) => t.text)).toEqual(["on Tuesday", "next week", "yesterday"]);
    expect(found.every((t) => t.date === null && t.range === undefined)).toBe(true);
    expect(one("The plan was announced in July.", null).range).toBeUndefined();
    expect(dateOf("The strike happened Sept. 2.", null)).toBeNull();
  });

  it("treats a malformed publication day like a missing one", () => {
    expect(dateOf("Rubio met Sheinbaum on Wednesday.", "03/09/2025")).toBeNull();
  });
});

describe("false positives", () => {
  it("ignores modal 'may' and the verb 'march'", () => {
    expect(texts("The company may scale back its plans.")).toEqual([]);
    expect(texts("Thousands will march on parliament.")).toEqual([]);
    expect(texts("May was unhappy with the result.")).toEqual([]);
  });

  it("ignores Theresa May and capitalised March without a time word", () => {
    expect(texts("The Shadow Secretary, Theresa May, said the plan was recycled.")).toEqual([]);
    expect(texts("The plan was attacked in a speech by May.")).toEqual([]);
    expect(texts("Organisers of the March for Life said it was peaceful.")).toEqual([]);
    expect(texts("The budget is due in March and the election in May.")).toEqual(["in March", "in May"]);
  });

  it("skips newspapers, holidays and generic days; show names get low confidence", () => {
    expect(texts("Mr Howard told the Sunday Times the party would cut quangos.")).toEqual([]);
    expect(texts("Super Tuesday is weeks away.")).toEqual([]);
    // A holiday named after a day is that holiday, not the day around publication.
    expect(dateOf("Good Friday will be a bank holiday.", WED)).toBe("2026-04-03");
    expect(texts("They asked 801 adults for the Mail on Sunday.")).toEqual([]);
    expect(texts("It is 12.30 on a Saturday morning.")).toEqual([]);
    expect(texts("Ms Hewitt told BBC Radio 4's Today programme.")).toEqual([]);
    const show = one("Ms Hewitt told GMTV's Sunday programme the plan was fair.", WED);
    expect(show.confidence).toBeLessThan(0.5);
  });

  it("does not read counts or clock times as dates", () => {
    expect(texts("The strike killed 11 people and 1,300 barrels were seized at 3 p.m.")).toEqual([]);
  });

  it("returns offsets that slice back to the text", () => {
    const s =
      "On Wednesday, Trump said the strike on Sept. 2 was the first of many, and more will come next week.";
    const found = findTimeExpressions(s, WED);
    expect(found.map((t) => t.text)).toEqual(["On Wednesday", "on Sept. 2", "next week"]);
    for (const t of found) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("tense", () => {
  it("classifies whole sentences", () => {
    expect(tenseOf("The U.S. military killed 11 suspected members of the cartel.")).toBe("past");
    expect(tenseOf("Rubio will travel to Ecuador.")).toBe("future");
    expect(tenseOf("The prime minister is to launch the campaign.")).toBe("future");
    expect(tenseOf("The talks are constructive.")).toBe("present");
  });

  it("finds the tense governing a position", () => {
    const s = "Officials said Monday that troops will deploy Friday.";
    expect(tenseAt(s, s.indexOf("Monday"), s.indexOf("Monday") + 6)).toBe("past");
    expect(tenseAt(s, s.indexOf("Friday"), s.indexOf("Friday") + 6)).toBe("future");
  });
});

describe("news-style sentences", () => {
  it("reads a NewsNation paragraph published Thursday 2025-09-04", () => {
    const pub = "2025-09-04";
    const s1 =
      "Secretary of State Marco Rubio is calling his meeting with Mexican President Claudia Sheinbaum on Wednesday a significant day.";
    expect(dateOf(s1, pub)).toBe("2025-09-03");
    const s2 =
      "On Wednesday, Trump referred to Venezuela as “a very bad actor,” which has sent millions of people into the United States.";
    expect(dateOf(s2, pub)).toBe("2025-09-03");
  });

  it("reads BBC-style copy published Wednesday 2005-02-16", () => {
    const pub = "2005-02-16";
    // The scheduled present ("Peers begin … on Thursday") speaks of the coming Thursday (issue #15).
    expect(dateOf("Peers begin three days of detailed deliberation on the bill on Thursday.", pub)).toBe(
      "2005-02-17",
    );
    expect(dateOf("The prime minister is to take part later on Saturday in a question session.", pub)).toBe(
      "2005-02-19",
    );
    expect(dateOf("Workers could take part in a strike already earmarked for 23 March.", pub)).toBe(
      "2005-03-23",
    );
    expect(one("The election, expected to be held in May, looms.", pub).range?.from).toBe("2005-05-01");
    expect(dateOf("He said Mr Hain should make a statement on Thursday.", pub)).toBe("2005-02-17");
    expect(dateOf("Few will vote if the election is held, as expected, on 5 May.", pub)).toBe("2005-05-05");
    expect(dateOf('Mr Blair told the Parliamentary Labour Party (PLP) on Monday: "We will win."', pub)).toBe(
      "2005-02-14",
    );
    expect(one("In March the Office of National Statistics reclassified the loans.", pub).range?.from).toBe(
      "2004-03-01",
    );
  });
});

describe("months with their own year", () => {
  it("reads 'in June last year' and 'in January of this year'", () => {
    expect(one("In June last year, Mr Wallace announced proposals.", "2005-02-16")).toMatchObject({
      text: "In June last year",
      range: { from: "2004-06-01", to: "2004-06-30" },
    });
    expect(one("Yet in January of this year he courted controversy.", "2005-02-16").range?.from).toBe(
      "2005-01-01",
    );
    expect(one("He changed his mind in June 2004.", null).range).toEqual({
      from: "2004-06-01",
      to: "2004-06-30",
    });
  });
});

describe("date steps can be switched off by name (the scorers' ablation)", () => {
  const sentence = "The minister resigned on Tuesday, two days after the vote on Sept. 1.";
  const texts = (off: string[]) =>
    findTimeExpressions(sentence, "2025-09-03", switchOff(...off)).map((t) => t.text.trim());

  it("drops exactly the expressions of the pattern switched off", () => {
    expect(texts([])).toContain("on Tuesday");
    expect(texts(["dates.weekday"])).not.toContain("on Tuesday");
    expect(texts(["dates.weekday"])).toContain("on Sept. 1");
    expect(texts(["dates.month-day"])).not.toContain("on Sept. 1");
  });

  it("falls back to the next tense rule when one is switched off", () => {
    // A reporting verb right before the day dates the statement; without that rule the clause's
    // own verb ("will resume") decides.
    const s = "She said Monday that the talks will resume.";
    expect(tenseAt(s, 9, 15)).toBe("past");
    expect(tenseAt(s, 9, 15, switchOff("dates.tense-reporting-verb-before"))).toBe("future");
  });

  it("has one name per step", () => {
    expect(new Set(DATE_STEP_NAMES).size).toBe(DATE_STEP_NAMES.length);
  });
});
