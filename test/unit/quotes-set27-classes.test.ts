// Speaker classes found on BBC study set 27 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('a body\'s name runs on through "on" after its head, and "the committee" is that name', () => {
  const body =
    'Rail plan questioned\n\nThe timetable plan has been criticised by the Joint Committee on Rail Safety at Holyrood.\n\nIn its spring report the cross-party committee said there was a "real danger" of delays.';

  it("is the whole name", () => {
    expect(speakerOf(directQuotes(body), "real danger")).toBe("Joint Committee on Rail Safety");
  });

  it('is the name cut at "on" with either switch off', () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.org-name-on")), "real danger")).toBe(
      "Joint Committee",
    );
    expect(speakerOf(directQuotes(body, switchOff("actors.org-head-on-subject")), "real danger")).toBe(
      "Joint Committee",
    );
  });
});

describe("a verb of emphasis closes a tag", () => {
  const body =
    'Solar pumps for villages\n\nA charity is fitting solar pumps in twelve villages, said engineer Tomas Orr.\n\nLocal leaders say the wells have changed daily life. "This is a pilot scheme, and we hope others copy it," underlined Mr Orr. "Every pump is looked after by the village," Ms Ana Ruiz underscored.';

  it("is the tag's speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "This is a pilot")).toBe("Tomas Orr");
    expect(speakerOf(qs, "Every pump")).toBe("Ana Ruiz");
  });

  it("is someone else with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-emphasis-verb"));
    expect(speakerOf(qs, "This is a pilot")).not.toBe("Tomas Orr");
  });
});

describe("a name tag closing the sentence speaks for its quotations, over a subject whose verb says nothing", () => {
  const body =
    'Council tax row\n\nThe mayor set out his budget on Monday.\n\nTom Reid has failed to tackle the "basic unfairness" in the rates system in his budget, Ann Vale has said. Sue Bell thinks the "new levy" is wrong, Dan Cole said.';

  it("is the tag's name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "basic unfairness")).toBe("Ann Vale");
    // (a verb of judging keeps the words its subject's)
    expect(speakerOf(qs, "new levy")).toBe("Sue Bell");
  });

  it("is the clause's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.named-closing-tag"));
    expect(speakerOf(qs, "basic unfairness")).toBe("Tom Reid");
  });
});

describe('a verb coordinated by "and" after a "but" clause has that clause\'s subject', () => {
  const body =
    'Row over leader\n\nPolice claimed Mr Hart was one of the gang\'s leaders but his lawyer, Sam Pike, told the BBC it was a silly story and added: "He had no computer at all."\n\nMs Lee said Mr Hart had told her of the plan and added: "I did not believe him."';

  it('is the "but" clause\'s subject', () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "He had no computer")).toBe("Sam Pike");
    // (two speech verbs in the clause: the sentence's subject still)
    expect(speakerOf(qs, "I did not believe")).not.toMatch(/Hart/);
  });

  it("is the sentence's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.but-clause-coordination"));
    expect(speakerOf(qs, "He had no computer")).toBe("Police");
  });
});

describe("a closing tag past its quotation is read past the one told", () => {
  const body =
    'Incomes\n\nIncomes fell last year, a study found.\n\nSince 1997 average income had "risen by a fifth in real terms" if you left out the self-employed, Ms Ann Hale told BBC Radio 4\'s Today programme. Rents had "gone up faster than wages in every town" over the decade, Tom Gill told the BBC News website.';

  it("is the tag's name", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "risen by a fifth")).toBe("Ann Hale");
    expect(speakerOf(qs, "gone up faster")).toBe("Tom Gill");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tail-tag-hearer"));
    expect(speakerOf(qs, "risen by a fifth")).toBeNull();
    expect(speakerOf(qs, "gone up faster")).toBeNull();
  });
});

describe("an age before a nationality noun is a description of the person named", () => {
  const body =
    'Club news\n\nRovers manager Pierre Duval has signed a new deal until 2009.\n\nThe 52-year-old Frenchman told the club website: "I am very happy here."';

  it("is the person named", () => {
    expect(speakerOf(directQuotes(body), "I am very happy")).toBe("Pierre Duval");
  });

  it("is a name of its own with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.aged-demonym-description"));
    expect(speakerOf(qs, "I am very happy")).toBe("52-year-old Frenchman");
  });
});

describe('a term after "known as" is no one\'s words', () => {
  const body =
    'Tea firm sues rival\n\nBrewco said its rival had copied its labels and could mislead shoppers - known as "passing off".';

  it("has no speaker", () => {
    expect(speakerOf(directQuotes(body), "passing off")).toBeNull();
  });

  it("is the clause's speaker with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.known-as-term")), "passing off")).toBe("Brewco");
  });
});

describe("a lead opening on a role of a body is voiced by the person the next sentence names", () => {
  const body =
    'The head of US radio network Orbit has admitted the station had been "too slow to launch new shows" such as the quiz Big Win.\n\nChief executive Mia Long said the network "waited too long". Ms Long said: "We will do better."';

  it("is the person named next", () => {
    expect(speakerOf(directQuotes(body), "too slow")).toBe("Mia Long");
  });

  it("is someone else with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.lead-role-of-body")), "too slow")).not.toBe(
      "Mia Long",
    );
  });
});

describe("a name's verb before the plural speech noun it takes is no word of the name", () => {
  const body =
    'Song row\n\nA school has complained about a new song by singer Tom Ryle.\n\nRyle makes claims that he was hit at his school in the lyrics, saying it had "iron bars".';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "iron bars")).toBe("Tom Ryle");
  });

  it("runs over the verb with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.verb-before-speech-noun"));
    expect(speakerOf(qs, "iron bars")).toBe("Ryle makes");
  });
});
