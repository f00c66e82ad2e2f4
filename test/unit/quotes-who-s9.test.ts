// Session 9 speaker classes (issue #13) on invented text: given names that tell a person's gender
// beyond the first lexicon, so a he/she never goes to a person of the other gender; an office
// given in apposition with no article ("Tom Pike, chief executive of Harlow Mills,") or after an
// age ("Tom Pike, 54, the former Harlow mayor,") ties "the chief executive" to that person.
import { describe, expect, it } from "vitest";
import { genderOfName, readCoref } from "../../src/analysis/actors/index.ts";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("given names that tell the gender", () => {
  it("reads frequent American given names", () => {
    expect(genderOfName("Bernie Okafor")).toBe("male");
    expect(genderOfName("Mitch Dorrance")).toBe("male");
    expect(genderOfName("Kellyanne Stroud")).toBe("female");
    expect(genderOfName("Monique Halvard")).toBe("female");
  });

  it("gives she to the woman named later, not the man who spoke before", () => {
    const qs = directQuotes(
      [
        'Mayor Bernie Okafor opened the budget meeting on Friday. "We have done our best," Okafor said.',
        "",
        'Monique Stroud, who leads the opposition group, was not convinced. "The library will close," she said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "The library")).toBe("Monique Stroud");
  });
});

describe("an office in apposition with no article, or after an age", () => {
  it("ties the office to the person it follows", () => {
    const qs = directQuotes(
      [
        "Tom Pike, chief executive of Harlow Mills, defended the plan on Monday. Maud Ellery attacked it.",
        "",
        '"It is not fair," Ms Ellery said. "We will go on," the chief executive said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "We will go on")).toBe("Tom Pike");
  });

  it("reads the role after an age, and a role naming its owner first", () => {
    const qs = directQuotes(
      [
        "Tom Pike, 54, the former Harlow mayor, has joined the race. Maud Ellery also stood.",
        "",
        '"I love this town," the former mayor said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "I love this town")).toBe("Tom Pike");
    const roles = readCoref("Ruth Aldane, Calder Bank's head of lending, spoke first.").roles;
    expect(roles.map((r) => [r.name, r.head])).toEqual([["Ruth Aldane", "head"]]);
  });

  it("reads no role from a clause, a list of names or a verb", () => {
    for (const text of [
      "The suit against Harlow Media, is the candidate's first.",
      "Tom Pike, Maud Ellery, Ann Roy and others came.",
      "Dan Roe, endorsed candidate of the party, came.",
      "On Wednesday, campaign manager Ann Roy spoke.",
    ])
      expect(readCoref(text).roles.filter((r) => r.name !== "Ann Roy")).toEqual([]);
  });
});

describe("an anonymous source opening with one or another", () => {
  it("is the speaker, unnamed, as written", () => {
    const qs = directQuotes(
      [
        'The harbour plan drew fire. "It is a disaster," said one former senior official.',
        "",
        '"We were never asked," one resident said. "Nobody came," another neighbour wrote.',
      ].join("\n"),
    );
    const who = (start: string) => qs.find((q) => q.text.startsWith(start));
    expect(speakerOf(qs, "It is a disaster")).toBe("one former senior official");
    expect(who("It is a disaster")?.speakerKind).toBe("unnamed");
    expect(speakerOf(qs, "We were never")).toBe("one resident");
    expect(speakerOf(qs, "Nobody came")).toBe("another neighbour");
  });
});

describe("a job written as a title before a given name", () => {
  it("is no part of the speaker's name", () => {
    const qs = directQuotes(
      [
        'Voters are tired, the survey found. "People are fed up," said Pollster Tom Pike.',
        "",
        'Chef Monique Halvard disagreed. "They are hungry, not tired," she said.',
      ].join("\n"),
    );
    expect(speakerOf(qs, "People are fed up")).toBe("Tom Pike");
    expect(speakerOf(qs, "They are hungry")).toBe("Monique Halvard");
  });

  it("keeps a double given name whole", () => {
    const qs = directQuotes('"The harbour is safe," said Mary Anne Hollis.');
    expect(speakerOf(qs, "The harbour")).toBe("Mary Anne Hollis");
  });
});

describe("two role nouns joined by and", () => {
  it("describe one person, not the organisation the second may name", () => {
    const qs = directQuotes(
      'Maud Ellery has left the house. "It was cruel," the writer and broadcaster said.',
    );
    expect(speakerOf(qs, "It was cruel")).toBe("Maud Ellery");
  });

  it("take up the reporter of a tag closing the sentence before, not the first person it names", () => {
    const qs = directQuotes(
      [
        "Maud Ellery quit the show on Sunday.",
        "",
        'Tom Pike had panicked that the crowd would turn, Ellery said. The feminist writer and broadcaster said: "The show was cruel."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "The show was cruel")).toBe("Maud Ellery");
  });
});

describe("a he/she nothing else resolves", () => {
  it("goes to the nearest person named just before, of no other gender", () => {
    const body =
      'Maud Ellery clashed with Okwu Brenner on Monday. "This bill is a disgrace," she said. "It is not," he replied.';
    const qs = directQuotes(body);
    expect(speakerOf(qs, "This bill")).toBe("Maud Ellery");
    expect(speakerOf(qs, "It is not")).toBe("Okwu Brenner");
    expect(speakerOf(directQuotes(body, switchOff("quotes.pronoun-nearest-person")), "It is not")).toBeNull();
  });
});

describe("an office the article opens on before naming anyone", () => {
  it("is the person named next as a clause's subject", () => {
    const qs = directQuotes(
      [
        'The chief executive has again denied being "leant on" by the board over the harbour sale.',
        "",
        'Tom Pike said the sale price was fair. "Nobody told me what to write," he said.',
      ].join("\n"),
    );
    expect(qs.find((q) => q.text === "leant on")?.speakerName).toBe("Tom Pike");
  });

  it("is nobody when the person named next holds another office", () => {
    const qs = directQuotes(
      [
        'The chief executive has again denied being "leant on" by the board over the harbour sale.',
        "",
        "Maud Ellery, leader of the dockers' union, said the price was too low.",
      ].join("\n"),
    );
    expect(qs.find((q) => q.text === "leant on")?.speakerName).not.toBe("Maud Ellery");
  });
});

describe("a description used again", () => {
  it("is the person the model linked the same words to before", () => {
    const body = [
      "Folk star Maud Ellery has been praised by police for bravely chasing a burglar from her home.",
      "",
      'The singer grabbed the intruder as he fled. "I acted on impulse," Ellery said. "It could have been worse."',
      "",
      'The folk star said she was not hurt. "I am fine." The singer did not want to talk about it but when asked whether she would do it again replied: "Of course."',
    ].join("\n");
    expect(speakerOf(directQuotes(body), "Of course")).toBe("Maud Ellery");
    // office-subject (the subject of the sentence before) reaches the same person here.
    expect(
      speakerOf(
        directQuotes(
          body,
          switchOff(
            "quotes.same-description",
            "quotes.office-subject",
            "quotes.sole-person-description",
            "quotes.description-named-before",
          ),
        ),
        "Of course",
      ),
    ).toBe("The singer");
  });
});
