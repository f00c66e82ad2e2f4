// Speaker classes found on BBC study set 18 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a lone subject of unknown gender opening the sentence before takes he", () => {
  // "Kerin" is no given name the lexicon knows and there is no honorific, so the gender is unknown;
  // coach Mark Dole spoke last and is a man.
  const body =
    'Trask named Harbour captain\n\nKerin Trask has been named captain of Harbour for this year.\n\nHarbour coach Mark Dole said: "He is the natural choice. He leads by example." Trask, who has played 40 games for the club, scored the winning try in last year\'s final. But he then missed the whole season with a knee injury. "It means a great deal to lead this side," he said.';

  it("is the subject of the sentence before", () => {
    expect(speakerOf(directQuotes(body), "It means")).toBe("Kerin Trask");
  });

  it("is the coach who spoke last with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.coref-only-unknown-gender")), "It means")).toBe(
      "Mark Dole",
    );
  });
});

describe("a run of names that opens on a number word is no person", () => {
  const body =
    'Trask named Harbour captain\n\nKerin Trask has been named captain of Harbour for this year.\n\nHarbour coach Mark Dole said: "He is the natural choice. He leads by example." Trask, who has played 40 games for the club, scored the winning try in last year\'s final. But he then missed the whole 2030 Three Shires campaign with a knee injury. "It means a great deal to lead this side," he said.';

  it("leaves the pronoun to the player", () => {
    expect(speakerOf(directQuotes(body), "It means")).toBe("Kerin Trask");
  });

  it("gives the pronoun to the competition read as a person with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("actors.number-led-name")), "It means")).toBe(
      "Three Shires",
    );
  });
});
