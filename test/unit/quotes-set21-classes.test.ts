// Speaker classes found on BBC study set 21 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a verb of pleading or confiding closes a tag as said does", () => {
  const body =
    'Talent show opens\n\nThe panel, chaired by former editor Tom Barrow, was harsh. "Don\'t you care about the whales?", implored guitar-playing campaigner Lena Moss. "I don\'t care about them," replied Mr Barrow. "That was a total disaster," a crestfallen Ms Moss confided in the host, Joe Hart.';

  it("is the name after the verb, or before it", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Don't you care")).toBe("Lena Moss");
    expect(speakerOf(qs, "That was a total")).toBe("Lena Moss");
  });

  it("is no tag with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-plea-verb"));
    expect(speakerOf(qs, "Don't you care")).toBeNull();
    expect(speakerOf(qs, "That was a total")).toBe("Tom Barrow");
  });
});

describe("a publication's name past lowercase modifiers", () => {
  const body =
    'Game tops charts\n\nStarfall was a hit on its launch. "Starfall is the most important launch game ever," wrote the influential Rapido magazine in its review.';

  it("is the publication", () => {
    expect(speakerOf(directQuotes(body), "Starfall is")).toBe("Rapido magazine");
  });

  it("is not the publication with the switch off", () => {
    const off = switchOff("quotes.publication-past-modifiers");
    expect(speakerOf(directQuotes(body, off), "Starfall is")).not.toBe("Rapido magazine");
  });
});

describe("a person coordinated with a he/she is not a later he/she of that gender", () => {
  const body =
    'Ballet star dies\n\nRuth Vell was a great dancer. She and Piet Lorrin set up the Harbour Ballet. "It was hard work," she said.';

  it("is the person the pronoun stands for", () => {
    expect(speakerOf(directQuotes(body), "It was hard")).toBe("Ruth Vell");
  });

  it("is the coordinated person with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.pronoun-not-conjunct")), "It was hard")).toBe(
      "Piet Lorrin",
    );
  });
});

describe('a passive verb of reporting before "as saying" keeps its subject', () => {
  const body =
    'Patent row grows\n\n"Some patents are dubious," said Dr Jeremy Fell of the Patent Office. Some panel members are worried. "Of course they are going to unleash the lawyers," Mr Kapp is reported as saying. Other firms did not comment.';

  it("is the subject", () => {
    expect(speakerOf(directQuotes(body), "Of course")).toBe("Kapp");
  });

  it("is the speaker before with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.tag-passive-as-saying")), "Of course")).toBe(
      "Jeremy Fell",
    );
  });
});

describe('a body\'s role "and" a second role before a name', () => {
  const body =
    'Film awards nominations\n\n"This year\'s nominees show the strength of the field," said BAFS founder and director Elon Trask.';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "This year")).toBe("Elon Trask");
  });

  it("is the first role with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.tag-capital-role-and-name")), "This year")).toBe(
      "BAFS founder",
    );
  });
});

describe("a speech verb's -ing form the lexicon leaves out cues the quotation after it", () => {
  const body =
    'MP to step down\n\nMr Dowd was elected to Parliament in 1987, declaring "today Leeds, tomorrow London". He will succeed Ann Grant.';

  it("is the sentence's subject", () => {
    expect(speakerOf(directQuotes(body), "today Leeds")).toBe("Dowd");
  });

  it("is no one with the switch off", () => {
    // (s26's governed-term-subject finds the same subject for ", declaring": off too)
    const off = switchOff("quotes.speech-participle", "quotes.governed-term-subject");
    expect(speakerOf(directQuotes(body, off), "today Leeds")).toBeNull();
  });
});

describe('"they" after a sentence opening on a plural of sources', () => {
  const body =
    'Immigration plans\n\nThe Greens say Labour is late while the Reform Party says the plans will fail. Home Secretary Carl Dane wants a points system. Ministers deny they have been spurred into action by campaigning. Instead, they say the plans are part of an "evolving" process.';

  it("is the plural source", () => {
    expect(speakerOf(directQuotes(body), "evolving")).toBe("Ministers");
  });

  it("is the organisation that spoke last with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.they-plural-source-opener")), "evolving")).toBe(
      "Reform Party",
    );
  });
});

describe('a speech verb\'s -s form right after he/she/it is a verb, not a plural noun ("what he says are")', () => {
  const body =
    'Skills plan\n\nShadow minister Tim Rolls is on Thursday setting out a scheme of grants to tackle what he says are "crippling skills shortages". The analysis is based on students.';

  it("is the pronoun's person", () => {
    expect(speakerOf(directQuotes(body), "crippling")).toBe("Tim Rolls");
  });

  it("is no one with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.pronoun-subject-verb")), "crippling")).toBeNull();
  });
});
