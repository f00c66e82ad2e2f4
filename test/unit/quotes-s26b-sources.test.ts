// Session 26 round 3 (issue #13), unnamed sources, on invented text: an indefinite person with a
// link to the firm they work for is the subject ("a buyer with a fruit cooperative agreed"), and
// an indefinite source whose noun carries a name ("one Kansas City grain merchant") keeps the he/she
// after it; each case also with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const LINK_OFF = switchOff("quotes.indefinite-person-link");
const WIDE_OFF = switchOff("quotes.indefinite-source-wide");

describe("an indefinite person linked to a firm is the subject, not the firm", () => {
  const orchard =
    'Orchard prices fell sharply last week, said Peter Holloway, director of research at Fenwick Partners. "Growers have no reason to hold stock," Holloway said. A buyer with a Midwest fruit cooperative agreed that the weather had hurt demand. "Nobody wants to sign contracts while the frost is still a risk," he said.';
  const yen =
    'Yen bonds were quiet on Thursday. One senior salesman at a Tokyo securities house said, "Nobody is buying yen bonds today."';

  it("takes the person and keeps the he/she after them", () => {
    expect(speakerOf(directQuotes(orchard), "Nobody wants")).toBe("A buyer with a Midwest fruit cooperative");
    expect(speakerOf(directQuotes(yen), "Nobody is")).toBe("One senior salesman at a Tokyo securities house");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(orchard, LINK_OFF), "Nobody wants")).toBe("Peter Holloway");
    expect(speakerOf(directQuotes(yen, LINK_OFF), "Nobody is")).not.toBe(
      "One senior salesman at a Tokyo securities house",
    );
  });

  it("but not across a verb of another clause", () => {
    const copper =
      'Copper fell again. A trader at a Chicago bank reported heavy losses, analysts said. "It was a bad week," one added.';
    expect(speakerOf(directQuotes(copper), "It was")).not.toBe(
      "A trader at a Chicago bank reported heavy losses",
    );
  });

  it("nor a document sent to a firm by someone, nor a description inside an apposition", () => {
    const note =
      'Malware spread fast. A note sent to a Dutch antivirus company by Yahoo\'s security staff said: "We can do better next time."';
    expect(speakerOf(directQuotes(note), "We can")).not.toMatch(/^A note/);
    const spy =
      'Ivan Petrov, a former army officer who became an adviser to the Danes, said he was "quite content" with his pension.';
    expect(speakerOf(directQuotes(spy), "quite content")).toBe("Ivan Petrov");
  });
});

describe("an indefinite source whose noun carries a name keeps the he/she", () => {
  const wheat =
    'Wheat futures slipped on Tuesday. "Many funds sold July and bought September, expecting heavy supplies," one Kansas City grain merchant said. "But they have been buying back this week because the rain stayed away," he added.';

  it("goes on from the source that just spoke", () => {
    expect(speakerOf(directQuotes(wheat), "But they")).toBe("one Kansas City grain merchant");
  });

  it("not with the switch off", () => {
    expect(speakerOf(directQuotes(wheat, WIDE_OFF), "But they")).not.toBe("one Kansas City grain merchant");
  });
});
