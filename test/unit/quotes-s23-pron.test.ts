// Pronoun classes of session 23 (issue #13), on invented text: a he/she takes up the subject of
// the most recent clause whose subject is a person of its gender; each rule with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a he/she takes up the subject of the sentence's last clause", () => {
  const body =
    'Harbour plan split\n\nThe head of the dock union has criticised plans for the new marina after a protest by Owen Tarrant.\n\nTarrant said he was "sick" of asking the council to listen but Elm Council\'s Victor Maddox rejected his claims. "We have listened to the workers at every stage," he said.';
  const possessed =
    'Rowing row grows\n\nCoach Martin Gale said his crews had been treated unfairly by the federation. "We were told nothing," Gale said.\n\nBut the row over funding grew louder. Norland\'s minister of sport Anvar Pellow was quick to give his backing to the federation\'s decision. "Every club has to live within its means," he said.';

  it("is the subject of the clause after 'but', not the first clause's", () => {
    expect(speakerOf(directQuotes(body), "We have listened")).toContain("Victor Maddox");
  });

  it("is a subject after a possessive and a role", () => {
    expect(speakerOf(directQuotes(possessed), "Every club")).toContain("Anvar Pellow");
  });

  it("is the first clause's subject with the switch off", () => {
    const off = switchOff("quotes.pronoun-last-clause-subject");
    expect(speakerOf(directQuotes(body, off), "We have listened")).toBe("Owen Tarrant");
    expect(speakerOf(directQuotes(possessed, off), "Every club")).not.toContain("Anvar Pellow");
  });
});

describe("a he/she reads past a sentence whose subject is itself or that names people as modifiers", () => {
  const chain =
    'Holt through to final\n\nVera Lund suffered a first-round defeat at the Marlow Open.\n\nIda Holt, who had lost all four of her previous meetings with Lund, won in straight sets. Former champion Tiva Rensk and Ada Moor also went through. Rensk, the first player from Kelso to win a title this year, will now face Ida Holt.\n\nBut she is staying calm. "Ida is a fine player," she said.';
  const modifier =
    'Rovers edge through\n\nBoss Gordon Breck felt Rovers were never in danger against Ashby.\n\nAn early penalty followed by an Owen Fyfe strike earned them a 2-0 win. "We were in control from the first minute," he said.';

  it("is the subject before a 'But she is …' sentence", () => {
    expect(speakerOf(directQuotes(chain), "Ida is a fine")).toBe("Tiva Rensk");
  });

  it("is the subject before a sentence naming a person only as a modifier", () => {
    expect(speakerOf(directQuotes(modifier), "We were in control")).toBe("Gordon Breck");
  });

  it("is another person with the switch off", () => {
    const off = switchOff("quotes.pronoun-subject-chain");
    expect(speakerOf(directQuotes(chain, off), "Ida is a fine")).not.toBe("Tiva Rensk");
    expect(speakerOf(directQuotes(modifier, off), "We were in control")).not.toBe("Gordon Breck");
  });
});

describe("Kim is a given name of either gender", () => {
  const body =
    'Darro to race in Leeds\n\nSprint champion Kim Darro will race over 60m at the indoor meeting in Leeds next month.\n\nOlympic finalist Ross Tell and Owen Marr will also take part. Darro won in Leeds two years ago. "The crowd there is always loud," he said.';

  it("so a he may stand for Kim Darro", () => {
    expect(speakerOf(directQuotes(body), "The crowd there")).toBe("Kim Darro");
  });
});
