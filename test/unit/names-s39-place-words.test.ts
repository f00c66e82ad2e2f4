// Session 39: people whose names hold a place word, on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { namedMentions } from "../helpers/actors.ts";
import { directQuotes } from "../helpers/quotes.ts";

const STEP = "actors.place-word-name";

/** The actor's name the quotation starting with `start` is linked to, with the step on and off. */
function linkedOnOff(body: string, start: string): [string | null, string | null] {
  const linked = (off: boolean): string | null => {
    const q = directQuotes(body, off ? switchOff(STEP) : undefined).find((x) => x.text.startsWith(start));
    if (!q) throw new Error(`no quote ${start}`);
    return q.speakerId ? q.speakerName : null;
  };
  return [linked(false), linked(true)];
}

/** The actors' names of one article of this body, in order of their first mention. */
const actorNames = (body: string, off = false): string[] => [
  ...new Set(namedMentions(body, off ? switchOff(STEP) : undefined).map((m) => m.name)),
];

describe("a surname that is a place", () => {
  const body =
    'Party row\n\nThe Harbour Party has suspended its candidate in Dundee. Party spokesman Colm Brady said those who chose Mr Houston knew nothing of his views. "I never wrote that paper," Mr Houston said on Friday.';

  it("after an honorific is a person, whom the quotation is linked to", () => {
    expect(linkedOnOff(body, "I never wrote")).toEqual(["Houston", null]);
  });

  it("joins the person the article named in full", () => {
    const full = body.replace("those who chose Mr Houston", "those who chose party treasurer Colin Houston");
    expect(actorNames(full)).toContain("Colin Houston");
    expect(linkedOnOff(full, "I never wrote")).toEqual(["Colin Houston", null]);
  });
});

describe("a known given name and a place word, with a person's cue", () => {
  it("is a person after a role noun, and the honorific later is the same person", () => {
    const body =
      'Phone complaints\n\nComplaints about phone bills rose by a third, telecoms ombudsman Sheila Ireland said. "We are clear about what went wrong," Ms Ireland added.';
    expect(actorNames(body)).toEqual(["Sheila Ireland"]);
    expect(linkedOnOff(body, "We are clear")).toEqual(["Sheila Ireland", null]);
  });

  it("is a person before a verb of saying, whatever the place word's head", () => {
    const body = 'Oil deal\n\n"The deal is done," Yukos spokesman Ivan Lake said on Monday.';
    expect(linkedOnOff(body, "The deal")).toEqual(["Ivan Lake", null]);
  });

  it("leaves places and bodies with no such cue alone", () => {
    const names = actorNames(
      "Travel\n\nThe Lake Geneva talks ended. Victoria Park is closed. Fans in Georgia Tech colours cheered. Mr Ross went to Paris.",
    );
    expect(names.some((n) => /Lake|Park|Georgia|Paris/.test(n))).toBe(false);
  });
});

describe("a place word opening a name after a role noun", () => {
  const body =
    'Phone sales\n\nSales rose in Europe. "Japan is where the market leads," mobile analyst Carolina Vescovi told reporters. Ms Vescovi said prices would fall.';

  it("is a person, and the surname alone is the same person", () => {
    expect(actorNames(body)).toContain("Carolina Vescovi");
    expect(actorNames(body, true)).not.toContain("Carolina Vescovi");
    expect(linkedOnOff(body, "Japan is")).toEqual(["Carolina Vescovi", null]);
  });

  it("is no person before a common word: a university is not one", () => {
    expect(actorNames('Results\n\n"It went well," analyst Texas State said.')).not.toContain("Texas State");
  });
});

describe("given names from outside the English lists", () => {
  it("give the name a gender, so the he after it is that person", () => {
    const body =
      'Awards\n\nThe album won. Andre 3000 thanked fans "for supporting the band". "We really appreciate it," he said.';
    const q = directQuotes(body).find((x) => x.text.startsWith("We really"));
    expect(q?.speakerName).toBe("Andre 3000");
  });
});
