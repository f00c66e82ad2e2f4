// Speaker classes found on BBC study set 13 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a he/she tag right after the closing mark, with no comma", () => {
  const body =
    'Mayor backs new bridge\n\nMayor Ellen Drake has backed a new bridge for the town.\n\nThe bridge would be paid for "by the county and the region together" she added. Councillor Tom Vale has doubts. While the town grows at a "decent rate" he warned that the roads were full.';

  it("tags the quotation when the sentence ends on it or runs on with 'that'", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "by the county")).toBe("Ellen Drake");
    expect(speakerOf(qs, "decent rate")).toBe("Tom Vale");
  });

  it("leaves them unattributed with the step off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-bare-pronoun"));
    expect(speakerOf(qs, "by the county")).toBeNull();
  });

  it("does not read a pronoun starting a new clause as a tag", () => {
    const qs = directQuotes(
      'Mayor Ellen Drake opened the bridge.\n\nShe called it "a fine thing" she hoped. The town agreed.',
    );
    expect(speakerOf(qs, "a fine thing")).not.toBe(null);
  });
});

describe("an office head that is an organisation's name is that body", () => {
  const body =
    'Minister faces questions\n\nFirst Minister Alun Price has ordered a report on the escape.\n\nThe WNP\'s Nia Rhys has demanded to know who signed off the leave. The Westmoor Executive said it would "not be usual practice" to sign approval.';

  it("is the organisation, not the person named before", () => {
    expect(speakerOf(directQuotes(body), "not be usual")).toBe("Westmoor Executive");
  });

  it("is the person with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.office-not-organisation")), "not be usual"),
    ).toMatch(/Nia Rhys$/);
  });
});

describe("a person's description with one person only named before it", () => {
  const body =
    'Actor attacks modern films\n\nVeteran actor Colm Brady has hit out at the state of cinema.\n\nThe 71-year-old also said he lost his "spark" for acting. In his speech the actor said films were "a mess".';

  it("is that person, for an age and for a role that is no office", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "spark")).toBe("Colm Brady");
    expect(speakerOf(qs, "a mess")).toBe("Colm Brady");
  });

  it("is not that person with the step off", () => {
    // (session 37's description-sole-named reads the same person from the sentence before: off too)
    const off = switchOff(
      "quotes.sole-person-description",
      "quotes.description-focus",
      "quotes.description-sole-named",
    );
    expect(speakerOf(directQuotes(body, off), "spark")).not.toBe("Colm Brady");
  });

  it("is not taken when two people are named before it", () => {
    const two = body.replace("has hit out", "and director Sam Oyelaran have hit out");
    expect(speakerOf(directQuotes(two), "spark")).not.toBe("Colm Brady");
  });
});

describe("a person whose possessive opens the sentence a he/she tag closes", () => {
  const body =
    'Leaders react to the vote\n\nGreen leader Ivo Marsh welcomed the quick result. Mr Cole\'s first job was to "mend the broken bridges" at home, he said. Mr Marsh said: "We will watch closely."';

  it("is not the he/she", () => {
    expect(speakerOf(directQuotes(body), "mend the broken")).toBe("Ivo Marsh");
  });

  it("is the he/she with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.pronoun-not-possessive-opener"));
    expect(speakerOf(qs, "mend the broken")).not.toBe("Ivo Marsh");
  });
});

describe("a reporting verb's -s form before a plural verb is a plural noun", () => {
  const body =
    'Minister rules out inquiry\n\nThe Westmoor Gazette says a local man was mistreated in custody.\n\nThe justice minister, Ola Frey, said she would not open an inquiry and that the press reports were not "well founded".';

  it("leaves the term with the minister, not 'the press'", () => {
    expect(speakerOf(directQuotes(body), "well founded")).toBe("Ola Frey");
  });
});

describe("a bare possessive apostrophe runs on into the name it owns", () => {
  const body =
    'Network edits film\n\nA network is editing the film.\n\n"We pick our battles," said WBS\' Dora Quint. "It matters," said the Joneses\' lawyer Al Park.';

  it("gives the name, not the owner", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We pick")).toMatch(/Dora Quint$/);
    expect(speakerOf(qs, "It matters")).toBe("Al Park");
  });
});

describe("a participle's subject from the sentence opening stops before the name's own verb", () => {
  const body =
    'Leaders react\n\nMayor Ann Roe praised the result.\n\nLabour leader Kim Ash sent a letter, saying: "We are ready to help."';

  it("is the name, not 'a letter'", () => {
    expect(speakerOf(directQuotes(body), "We are ready")).toBe("Kim Ash");
  });

  it("is not the name with the switch off", () => {
    const qs = directQuotes(
      body,
      switchOff("quotes.participle-name-before-verb", "quotes.subject-ends-at-irregular-past"),
    );
    expect(speakerOf(qs, "We are ready")).not.toBe("Kim Ash");
  });
});
