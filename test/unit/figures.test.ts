import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/analysis/events/figures.ts";

/** [value, unit, text] for each figure, the shape a reader checks. */
const figs = (sentence: string) => findFigures(sentence).map((f) => [f.value, f.unit, f.text]);

describe("casualties", () => {
  it("reads 'N … killed' and 'killed N …' as killed, keeping the counted noun", () => {
    const [f] = findFigures("“The strike resulted in 11 terrorists killed in action,” Trump wrote.");
    expect(f).toMatchObject({
      value: "11",
      unit: "killed",
      noun: "terrorists",
      text: "11 terrorists killed",
    });
    const [g] = findFigures("The U.S. military killed 11 suspected members of the Tren de Aragua cartel.");
    expect(g).toMatchObject({
      value: "11",
      unit: "killed",
      noun: "members",
      text: "killed 11 suspected members",
    });
  });

  it("reads passive, spelled-out and qualified casualty counts", () => {
    expect(figs("Eleven people were killed and 12 others were injured.")).toEqual([
      ["11", "killed", "Eleven people were killed"],
      ["12", "injured", "12 others were injured"],
    ]);
    expect(figs("The blast killed at least 30 civilians.")).toEqual([
      ["30", "killed", "killed at least 30 civilians"],
    ]);
    expect(figs("Three soldiers died and one person was wounded.")).toEqual([
      ["3", "dead", "Three soldiers died"],
      ["1", "injured", "one person was wounded"],
    ]);
    expect(figs("The death toll rose to 47.")).toEqual([["47", "dead", "47"]]);
  });

  it("keeps the plain head noun when nobody was killed", () => {
    expect(figs("Police arrested 11 suspected members of the cartel.")).toEqual([
      ["11", "members", "11 suspected members"],
    ]);
  });
});

describe("counts and units", () => {
  it("normalises grouping and finds the head noun", () => {
    expect(figs("The vessel carried 1,300 barrels of fuel.")).toEqual([["1300", "barrels", "1,300 barrels"]]);
    expect(figs("The Pentagon sent 15,000 troops to the border.")).toEqual([
      ["15000", "troops", "15,000 troops"],
    ]);
    expect(figs("A letter signed by 32 governors urged restraint.")).toEqual([
      ["32", "governors", "32 governors"],
    ]);
    expect(figs("The attack involved 300 more troops.")).toEqual([["300", "troops", "300 more troops"]]);
    expect(figs("Some 12,500 civil servant posts have been axed.")).toEqual([
      ["12500", "posts", "Some 12,500 civil servant posts"],
    ]);
  });

  it("reads spelled-out numbers that count something", () => {
    expect(figs("Two shipments were intercepted.")).toEqual([["2", "shipments", "Two shipments"]]);
    expect(figs("Twenty-five MPs rebelled.")).toEqual([["25", "MPs", "Twenty-five MPs"]]);
    expect(figs("Seven million telephone numbers are listed.")).toEqual([
      ["7000000", "numbers", "Seven million telephone numbers"],
    ]);
  });

  it("does not mistake adverbs, adjectives or possessives for the counted thing", () => {
    expect(figs("Just six rather nervous students turned up.")).toEqual([
      ["6", "students", "six rather nervous students"],
    ]);
    expect(figs("People who pay for three years' care should get help.")).toEqual([
      ["3", "years", "three years'"],
    ]);
    expect(figs("Mothers take six months' paid leave and six unpaid.")).toEqual([
      ["6", "months", "six months'"],
    ]);
  });

  it("records the article's hedge", () => {
    const [f] = findFigures("Officials seized more than 700,000 pounds of chemicals.");
    expect(f).toMatchObject({
      value: "700000",
      unit: "pounds",
      qualifier: "more than",
      text: "more than 700,000 pounds",
    });
    expect(findFigures("At least 32 governors signed.")[0]?.qualifier).toBe("at least");
  });

  it("records a person's age", () => {
    expect(figs("Mr Blunkett, 57, had been unafraid of change.")).toEqual([["57", "age", "57"]]);
  });
});

