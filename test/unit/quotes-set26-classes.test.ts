// Speaker classes found on BBC study set 26 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('a say-verb in "who they say they are" reports no speech', () => {
  const body =
    'Clinics tighten checks\n\nThe Orwell Trust says its clinics will check every caller.\n\nNadia Perrin, from the Orwell Trust, said the checks had two parts. "First you ask for the letter, then you ask for the card." Staff must know whether a caller is who they say they are. "You ring back on the number you hold. "Only then do you book the visit."';

  it("leaves the quotations after it to the speaker before", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "You ring back")).toBe("Nadia Perrin");
    expect(speakerOf(qs, "Only then")).toBe("Nadia Perrin");
  });

  it('gives them to "they" with the switch off', () => {
    const qs = directQuotes(body, switchOff("quotes.say-gap-clause"));
    expect(speakerOf(qs, "You ring back")).toBe("Orwell Trust");
    expect(speakerOf(qs, "Only then")).toBe("Orwell Trust");
  });
});

describe('"quoted by" after a tag names who passes the words on, not the speaker', () => {
  const body =
    'Radio firm bids for licence\n\nRadio firm Wavecrest has bid for a national licence.\n\n"Listeners have waited long enough for this," said Tomas Brandt, head of Wavecrest. "We can be on air within a month," Mr Brandt added in remarks quoted by the trade weekly Broadcast Review.';

  it("is the tag's subject", () => {
    expect(speakerOf(directQuotes(body), "We can be on air")).toBe("Tomas Brandt");
  });

  it("is the paper with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.quoted-by-not-speaker"));
    expect(speakerOf(qs, "We can be on air")).toBe("Broadcast Review");
  });
});

describe('"pointing out" is a participle that shares the sentence\'s subject', () => {
  const body =
    'Robots in the home\n\nDr Lena Voss studies household robots.\n\nDr Voss turns to safety, pointing out there is much to settle before homes become "automated".';

  it("is the sentence's subject", () => {
    expect(speakerOf(directQuotes(body), "automated")).toBe("Lena Voss");
  });

  it("is no one with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.pointing-out-participle")), "automated"),
    ).toBeNull();
  });
});

describe('the quoted complement of "his/her view-noun is" is the possessor\'s view', () => {
  const body =
    'Canal plan criticised\n\nEngineer Paul Mercer has studied the canal plan.\n\nMr Mercer takes up the question of cost. His main worry is "waste". "Every lock costs more than the last one did."';

  it("is the one the possessive stands for, and the statement after it his", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "waste")).toBe("Paul Mercer");
    expect(speakerOf(qs, "Every lock")).toBe("Paul Mercer");
  });

  it("is no one with the rule off", () => {
    const qs = directQuotes(body, switchOff("quotes.possessive-view-complement"));
    expect(speakerOf(qs, "waste")).toBeNull();
    expect(speakerOf(qs, "Every lock")).toBeNull();
  });

  it("reaches past a short phrase after the noun and a 'to' after the verb", () => {
    const advice =
      'Talent show\n\nFormer editor Kelvin Marsh sits on the panel.\n\nHis advice for one young singer was to "get a haircut and a new song".';
    expect(speakerOf(directQuotes(advice), "get a haircut")).toBe("Kelvin Marsh");
    // …but not past a clause: "His advice, which the singer ignored, was" is out of its reach
    const far =
      'Talent show\n\nFormer editor Kelvin Marsh sits on the panel.\n\nHis advice for the singer who came on after the break and sang badly was to "go home".';
    expect(speakerOf(directQuotes(far), "go home")).toBeNull();
  });
});

describe("a quoted sentence opening its sentence is set off from a tag with no comma", () => {
  const body =
    'Captaincy debate\n\nFormer captain Rhys Owen backed the scrum-half for the role.\n\n"The natural pick is Lowe" said Owen. "He has led the side before."';

  it("is the tag's speaker", () => {
    expect(speakerOf(directQuotes(body), "The natural pick")).toBe("Rhys Owen");
  });

  it("is no one with the switch off", () => {
    // (s24b's inverted tag after an unpunctuated quotation finds the same speaker: off too)
    const off = switchOff("quotes.unpunctuated-sentence-tag", "quotes.tag-inverted-unpunctuated");
    const qs = directQuotes(body, off);
    expect(speakerOf(qs, "The natural pick")).toBeNull();
  });
});

describe('a name word after an elided article ("l\'Audiovisuel") is no lowercase head', () => {
  const body =
    'Regulator backs radio plan\n\nThe Comite Permanent de l\'Ecoute (CPE), the radio regulator, said: "Listeners will gain from more stations."';

  it("is the organisation's name", () => {
    expect(speakerOf(directQuotes(body), "Listeners will gain")).toBe("Comite Permanent de l'Ecoute");
  });

  it("is the whole phrase as a description with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.elided-article-name-word"));
    expect(speakerOf(qs, "Listeners will gain")).toBe("The Comite Permanent de l'Ecoute");
  });
});

describe("a name before a preposition and a hyphened modifier of its object is the subject", () => {
  const body =
    'Survey of dock workers\n\nJo Pike, editor of union-backed Tide magazine, which ran the survey, said: "Rents are too high for dock workers."';

  it("is the person, not the magazine", () => {
    expect(speakerOf(directQuotes(body), "Rents are too high")).toBe("Jo Pike");
  });

  it("is the magazine with the switch off", () => {
    const qs = directQuotes(
      body,
      switchOff("quotes.preposition-hyphened-modifier", "quotes.which-past-role-apposition"),
    );
    expect(speakerOf(qs, "Rents are too high")).toBe("Tide magazine");
  });
});

describe("a month after a time preposition opening the sentence is no part of the name after it", () => {
  const body =
    'Fraud figures rise\n\nIn March Norvale released figures which showed that the number of "ghost accounts" had doubled.';

  it("is the body, without the month", () => {
    expect(speakerOf(directQuotes(body), "ghost accounts")).toBe("Norvale");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.month-opener")), "ghost accounts")).toBeNull();
  });
});

describe('"see" before a counted object takes no stance', () => {
  const body =
    'Ports to grow\n\nThe harbour towns which joined the Coastal League last year will see 3.2% growth, the Maritime Trade Council (MTC) said. In contrast, inland towns face a "sluggish" year.';

  it("leaves the term after it to the source of the tag", () => {
    expect(speakerOf(directQuotes(body), "sluggish")).toBe("Maritime Trade Council");
  });

  it("is no one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.reported-seen-count"));
    expect(speakerOf(qs, "sluggish")).toBeNull();
  });
});
