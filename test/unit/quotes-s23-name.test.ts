// Speaker-name classes of session 23's name task (issue #13, BBC study sets 42-48), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a given name before a role and a full name is the show or award, not a person", () => {
  const body =
    'Tony host to keep it short\n\nTony host Carl Brandt said he will keep his speeches brief when he fronts the show in June.\n\nThe comedian, who upset the organisers last year, is known for long monologues. "I can be funny and quick," he said in a radio interview.\n\nThe 38-year-old comedian added that he would not sing.';

  it("makes no person of the given name, and the he is the host", () => {
    const { m, a } = model(`---\noutlet: Test Post\ntitle: T\npublished: 2031-04-09\n---\n${body}`);
    expect(actorAt(m, a, "Tony", 1)).toBeNull();
    expect(speakerOf(directQuotes(body), "I can be funny")).toBe("Carl Brandt");
  });

  it("is the given name with the switch off", () => {
    const off = switchOff(
      "actors.role-modifier-given-name",
      "quotes.pronoun-after-description-subject",
      "quotes.description-named-before",
    );
    expect(speakerOf(directQuotes(body, off), "I can be funny")).toBe("Tony");
  });

  it("leaves a surname before a role to the article's own names", () => {
    const own =
      'Aide quits\n\nSenator Rita Holm lost her chief of staff on Friday.\n\nHolm aide Carl Brandt said he was leaving for a job in business. "It was time to go," he said.';
    expect(speakerOf(directQuotes(own), "It was time")).toBe("Carl Brandt");
  });
});

describe("a word after a possessive and 'own' is a noun, and the possessor may be the he after it", () => {
  const body =
    'Minister under fire\n\nAnna Korvel has faced criticism before. Ms Korvel was accused of ignoring farmers.\n\nMr Dalby\'s own remarks on fishing had drawn anger - he told trawler crews to "find other work" before the quota cut. And he also urged coastal towns to show "more patience" with the plan.';

  it("is the possessor", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "find other work")).toBe("Dalby");
    expect(speakerOf(qs, "more patience")).toBe("Dalby");
  });

  it("is the word after the possessive with the noun switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.own-noun")), "more patience")).toBe("own");
  });

  it("is no one the he names with the possessor switch off", () => {
    const off = switchOff("quotes.own-possessor-pronoun");
    expect(speakerOf(directQuotes(body, off), "find other work")).not.toBe("Dalby");
  });
});

describe("the name after an office 'to'/'for' a body is the office holder", () => {
  const body = (office: string) =>
    `Ferry sale attacked\n\nThe opposition wants to sell the state ferry company.\n\nBut ${office} Dana Kerr attacked the plan. "The ferries are a lifeline for the islands," she said. "Selling them would be a mistake."`;

  it("is the holder", () => {
    for (const office of ["Private Secretary to the Queen", "Minister for the Arts"]) {
      const qs = directQuotes(body(office));
      expect(speakerOf(qs, "The ferries are")).toBe("Dana Kerr");
      expect(speakerOf(qs, "Selling them")).toBe("Dana Kerr");
    }
  });

  it("is the office alone with the actor rules off", () => {
    const off = switchOff("actors.office-to-body-name", "actors.body-name-after-office");
    expect(speakerOf(directQuotes(body("Private Secretary to the Queen"), off), "The ferries are")).toBe(
      "Private Secretary",
    );
  });
});

describe("a show or firm named with 'and' before a role and a full name modifies the role", () => {
  const body =
    'Book prize shortlist named\n\nThe ten novels on the shortlist for the Dawn and Bill book prize were announced on Monday.\n\n"It was hard to choose, but we think these books are the best yet," said Dawn and Bill executive producer Sara Lind. "We read more than 300 entries."';

  it("is the name after the role", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It was hard")).toBe("Sara Lind");
    expect(speakerOf(qs, "We read more")).toBe("Sara Lind");
  });

  it("is the first name of the show with the switch off", () => {
    const off = switchOff("quotes.inverted-and-show-role-name");
    expect(speakerOf(directQuotes(body, off), "It was hard")).toBe("Dawn");
  });
});

describe("a clipping of the word after a country's name is the organisation", () => {
  const body =
    'Crime falls\n\nThe London Metropolitan Police said in its annual report that crime had fallen in most boroughs.\n\n"Burglaries were down in the east, while car thefts held steady in the west," the Met said.';

  it("is the organisation named in full", () => {
    expect(speakerOf(directQuotes(body), "Burglaries were")).toBe("London Metropolitan Police");
  });

  it("is the clipping with the switch off", () => {
    const off = switchOff("actors.clipped-org-past-country");
    expect(speakerOf(directQuotes(body, off), "Burglaries were")).toBe("Met");
  });
});

describe("the members of a named band speak as the band", () => {
  const body =
    'Singer leaves band\n\nVexhound singer Ola Brandt has quit the group to start a family.\n\nThe rock group Vexhound said they would tour without him. The remaining members of Vexhound, who formed the band in 1999, said they wished Brandt "every happiness in the world".';

  it("is the band", () => {
    expect(speakerOf(directQuotes(body), "every happiness")).toBe("Vexhound");
  });

  it("is the members as written with the switch off", () => {
    const off = switchOff("quotes.members-of-organisation");
    expect(speakerOf(directQuotes(body, off), "every happiness")).toBe("The remaining members of Vexhound");
  });
});