describe("money and percentages", () => {
  it("reads currency symbols and magnitudes", () => {
    expect(figs("Congress approved $569 million in aid.")).toEqual([["569000000", "USD", "$569 million"]]);
    expect(figs("The deal is worth £5bn and €3.2m.")).toEqual([
      ["5000000000", "GBP", "£5bn"],
      ["3200000", "EUR", "€3.2m"],
    ]);
    expect(figs("Pay rises by £1,400 to £102.80 a week.")).toEqual([
      ["1400", "GBP", "£1,400"],
      ["102.8", "GBP", "£102.80"],
    ]);
    expect(figs("Exports reached US$1.25 billion.")).toEqual([["1250000000", "USD", "US$1.25 billion"]]);
  });

  it("tells pounds sterling from pounds of weight", () => {
    expect(figs("The fine was 2.5 million pounds sterling.")).toEqual([
      ["2500000", "GBP", "2.5 million pounds sterling"],
    ]);
    expect(figs("The lorry held 700,000 pounds of chemicals.")).toEqual([
      ["700000", "pounds", "700,000 pounds"],
    ]);
    expect(figs("He was paid 500 dollars.")).toEqual([["500", "USD", "500 dollars"]]);
  });

  it("reads percent in its three spellings", () => {
    expect(figs("Support rose 30% in a year.")).toEqual([["30", "percent", "30%"]]);
    expect(figs("Mothers receive 90 per cent of earnings.")).toEqual([["90", "percent", "90 per cent"]]);
    expect(figs("Turnout fell 12.5 percent.")).toEqual([["12.5", "percent", "12.5 percent"]]);
  });
});

describe("not figures", () => {
  it("skips years, dates and clock times", () => {
    expect(figs("The law passed in 2025 after the 2005 general election.")).toEqual([]);
    expect(figs("The strike happened on Sept. 2 and September 2, 2025, and 2 September.")).toEqual([]);
    expect(figs("The memo is dated 9/2/2025 and 2025-09-02.")).toEqual([]);
    expect(figs("They met at 3 p.m., 10:30 and 7pm, and again at 1500 GMT.")).toEqual([]);
    expect(figs("Schools stay open from 0800 to 1800GMT.")).toEqual([]);
    expect(figs("We were all class of '83, and it was done 30 or 40 years ago.")).toEqual([]);
  });

  it("skips ordinals, names and ids", () => {
    expect(figs("It was the first time, and the 3rd attempt.")).toEqual([]);
    expect(figs("He flew an F-16 over Flight MH17's route.")).toEqual([]);
    expect(figs("He told BBC Radio 4 and went back to No 10 Downing Street.")).toEqual([]);
    expect(figs("Article 5 was invoked after 9/11 and Covid-19.")).toEqual([]);
    expect(figs("Schools at Key Stages 1, 3 and 4 met the target.")).toEqual([]);
    expect(figs("Iraq was in breach of UN resolution 1441 and section 5 of the code.")).toEqual([]);
  });

  it("skips vague and pronoun-like numbers", () => {
    expect(figs("Dozens of people and hundreds of officials attended.")).toEqual([]);
    expect(figs("One of them said no one knew.")).toEqual([]);
    expect(figs("The five-year plan and a 42-year-old man.")).toEqual([]);
  });

  it("skips a date even where nothing else marks it", () => {
    expect(figs("Sept. 2 was the day 11 people were killed.")).toEqual([
      ["11", "killed", "11 people were killed"],
    ]);
  });

  it("still counts a figure next to a date", () => {
    expect(figs("On Sept. 2, the military killed 11 people.")).toEqual([
      ["11", "killed", "killed 11 people"],
    ]);
  });
});

describe("offsets", () => {
  it("slice back to the figure's text", () => {
    const s =
      "In 2024, about 2,000 troops and $3bn in aid arrived; 40% of them stayed, and 11 people were killed.";
    const found = findFigures(s);
    expect(found.map((f) => f.text)).toEqual(["about 2,000 troops", "$3bn", "40%", "11 people were killed"]);
    for (const f of found) expect(s.slice(f.start, f.end)).toBe(f.text);
  });
});
