// Speaker classes found on BBC study set 24 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"the government" of an article on a country past the first list is that country\'s', () => {
  const body =
    'Kenya plans new toll roads\n\nKenya will build three toll roads to ease traffic around Nairobi, where Kenyans lose hours a day in jams.\n\nAs part of the plan, the government said it would invite builders to "share the cost and the tolls for twenty years".';

  it("is the Kenyan government", () => {
    expect(speakerOf(directQuotes(body), "share the cost")).toBe("Kenyan government");
  });

  it("is a bare government with the switch off", () => {
    const off = switchOff("quotes.country-government-more");
    expect(speakerOf(directQuotes(body, off), "share the cost")).toBe("government");
  });
});

describe("a possessive pronoun and a kin noun are the relative named before by a possessive name", () => {
  const body =
    'Lighthouse logbooks go on sale\n\nThe logbooks of keeper Amos Trevane, who died in 1988, are to be auctioned in Truro.\n\n"They sat in the attic for decades," Mr Trevane\'s daughter Wenna, 61, said on Monday. The books record every storm from 1950 to 1971. "He wrote in them every single night," his daughter said.';

  it("is the relative with the family's surname", () => {
    expect(speakerOf(directQuotes(body), "He wrote in them")).toBe("Wenna Trevane");
  });

  it("is the bare description with the switch off", () => {
    const off = switchOff("quotes.kin-description");
    expect(speakerOf(directQuotes(body, off), "He wrote in them")).toBe("his daughter");
  });
});

describe('"the ministry" after a ministry whose portfolio runs through "and" is that body', () => {
  // (the model links no "the ministry" this far, 1,500 characters, from the name)
  const body = [
    "Island fares to rise",
    "Fares on the island ferries will rise by a fifth in March.",
    '"Fuel has doubled in price since the routes were last costed," the Transport and Tourism Ministry said in a statement. Operators had asked for a larger rise.',
    "The island council has asked for talks on the timetable, which has not changed since 2019 and which many residents say no longer fits their working day. The operators will get new loans to replace their oldest boats, some of which were built more than forty years ago and break down every winter. The harbours at both ends of the longest route will be dredged, and larger boats will then be able to call in winter, when storms close the smaller harbours for days at a time.",
    "Other plans include a new booking office in the main town, cheaper fares for students and pensioners, and a night crossing on Fridays in summer. Cargo rates for farmers and fishermen will be reviewed in the autumn, when the first of the new boats are due to arrive from the yards on the mainland. Islanders have long complained that a lorry of sheep costs more to ship than a lorry of furniture.",
    "The number of people living on the islands has fallen by a tenth in ten years, and the council fears that dearer crossings will speed the decline. Young families in particular say the cost of reaching the mainland for work, school trips and shopping has become hard to bear. Tourism, which brings in a third of the islands' income, is expected to grow by five percent next year, helped by a new walking trail along the northern cliffs and a summer music festival.",
    "The oldest of the boats, which carries two hundred passengers and forty cars, will be sold next year. Two smaller boats will take its place on the short crossings in summer, and a cargo boat will carry lorries at night.",
    '"No islander will pay more to reach a hospital," the ministry said.',
  ].join("\n\n");

  it("is the whole ministry", () => {
    expect(speakerOf(directQuotes(body), "No islander")).toBe("Transport and Tourism Ministry");
  });

  it("is the name's tail with the switch off", () => {
    // (the terms set's org-name-head, a name ending in "Ministry", would find the whole name too)
    const off = switchOff("quotes.description-portfolio-org", "quotes.org-name-head");
    expect(speakerOf(directQuotes(body, off), "No islander")).toBe("Tourism Ministry");
  });
});

describe("a one-letter word the article writes without a period elsewhere ends its sentence there", () => {
  // "Tom Q" stands bare in the lead, so "… and Tom Q. Marta Vilnius, the daughter …" is two names.
  const body =
    'Singer Brask remembered\n\nFriends of jazz singer Leon Brask, among them the bassist Tom Q, have paid tribute to him at a service in Bergen.\n\nBrask, who died last month aged 90, recorded more than forty albums, the last of them with the pianist Otto Lund and Tom Q. Marta Vilnius, the daughter of his first manager, recalled a concert in Oslo in 1961. "The hall was half empty and he sang for three hours anyway," she said.';

  it("is the person after the letter", () => {
    expect(speakerOf(directQuotes(body), "The hall was")).toBe("Marta Vilnius");
  });

  it("is the run through the letter, or another person, with either switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.letter-name-sentence-end")), "The hall was")).toBe(
      "Tom Q. Marta Vilnius",
    );
    expect(
      speakerOf(directQuotes(body, switchOff("actors.letter-name-sentence-end")), "The hall was"),
    ).not.toBe("Marta Vilnius");
  });
});

describe("a word of digits, then a capital and lower case, is a name's word before the verb", () => {
  const body =
    'Rates to stay on hold\n\nThe central bank left rates unchanged on Thursday, as most traders had expected.\n\n"Growth is too weak for a rise this year," consultancy 9Sight said in a report.';

  it("is the firm", () => {
    expect(speakerOf(directQuotes(body), "Growth is too weak")).toBe("9Sight");
  });

  it("is no one with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.digit-led-name")), "Growth is too weak"),
    ).toBeNull();
  });
});

describe('the subject of "is heard asking" past a relative clause set off by commas', () => {
  const body =
    'Mayor in row over remark\n\nThe mayor of Dunmere, Ed Harrow, has refused to apologise for a remark to a journalist.\n\nOn tape Mr Harrow, who once worked as a part-time film critic on the paper, is heard asking reporter Ian Bexley if he is a "paid stooge". Mr Bexley replies: "No, I am a reporter."';

  it("is the subject before the clause", () => {
    expect(speakerOf(directQuotes(body), "paid stooge")).toBe("Ed Harrow");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.heard-saying-past-apposition");
    expect(speakerOf(directQuotes(body, off), "paid stooge")).toBeNull();
  });
});

describe("a quotation of one or two words opening its own sentence is a statement", () => {
  const body =
    'Friends remember Vane\n\nFriends of the actor Olaf Vane gathered in Leeds on Friday.\n\nHis niece Ada Vane recalled his first role. "The stage is where I live," she said. "Me too."';

  it("takes the speaker of the split quotation before it", () => {
    expect(speakerOf(directQuotes(body), "Me too")).toBe("Ada Vane");
  });

  it("is a term with no speaker with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.short-sentence-statement")), "Me too")).toBeNull();
  });
});

describe("an untagged quotation on a bulleted line is the words of the one whose report sets out demands", () => {
  const body =
    'Water rules need overhaul, says engineer\n\nRivers will keep flooding towns unless the rules change, says an engineer.\n\nOrla Stennet, who advised two governments on flood defence, has written a report for the Harbour Institute. Her report demands a new approach to building on flood plains.\n\nShe says the old barriers cannot be raised much higher.\n\n - Banning new homes on the "wettest ground" for twenty years\n - Paying farmers to let fields flood in winter';

  it("is the report's owner", () => {
    expect(speakerOf(directQuotes(body), "wettest ground")).toBe("Orla Stennet");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.list-report-owner")), "wettest ground")).toBeNull();
  });
});
