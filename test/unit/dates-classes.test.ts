// The date error classes of issue #15, each on sentences written for this test, most as a pair
// whose only difference is whether the clause looks back or ahead.
import { describe, expect, it } from "vitest";
import { findTimeExpressions } from "../../src/analysis/dates/index.ts";
import { type StepSwitches, switchOff } from "../../src/analysis/steps.ts";

/** The day of the single day-valued expression found in `sentence`. */
function dayIn(sentence: string, published: string, switches?: StepSwitches): string | null {
  const days = findTimeExpressions(sentence, published, switches).filter((t) => t.granularity === "day");
  expect(days.map((t) => t.text)).toHaveLength(1);
  return days[0]!.date;
}

const WED = "2025-09-03"; // a Wednesday

describe("the year of a month-day written without one", () => {
  it("takes the year in which a weekday written beside it falls on that weekday", () => {
    expect(dayIn("The council confirmed the parade for Saturday, April 25.", "2026-02-10")).toBe(
      "2026-04-25",
    );
    expect(dayIn("The parade went ahead on Friday, April 25.", "2026-02-10")).toBe("2025-04-25");
    expect(dayIn("The parade is on Saturday, Dec. 19.", "2026-01-10")).toBe("2026-12-19");
    expect(dayIn("The parade went ahead on Friday, Dec. 19.", "2026-01-10")).toBe("2025-12-19");
  });

  it("reads a coming date in a past-tense clause as the coming one, not most of a year back", () => {
    const invited = "The ministers were invited to a signing ceremony on March 12.";
    expect(dayIn(invited, "2026-02-16")).toBe("2026-03-12");
    expect(dayIn(invited, "2026-02-16", switchOff("dates.year-near-publication"))).toBe("2025-03-12");
    expect(dayIn("The ministers attended a signing ceremony on March 12.", "2026-04-02")).toBe("2026-03-12");
  });

  it("keeps the tense's year for half a year back and for a plain future", () => {
    expect(dayIn("The plant was shut on Oct. 23.", "2026-05-06")).toBe("2025-10-23");
    expect(dayIn("The plant will reopen on Oct. 23.", "2026-05-06")).toBe("2026-10-23");
    expect(dayIn("The new fares will apply from Jan. 2.", "2026-01-05")).toBe("2027-01-02");
  });
});

describe("the clause that governs a weekday", () => {
  it("does not end a clause at the comma of a number", () => {
    expect(dayIn("Rescuers were pulling 1,500 people from the water next to the river on Sunday.", WED)).toBe(
      "2025-08-31",
    );
  });

  it("does not read 'next to' as a time", () => {
    expect(dayIn("A bomb exploded next to the station on Friday.", WED)).toBe("2025-08-29");
  });

  it("leaves the tense of a clause that follows the weekday to that clause", () => {
    expect(dayIn("The ministers issued a statement Friday saying the talks will resume.", WED)).toBe(
      "2025-08-29",
    );
    expect(dayIn("The ministers will issue a statement Friday saying the talks have ended.", WED)).toBe(
      "2025-09-05",
    );
  });

  it("reads a plan or a schedule as looking ahead, even in the past tense", () => {
    expect(dayIn("Residents planned a vigil outside the town hall on Saturday.", WED)).toBe("2025-09-06");
    expect(dayIn("Residents held a vigil outside the town hall on Saturday.", WED)).toBe("2025-08-30");
    expect(dayIn("The mayor has scheduled a press briefing Thursday.", WED)).toBe("2025-09-04");
    expect(dayIn("The mayor gave a press briefing Thursday.", WED)).toBe("2025-08-28");
    // A plan made on the day named before it is a plan made then, not a day ahead.
    expect(dayIn("On Monday, the council planned new cycle lanes.", WED)).toBe("2025-09-01");
  });

  it("reads a deadline moved 'until' a day as ahead, the moving itself as done", () => {
    expect(dayIn("The court postponed until Monday its ruling on the merger.", WED)).toBe("2025-09-08");
    expect(dayIn("The court postponed its ruling on the merger on Monday.", WED)).toBe("2025-09-01");
    expect(dayIn("The landlord gave the tenants until Friday to leave.", WED)).toBe("2025-09-05");
  });

  it("reads 'could' as looking ahead only before an action", () => {
    expect(dayIn("The club could face relegation on Saturday.", WED)).toBe("2025-09-06");
    expect(dayIn("Neither official could be located Tuesday.", WED)).toBe("2025-09-02");
    expect(dayIn("The guards could not stop the attack Friday night.", WED)).toBe("2025-08-29");
  });

  it("knows irregular past verbs", () => {
    expect(dayIn("A storm tore through the harbour Friday night and would hit the coast later.", WED)).toBe(
      "2025-08-29",
    );
    expect(dayIn("A storm will tear through the harbour Friday night.", WED)).toBe("2025-09-05");
  });
});

