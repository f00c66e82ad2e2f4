// Term and cue classes found on BBC study sets 42-48 in session 23 (issue #13), on invented text:
// each rule's own sentences, the sentences it must leave alone, and the same with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("the agent of a quoted passive participle in a said-clause is no speaker", () => {
  const body =
    'Ticket rush\n\nDemand for the tour was high, said Tom Vale, a spokesman for the promoters.\n\nMr Vale said that booking lines had been "swamped" by Oasis fans.';
  const pronoun =
    'Singer speaks out\n\nSinger Mara Lowe has backed a campaign against knife crime.\n\nShe said she was "sickened" by the death of Dean Farrow, 16, last month.';
  const labelled = 'Ticket rush\n\nMr Tom Vale said the plan had been described as "rash" by Oasis fans.';

  it("is the subject of the verb of saying", () => {
    expect(speakerOf(directQuotes(body), "swamped")).toBe("Tom Vale");
    expect(speakerOf(directQuotes(pronoun), "sickened")).toMatch(/Mara Lowe/);
  });

  it("leaves the agent of a verb of labelling, who does speak", () => {
    expect(speakerOf(directQuotes(labelled), "rash")).toBe("Oasis fans");
  });

  it("is the agent with the switch off (and session 36's participle rule, which also reads these deeds as no saying)", () => {
    const off = switchOff("quotes.said-clause-agent", "quotes.quoted-participle-not-saying");
    expect(speakerOf(directQuotes(body, off), "swamped")).toBe("Oasis fans");
    expect(speakerOf(directQuotes(pronoun, off), "sickened")).toBe("Dean Farrow");
  });
});

describe("a verb right before a quotation opens that quotation, not the one before", () => {
  const body =
    'Cup row\n\nStriker Pablo Reyes was left out of the side on Saturday by coach Tim Ford.\n\nAnd although Reyes insisted thoughts of leaving the club are "not on my mind", he admitted "it hurts a lot to sit on the bench".';
  const split = 'Cup row\n\nCoach Tim Ford was upbeat. "We will be fine," he said. "The squad is strong."';
  const first = (qs: ReturnType<typeof directQuotes>) => qs.find((q) => q.text.startsWith("not on my mind"));

  it("leaves the first quotation its own verb of saying", () => {
    expect(first(directQuotes(body))?.speakerText).toBe("Reyes");
    expect(speakerOf(directQuotes(split), "We will be fine")).toMatch(/Tim Ford/);
  });

  it("gives it the next quotation's tag with the switch off", () => {
    expect(first(directQuotes(body, switchOff("quotes.tag-verb-opens-next-quote")))?.speakerText).toBe("he");
  });
});

describe("a quotation in a who-clause with no verb of saying is the antecedent's", () => {
  const body =
    'Minister quits\n\nFormer transport minister Joan Pike has quit the party.\n\nPlain speaking is second nature to the former minister, who scorns the "chattering classes" and last year coined the phrase "commuter rage".';
  const copula =
    'Minister quits\n\nFormer transport minister Joan Pike has quit the party.\n\nPlain speaking is second nature to Ms Pike, who remains the party\'s "Iron Lady".';
  const passive =
    'Minister quits\n\nFormer transport minister Joan Pike has quit the party.\n\nThe row was a blow to Ms Pike, who was branded a "dinosaur" last year.';

  it("is the person the clause is about", () => {
    expect(speakerOf(directQuotes(body), "chattering classes")).toBe("Joan Pike");
    expect(speakerOf(directQuotes(body), "commuter rage")).toBe("Joan Pike");
  });

  it("is not that person after a copula or a passive", () => {
    expect(speakerOf(directQuotes(copula), "Iron Lady")).not.toBe("Joan Pike");
    expect(speakerOf(directQuotes(passive), "dinosaur")).not.toBe("Joan Pike");
  });

  it("is no one with the switch off", () => {
    const off = switchOff("quotes.who-clause-antecedent");
    expect(speakerOf(directQuotes(body, off), "chattering classes")).toBeNull();
    expect(speakerOf(directQuotes(body, off), "commuter rage")).toBeNull();
  });
});

describe("an expletive It before a passive verb of saying, past an adverb, is no speaker", () => {
  const body =
    'Swim doping\n\nThe Swim Federation has met coaches to plan the fight against drugs. It was also agreed that a course to "explain" the rules to swimmers would start in May.';
  const active =
    'Swim doping\n\nThe Swim Federation has met coaches to plan the fight against drugs. It also warned that the rules were "not a game".';

  it("gives the term no speaker", () => {
    expect(speakerOf(directQuotes(body), "explain")).toBeNull();
  });

  it("leaves an active verb's It to its organisation", () => {
    expect(speakerOf(directQuotes(active), "not a game")).toMatch(/Swim Federation/);
  });

  it("is the organisation with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.passive-past-adverb")), "explain")).toMatch(
      /Swim Federation/,
    );
  });
});
