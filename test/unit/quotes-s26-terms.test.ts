// Term class of session 26 (issue #13), on invented text: a term in the complement of a verb of
// saying that stands away from its subject (coordinated, after a verb of continuing, a participle
// after the main clause, or past a fronted phrase) is the words of the clause's opening subject.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const lead = "Rail plan\n\nTransport firm Norlink has announced new timetables for the spring.\n\n";
const minister = "Rail plan\n\nTransport Minister Ann Lee has announced new timetables for the spring.\n\n";
const coordinated = `${lead}Now the firm employs 3,000 staff and insists its culture of "safety first" still holds.`;
const continued = `${lead}In theory, the company has a 5% growth target, but continues to insist that the delays do not mean a "permanent crisis" for travellers.`;
const progressive = `${minister}But the minister is continuing to insist that "fare caps" must be approved by Parliament.`;
const participle = `${lead}The firm's owners defended the chief executive and confirmed that he would stay, saying his remarks were "light-hearted jokes".`;
const fronted = `${lead}In papers filed at the High Court last week, prosecutors blamed the managers for failing to ask about the "safety culture" at the depot.`;
const off = switchOff("quotes.governed-term-subject");

describe("a term after a verb of saying away from its subject is the clause subject's", () => {
  it("is the opening subject, an actor the model knows or a group of people", () => {
    expect(speakerOf(directQuotes(coordinated), "safety first")).toBe("Norlink");
    expect(speakerOf(directQuotes(continued), "permanent crisis")).toBe("Norlink");
    expect(speakerOf(directQuotes(progressive), "fare caps")).toBe("Ann Lee");
    expect(speakerOf(directQuotes(participle), "light-hearted")).toBe("The firm's owners");
    expect(speakerOf(directQuotes(fronted), "safety culture")).toBe("prosecutors");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(coordinated, off), "safety first")).toBeNull();
    expect(speakerOf(directQuotes(continued, off), "permanent crisis")).toBeNull();
    expect(speakerOf(directQuotes(progressive, off), "fare caps")).toBeNull();
    expect(speakerOf(directQuotes(participle, off), "light-hearted")).toBeNull();
    expect(speakerOf(directQuotes(fronted, off), "safety culture")).toBeNull();
  });

  it("gives no one a term whose subject is two speakers, a thing or a title, or after another clause's subject", () => {
    const pair = `${lead}The Greens and the Liberals have jointly tabled a motion against it, and said the fares were "unjust".`;
    const time = `${lead}A week later the depot reopened and staff said the "new rota" would fail.`;
    const thing = `${lead}In the revised plan, the section on fares said cuts would be "weighed carefully" by the board.`;
    const title = `${lead}Its owners also went on the attack, tweeting a clip of the chief on "Good Morning Britain".`;
    expect(speakerOf(directQuotes(pair), "unjust")).not.toBe("Liberals");
    expect(speakerOf(directQuotes(time), "new rota")).toBeNull();
    expect(speakerOf(directQuotes(thing), "weighed")).toBeNull();
    expect(speakerOf(directQuotes(title), "Good Morning")).toBeNull();
  });
});