describe("which week a day name is in", () => {
  const FRI = "2025-09-05";

  it("reads 'this coming' as the next one and 'the previous' as the one before, whatever the tense", () => {
    expect(dayIn("The rally was moved to this coming Sunday.", WED)).toBe("2025-09-07");
    expect(dayIn("The market reopened the previous Friday.", WED)).toBe("2025-08-29");
    expect(dayIn("The market will reopen this coming Friday.", FRI)).toBe("2025-09-12");
    expect(dayIn("The market had reopened the previous Friday.", FRI)).toBe("2025-08-29");
  });

  it("reads a day named as a thing's under a weak hint as the nearer one", () => {
    expect(dayIn("Critics said they would fight Wednesday's ruling.", FRI)).toBe("2025-09-03");
    expect(dayIn("Critics said they would welcome Saturday's vote.", FRI)).toBe("2025-09-06");
    const off = switchOff("dates.weekday-possessive-nearest");
    expect(dayIn("Critics said they would fight Wednesday's ruling.", FRI, off)).toBe("2025-09-10");
  });
});

describe("expressions that were missed", () => {
  it("dates a holiday to the occurrence the tense or the modifier points to", () => {
    expect(dayIn("The boy was rescued at sea on Thanksgiving Day.", "2026-01-07")).toBe("2025-11-27");
    expect(dayIn("Shops will close on Thanksgiving Day.", "2026-01-07")).toBe("2026-11-26");
    expect(dayIn("The family has not been together since last Christmas.", "2026-03-01")).toBe("2025-12-25");
    expect(dayIn("Voters will go to the polls on Election Day.", "2026-10-20")).toBe("2026-11-03");
    expect(findTimeExpressions("Christmas shopping rose sharply.", "2026-03-01")).toEqual([]);
  });

  it("gives the second day of 'May 4 and 5' its month", () => {
    const found = findTimeExpressions("The talks will be held on May 4 and 5.", "2026-04-01");
    expect(found.map((t) => t.date)).toEqual(["2026-05-04", "2026-05-05"]);
    expect(
      findTimeExpressions("Sales fell on May 4 and 5 percent more the next day.", "2026-04-01"),
    ).toHaveLength(1);
  });

  it("keeps the day of a month-day after 'until' or 'from' (the longer reading)", () => {
    const fair = findTimeExpressions("The market runs each Thursday from August 6.", "2026-07-01");
    expect(fair.map((t) => [t.text, t.date])).toEqual([["August 6", "2026-08-06"]]);
    expect(dayIn("A judge ordered that the boy stay until March 6.", "2026-02-10")).toBe("2026-03-06");
  });
});

describe("the scheduled present", () => {
  it("reads a present verb of a fixture before a day as a coming day", () => {
    expect(dayIn("The two delegations meet separately Monday with the mediator.", WED)).toBe("2025-09-08");
    expect(dayIn("The trial opens Tuesday in Denver.", WED)).toBe("2025-09-09");
    expect(dayIn("She told reporters the council votes Thursday on the budget.", WED)).toBe("2025-09-04");
    const off = switchOff("dates.tense-scheduled-present");
    expect(dayIn("The trial opens Tuesday in Denver.", WED, off)).toBe("2025-09-02");
  });

  it("leaves the past and nouns of the same words alone", () => {
    expect(dayIn("The two delegations met separately Monday with the mediator.", WED)).toBe("2025-09-01");
    expect(dayIn("The council held the vote Thursday.", WED)).toBe("2025-08-28");
    expect(dayIn("His visits Monday were brief.", WED)).toBe("2025-09-01");
  });
});
