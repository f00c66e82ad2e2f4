// Speaker classes found on BBC study set 25 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a closing tag with a description speaks for the quotations before it", () => {
  const body =
    'Ferry fares review\n\nThe island council is reviewing ferry fares.\n\nSkippers can already refuse passengers who break the rules but that was a "last resort" which was seldom used, a spokeswoman said. Harbour firms have held "frank and useful" talks with the council, its chairman has said. Fares aimed at "day trippers" will rise first, said a panel of travel experts. Cabins for "night crossings" will cost more, according to shipping analysts. Its plan is a "two-tier" fare, Olu Banjo explained, where islanders pay less.';

  it("is the description after the quotation, not the clause's subject", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "last resort")).toBe("a spokeswoman");
    expect(speakerOf(qs, "frank and useful")).toBe("its chairman");
    expect(speakerOf(qs, "day trippers")).toBe("a panel of travel experts");
    expect(speakerOf(qs, "two-tier")).toBe("Olu Banjo");
    expect(speakerOf(qs, "night crossings")).toBe("shipping analysts");
  });

  it("is the clause's subject or none with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.described-closing-tag"));
    expect(speakerOf(qs, "last resort")).toBe("Skippers");
    expect(speakerOf(qs, "frank and useful")).toBeNull();
    // (a sentence-opening plural common noun is no clause subject: session 36's bare-plural rule)
    expect(speakerOf(qs, "day trippers")).toBeNull();
    const plural = directQuotes(
      body,
      switchOff("quotes.described-closing-tag", "quotes.bare-plural-opener-no-name"),
    );
    expect(speakerOf(plural, "day trippers")).toBe("Fares");
    // (session 42: "…, Olu Banjo explained, where …" is a reported tag now, whose speaker the term takes)
    expect(speakerOf(qs, "two-tier")).toBe("Olu Banjo");
    expect(speakerOf(qs, "night crossings")).toBeNull();
  });
});

describe("a role word opening the sentence before a named person's surname is no given name", () => {
  const body =
    'Rovers edge derby\n\nLewis Marsh scored the only goal as Rovers beat Town, with Craig Pollard setting it up.\n\nMatchwinner Marsh was quick to thank his team-mate. "It was a perfect ball," said the Rovers striker. Man-of-the-match Pollard was just as pleased. "We deserved that," said the midfielder.';

  it("is the named person", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It was a perfect")).toBe("Lewis Marsh");
    expect(speakerOf(qs, "We deserved")).toBe("Craig Pollard");
  });

  it("is a person of its own with the step off", () => {
    const qs = directQuotes(body, switchOff("actors.sentence-role-before-surname"));
    expect(speakerOf(qs, "It was a perfect")).toBe("Matchwinner Marsh");
    expect(speakerOf(qs, "We deserved")).toBe("Man-of-the-match Pollard");
  });
});

describe("a he/she tag set off by commas: not the person it reports on, and the speaker of a participle after it", () => {
  const body =
    'Greens set out stall\n\nGreen leader Nadia Orme used her spring speech to attack the government.\n\nPremier Ruth Kendal has failed the country, she claimed, saying Ms Kendal has the "wrong answer" to every question. "The result is higher bills for everyone," she said. Ms Kendal will have to defend that record, she said, urging voters to think hard. "We can change course."';

  it("is the speaker named before, not the person the tag reports on", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "wrong answer")).toBe("Nadia Orme");
    expect(speakerOf(qs, "We can change")).toBe("Nadia Orme");
  });

  it("is the person the sentence opens on with the switches off", () => {
    const noFrame = directQuotes(body, switchOff("quotes.tag-frame-comma"));
    expect(speakerOf(noFrame, "wrong answer")).toBe("Ruth Kendal");
    expect(speakerOf(noFrame, "We can change")).toBe("Ruth Kendal");
    const noParticiple = directQuotes(body, switchOff("quotes.participle-after-tag"));
    expect(speakerOf(noParticiple, "wrong answer")).toBe("Ruth Kendal");
  });
});

describe("a name before a long affiliation chain with no closing comma is the speaker", () => {
  const body =
    'Driverless pods doubted\n\nExperts doubt the new pods will sell.\n\nDr Ezra Avram, of the Institute for Road and Rail Safety at the University of Calder in Halden said: "The pods ignore what older drivers need."';

  it("is the name, not the place ending the chain", () => {
    expect(speakerOf(directQuotes(body), "The pods ignore")).toBe("Ezra Avram");
  });

  it("is the place with the switch off", () => {
    // (s22's name-before-role-chain reads the same name: both off)
    const off = switchOff("quotes.subject-before-affiliation-chain", "quotes.name-before-role-chain");
    expect(speakerOf(directQuotes(body, off), "The pods ignore")).toBe("Halden");
  });
});

describe('"is suing" names the filer of the lawsuit that speaks', () => {
  const body =
    'Singer sues over stage fall\n\nPop star Mara Quist is suing Lantern Arenas over a fall during a concert in 2003.\n\nThe lawsuit said the stage "was not fit for a performance of any kind".';

  it("is the one suing", () => {
    expect(speakerOf(directQuotes(body), "was not fit")).toBe("Mara Quist");
  });

  it("is the lawsuit with the switch off", () => {
    const off = switchOff("quotes.lawsuit-filer-suing");
    expect(speakerOf(directQuotes(body, off), "was not fit")).toMatch(/lawsuit/i);
  });
});

describe("a record holder's description, two measures joined by and, is the one person named before it", () => {
  const body =
    'Vale hits out at young runners\n\nFormer champion Tom Vale has criticised young sprinters.\n\n"They lack pride," the world 100m and 200m record holder told Radio Five.';

  it("is the person named", () => {
    expect(speakerOf(directQuotes(body), "They lack pride")).toBe("Tom Vale");
  });

  it("is the description with the switch off", () => {
    const off = switchOff("quotes.description-record-holder");
    expect(speakerOf(directQuotes(body, off), "They lack pride")).toBe(
      "the world 100m and 200m record holder",
    );
  });
});
