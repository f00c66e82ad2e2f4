// Speaker classes found on BBC study set 29 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a capitalised office before a name in commas is the name's role", () => {
  const body =
    'Ferry fares to rise\n\nFerry fares on the islands will rise by 6% in April.\n\nWelsh Transport Minister, Gareth Pryce AM, said: "We cannot hold fares down for ever." Australian Trade Minister, Lena Hoyle, told reporters: "The deal is close."';

  it("is the name in apposition", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We cannot hold")).toMatch(/^Gareth Pryce/);
    expect(speakerOf(qs, "The deal is close")).toBe("Lena Hoyle");
  });

  it("is the office with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.capital-office-apposition"));
    expect(speakerOf(qs, "We cannot hold")).not.toMatch(/^Gareth Pryce/);
  });
});

describe("a verb of revealing with a plain object reports no speech", () => {
  const body =
    'Old reels cleaned up\n\nThe archive hired Nell Varga to clean its reels.\n\n"We had to start from scratch," explains Ms Varga. The cleaning of the old reels revealed some odd details too.\n\n"There was a ladder in one shot. "Nobody had spotted it in forty years."';

  it("leaves the quotation to the latest speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "There was a ladder")).toBe("Nell Varga");
    expect(speakerOf(qs, "Nobody had spotted")).toBe("Nell Varga");
  });

  it("gives it to the finding's subject with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.revealed-thing"));
    expect(speakerOf(qs, "There was a ladder")).not.toBe("Nell Varga");
  });
});

describe('"put it" before a quotation is a verb of saying', () => {
  const body =
    'Small boxes\n\nBuilding a home PC is hard work. As Ann Roe of the widgetclub.org.uk website put it: "It will never be as small as a Mac."\n\nTraders were wary. Or, as Jo Reed put it simply, "Nobody wants a beige box."';

  it("is the subject of put", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "It will never")).toBe("Ann Roe");
    expect(speakerOf(qs, "Nobody wants")).toBe("Jo Reed");
  });

  it("gives no speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.put-it-cue"));
    expect(speakerOf(qs, "Nobody wants")).not.toBe("Jo Reed");
  });
});

describe('a name before "of the" and a lowercase body is the speaker', () => {
  const body =
    'Small boxes\n\nBuilding a home PC is hard work. Ann Roe of the excellent widgetclub.org.uk website said: "It will never be as small as a Mac."';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "It will never")).toBe("Ann Roe");
  });

  it("is the whole phrase with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.name-of-lowercase-body"));
    expect(speakerOf(qs, "It will never")).not.toBe("Ann Roe");
  });
});

describe("a term after a naming participle is no one's words", () => {
  const body =
    'Power drain\n\nSpare plugs waste power. The worst culprit, according to the Energy Board, is the humble charger, nicknamed "power leeches". Others were dubbed "zombie plugs" by Tim Hale.';

  it("is unattributed", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "power leeches")).toBeNull();
  });

  it("is the reported source's with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.nicknamed-name"));
    expect(speakerOf(qs, "power leeches")).toBe("Energy Board");
  });
});

describe("an office for a place speaks as the holder named in apposition before", () => {
  const body =
    'Church backs plan\n\nThe service will be led by the Bishop of Lindford, Dr Alan Crewe, next month.\n\nCritics were unhappy. The Bishop of Lindford said: "I am pleased with this step."';

  it("is the holder", () => {
    expect(speakerOf(directQuotes(body), "I am pleased")).toBe("Alan Crewe");
  });

  it("is not the holder with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.office-holder-named-before"));
    expect(speakerOf(qs, "I am pleased")).not.toBe("Alan Crewe");
  });
});

describe("a causative's object speaks in the infinitive after it", () => {
  const body =
    'Star in row\n\nThe singer was criticised after a show in April led 12 viewers to complain he was "lewd". The tour prompted critics to say it was "a disgrace".';

  it("is the object", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "lewd")).toBe("12 viewers");
    expect(speakerOf(qs, "a disgrace")).toBe("critics");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.caused-to-say"));
    expect(speakerOf(qs, "lewd")).not.toBe("12 viewers");
  });
});
