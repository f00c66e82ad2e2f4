// Error classes study sets 63 and 64 showed, on invented text: a description whose sentence
// before opens on another description, and a newspaper whose name starts with a weekday.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a description after a sentence opened by another description", () => {
  const body =
    'Sequel delayed\n\nFantasy director Hal Brenner has said a sequel is years away. The Oscar winner said on a visit to Perth there was a "strong desire" to make it. "There will be many lawyers in a room first," said the New Zealander.';

  it("is the person the first description stands for", () => {
    expect(speakerOf(directQuotes(body), "There will be")).toBe("Hal Brenner");
  });

  it("was left unresolved with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.description-chain")), "There will be")).not.toBe(
      "Hal Brenner",
    );
  });

  it("still stops at a person named in the sentence before", () => {
    const other =
      'Sequel delayed\n\nFantasy director Hal Brenner has said a sequel is years away. Tom Ferris said on a visit to Perth there was a "strong desire" to make it. "There will be many lawyers in a room first," said the New Zealander.';
    expect(speakerOf(directQuotes(other), "There will be")).toBe("Tom Ferris");
  });
});

describe("a newspaper whose name starts with a weekday", () => {
  const body =
    'Bid talk\n\nThe Sunday Herald said the bid was off. Mr Lowe later told the Sunday Herald he was sorry. On Sunday Mr Lowe left for Rome. The newspaper also claimed Mr Lowe was "increasingly frustrated" with the talks.';

  it("is one organisation, the weekday part of its name", () => {
    const { m, a } = model(body);
    expect(actorAt(m, a, "Sunday Herald")).toBe("Sunday Herald");
    expect(actorAt(m, a, "Sunday Herald", 1)).toBe("Sunday Herald");
    expect(m.actors.some((x) => x.name.includes("Sunday Mr"))).toBe(false);
  });

  it("was lost with the step off", () => {
    const { m, a } = model(body, switchOff("actors.weekday-paper"));
    expect(actorAt(m, a, "Sunday Herald")).toBeNull();
  });

  it("is the newspaper a later 'the newspaper' stands for", () => {
    expect(speakerOf(directQuotes(body), "increasingly")).toBe("Sunday Herald");
  });
});

describe("a quotation the copy's lost mark left looking like a continuation", () => {
  const body =
    'Deal talk\n\nCity midfielder Piet Alders is out of contract. "I would like to stay," he said. "The main worry is my age but I am fit. Alders joined City in 2003 and struggled at first. But his work impressed manager Ron Keble. "He saw the game was faster. He is an unsung hero," said Keble.';

  it("takes the tag after its own closing comma", () => {
    expect(speakerOf(directQuotes(body), "He saw")).toBe("Ron Keble");
  });

  it("leaves the quotation before it to the speaker before", () => {
    expect(speakerOf(directQuotes(body), "The main worry")).toBe("Piet Alders");
  });

  it("gave both to the first speaker with the switch off", () => {
    const off = directQuotes(body, switchOff("quotes.continued-own-tag"));
    expect(speakerOf(off, "He saw")).toBe("Piet Alders");
  });

  it("still gives a run-on quotation's tag to its start", () => {
    const run =
      'Cup tie\n\nCoach Tom Ferris was happy. "We played well. "It was a good night for us," said Ferris.';
    expect(speakerOf(directQuotes(run), "We played")).toBe("Tom Ferris");
  });
});

describe("a stray closing mark whose tag puts its subject first", () => {
  const body =
    'Award\n\nThe games designer Ray Dunmore was honoured. Mr Dunmore said the honour was a surprise. It has come out of the blue," he said, "I never would have guessed it."';

  it("closes a quotation from its sentence's start, said by the tag's subject", () => {
    expect(speakerOf(directQuotes(body), "It has come")).toBe("Ray Dunmore");
  });

  it("was no quotation with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.stray-mark-subject-tag"));
    expect(qs.some((q) => q.text.startsWith("It has come"))).toBe(false);
  });
});

describe("a name in apposition after a body's name that ends on a list", () => {
  const body =
    'Piracy case\n\nLawyer Tom Wyatt told reporters: "It is silly." A spokesman for Tolls, Customs and Excise, Dean Royle, said the group did not appear to be motivated by money. Their motive was the kudos. He told reporters: "They wanted notoriety."';

  it("is the speaker a later he takes up, not the list's last word", () => {
    expect(speakerOf(directQuotes(body), "They wanted")).toBe("Dean Royle");
  });

  it("lost the turn to the earlier speaker with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.list-tail-apposition")), "They wanted")).not.toBe(
      "Dean Royle",
    );
  });
});
