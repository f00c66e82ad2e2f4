// Session 27 (issue #13): names whose canonical form was lost, on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("an organisation's name linked through 'of' after a lowercase 'the'", () => {
  const story = (body: string) =>
    `Haulage levy doubled\n\nThe road levy on lorries will double from April, the transport ministry has said.\n\nThe Road Haulage Forum welcomed the timing. But ${body} called for a "breathing space" before the rise.`;

  it("is the organisation the model holds", () => {
    const qs = directQuotes(story("the Confederation of Coastal Hauliers (CCH)"));
    expect(speakerOf(qs, "breathing space")).toBe("Confederation of Coastal Hauliers");
  });

  it("was read as a description with the switch off", () => {
    const off = switchOff("quotes.org-name-after-lowercase-the");
    const qs = directQuotes(story("the Confederation of Coastal Hauliers (CCH)"), off);
    expect(speakerOf(qs, "breathing space")).toBe("the Confederation of Coastal Hauliers");
  });

  it("leaves an office linked through 'of' as it was", () => {
    const body = story("the Mayor of Port Elwin");
    const off = switchOff("quotes.org-name-after-lowercase-the");
    expect(speakerOf(directQuotes(body), "breathing space")).toBe(
      speakerOf(directQuotes(body, off), "breathing space"),
    );
  });
});

describe("a committee named in lowercase words", () => {
  const story = (who: string) =>
    `Fish quotas 'must be cut'\n\nMinisters have been urged to cut fishing quotas by a third.\n\nA report by ${who} called for quotas to be halved unless stocks recovered within two years. The committee heard evidence from more than 40 skippers. It warned that some grounds were "close to collapse".`;

  it("is the committee's whole name, and 'it' after it", () => {
    const qs = directQuotes(story("the Lords fisheries and coasts committee"));
    expect(speakerOf(qs, "close to collapse")).toBe("Lords fisheries and coasts committee");
  });

  it("keeps the whole name with the rule off too: the phrase reader holds 'and' inside it (session 31)", () => {
    const off = switchOff("quotes.lowercase-committee-whole-name");
    const qs = directQuotes(story("the Lords fisheries and coasts committee"), off);
    expect(speakerOf(qs, "close to collapse")).toBe("Lords fisheries and coasts committee");
  });

  it("is all lowercase words before 'select committee' too", () => {
    const qs = directQuotes(story("the coastal affairs select committee"));
    expect(speakerOf(qs, "close to collapse")).toBe("coastal affairs select committee");
  });

  it("is no person's role that ends on a committee", () => {
    const body =
      'Factory orders rise\n\nFactory orders rose for a fifth month, the Harbour Supply Institute said.\n\n"This completes a strong year," said chairman of the institute\'s survey committee.';
    const off = switchOff("quotes.lowercase-committee-whole-name");
    expect(speakerOf(directQuotes(body), "This completes")).toBe(
      speakerOf(directQuotes(body, off), "This completes"),
    );
  });
});

describe("'Mr' before a surname a knight shares", () => {
  const story = (second: string) =>
    `Police chief warns on riots\n\nSir Hugh Tallis, the chief constable, said the riots had been "entirely foreseeable".${second}\n\nBut Mr Tallis insisted: "No force could have stopped it."`;

  it("is the namesake who is no knight", () => {
    const qs = directQuotes(story(" Prime Minister Owen Tallis defended the police response on Tuesday."));
    expect(speakerOf(qs, "No force")).toBe("Owen Tallis");
  });

  it("was the knight, the longer name, with the switch off", () => {
    const off = switchOff("quotes.plain-honorific-not-knight");
    const qs = directQuotes(
      story(" Prime Minister Owen Tallis defended the police response on Tuesday."),
      off,
    );
    expect(speakerOf(qs, "No force")).toBe("Sir Hugh Tallis");
  });

  it("is still the knight when the article names no one else so", () => {
    expect(speakerOf(directQuotes(story("")), "No force")).toBe("Sir Hugh Tallis");
  });
});

describe("one initial and a surname", () => {
  const story = (name: string) =>
    `Players lose sleep to online worlds\n\nMany players admit they spend more time in games than with their families.\n\n${name}, writing in the weekly bulletin Harbour Notes, said recently: "I used to play the online game Starfall a lot. I mean twenty hours a week."\n\nHe says that such habits "were not that unusual among the people I played with".`;

  it("is a person, whom 'He says' finds", () => {
    expect(speakerOf(directQuotes(story("R Okonjo")), "were not that unusual")).toBe("R Okonjo");
  });

  it("was no actor, and 'He' found no one, with the switch off", () => {
    const off = switchOff("actors.initial-and-surname");
    expect(speakerOf(directQuotes(story("R Okonjo"), off), "were not that unusual")).not.toBe("R Okonjo");
  });

  it("is no person when the word after the letter is a common word", () => {
    const body =
      'Talent show returns\n\nThe X Factor will return in August, the broadcaster said.\n\n"It is the best show of the year," the X Factor said.';
    const off = switchOff("actors.initial-and-surname");
    expect(speakerOf(directQuotes(body), "It is the best")).toBe(
      speakerOf(directQuotes(body, off), "It is the best"),
    );
  });
});

describe("the members of a body finding in a closing tag", () => {
  const story = (who: string) =>
    `Councils 'not ready' for data law\n\nMost councils were "far from ready" for the new data law, said the Harbour Affairs Select Committee. Its chairman, Rhys Penhallow, called the delays "a scandal". Ministers had offered "too little, too late", ${who} found.`;

  it("are the body that just spoke", () => {
    expect(speakerOf(directQuotes(story("the MPs")), "too little")).toBe("Harbour Affairs Select Committee");
  });

  it("tagged nothing with the switch off", () => {
    const off = switchOff("quotes.tag-members-finding");
    expect(speakerOf(directQuotes(story("the MPs"), off), "too little")).not.toBe(
      "Harbour Affairs Select Committee",
    );
  });

  it("are no tag when the finders are no body's members", () => {
    const off = switchOff("quotes.tag-members-finding");
    expect(speakerOf(directQuotes(story("the visitors")), "too little")).toBe(
      speakerOf(directQuotes(story("the visitors"), off), "too little"),
    );
  });
});
