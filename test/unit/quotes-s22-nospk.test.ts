// Session 22, "found, no speaker" classes (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a verb of opining, exhorting, recalling or raging closes a tag as said does", () => {
  const body =
    'Quay vote looms\n\nThe council votes on the quay plan next week.\n\n"Nobody asked the fishermen," opined the Quay Gazette.\n\n"Vote for the plan," exhorted actress Dana Rook.\n\n"The old quay was full of life," Ivo Brandl remembered.';

  it("is the tag's subject", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Nobody asked")).toBe("Quay Gazette");
    expect(speakerOf(qs, "Vote for")).toBe("Dana Rook");
    expect(speakerOf(qs, "The old quay")).toBe("Ivo Brandl");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-more-speech-verb"));
    expect(speakerOf(qs, "Nobody asked")).toBeNull();
    expect(speakerOf(qs, "Vote for")).toBeNull();
  });
});

describe('"reported" closing a set-off quotation is a tag, unless a speech verb comes before it', () => {
  const body =
    'Ferry fares rise\n\nFerry fares will rise in the spring.\n\n"Fares will go up by a fifth," the Daily Lamp reported.\n\nOfficials said the rise would be "modest", the Quay Courier reported.';

  it("is the paper for the quotation the sentence opens on, not for the officials' words", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Fares will")).toBe("Daily Lamp");
    expect(speakerOf(qs, "modest")).not.toBe("Quay Courier");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.tag-reported")), "Fares will")).toBeNull();
  });
});

describe("a tag sentence after a question keeps its speaker when a comma sets off its tail", () => {
  const body =
    'Quay row\n\nMayor Tom Hale and councillor Mara Velk clashed over the quay on Monday.\n\n"The docks will close next year," Hale said. "Will they, really?" Velk remarked, alluding to an old promise.';

  it("is the tag's subject", () => {
    expect(speakerOf(directQuotes(body), "Will they")).toBe("Mara Velk");
  });

  it("is the speaker before with the switch off", () => {
    const off = switchOff("quotes.tag-sentence-set-off-tail");
    expect(speakerOf(directQuotes(body, off), "Will they")).not.toBe("Mara Velk");
  });
});

describe("a person named before, alone before a colon, speaks the statement after it", () => {
  const body =
    'Quay debate\n\nMayor Tom Hale and councillor Mara Velk debated the quay plan on Monday.\n\nHale: "The plan is the only way forward."\n\nVelk: "The plan will ruin the fishermen."\n\nUpdate: "The vote has been put off."';

  it("is that person, and no one for a heading", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "The plan is")).toBe("Tom Hale");
    expect(speakerOf(qs, "The plan will")).toBe("Mara Velk");
    expect(speakerOf(qs, "The vote")).not.toBe("Update");
  });

  it("is not that person with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.colon-known-person", "quotes.colon-lone-surname"));
    expect(speakerOf(qs, "The plan is")).not.toBe("Tom Hale");
  });
});

describe('"said of" a thing closes a tag sentence after a quotation that ended its own', () => {
  const body =
    'Quay fair opens\n\nMayor Tom Hale and councillor Mara Velk opened the quay fair on Saturday.\n\n"The docks look grand," Hale said. "Perpetual motion!" Velk, a Labour member, said of the busy week.';

  it("is the tag's subject", () => {
    expect(speakerOf(directQuotes(body), "Perpetual")).toBe("Mara Velk");
  });

  it("is not with the switch off", () => {
    const off = switchOff("quotes.tag-sentence-said-of");
    expect(speakerOf(directQuotes(body, off), "Perpetual")).not.toBe("Mara Velk");
  });
});

describe("a term opening the sentence is the closing tag's", () => {
  const body =
    'Quay plan row\n\nThe council will vote on the quay plan.\n\n"Boots on the quay" would be the right answer, councillor Mara Velk said after the vote.';

  it("is the tag's subject", () => {
    expect(speakerOf(directQuotes(body), "Boots")).toBe("Mara Velk");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.tail-tag-opening-term")), "Boots")).toBeNull();
  });
});

describe("a verb of raging or shouting before a colon opens a statement as said does", () => {
  const body =
    'Quay row\n\nMayor Tom Hale and councillor Mara Velk met on Monday.\n\nVelk, the councillor, fumed: "This plan is a disgrace."\n\nA protester was led out, with Hale shouting: "Get him out of here!"\n\nA fisherman was led out, with Hale reportedly yelling: "Out you go!"';

  it("is the verb's subject, and no one past an adverb before a participle", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "This plan")).toBe("Mara Velk");
    expect(speakerOf(qs, "Get him")).toBe("Tom Hale");
    expect(speakerOf(qs, "Out you go")).not.toBe("A fisherman");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.opening-more-speech-verb"));
    expect(speakerOf(qs, "This plan")).toBeNull();
    expect(speakerOf(qs, "Get him")).toBeNull();
  });
});

describe("a paragraph of a dash and a known name speaks the quotation paragraph before it", () => {
  const body =
    'Quay debate checked\n\nMayor Tom Hale and councillor Mara Velk debated the quay plan on Monday. We checked their claims.\n\n"The quay has lost money every year since 1990."\n\n- Velk.\n\nThe figures tell another story.\n\n"Every boat pays its way."\n\n- The harbour office is closed on Sundays.';

  it("is the name, and not a dash line that is no name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "The quay has")).toBe("Mara Velk");
    expect(speakerOf(qs, "Every boat") ?? "").not.toMatch(/harbour/i);
  });

  it("is no one with the rule off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.dash-name-footer")), "The quay has")).toBeNull();
  });
});
