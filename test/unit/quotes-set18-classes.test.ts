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
    expect(
      speakerOf(
        directQuotes(body, switchOff("actors.coref-only-unknown-gender", "quotes.pronoun-subject-chain")),
        "It means",
      ),
    ).toBe("Mark Dole");
  });
});

describe("a run of names that opens on a number word is no person", () => {
  const body =
    'Trask named Harbour captain\n\nKerin Trask has been named captain of Harbour for this year.\n\nHarbour coach Mark Dole said: "He is the natural choice. He leads by example." Trask, who has played 40 games for the club, scored the winning try in last year\'s final. But he then missed the whole 2030 Three Shires campaign with a knee injury. "It means a great deal to lead this side," he said.';

  it("leaves the pronoun to the player", () => {
    expect(speakerOf(directQuotes(body), "It means")).toBe("Kerin Trask");
  });

  it("gives the pronoun to the competition read as a person with the switch off", () => {
    expect(
      speakerOf(
        directQuotes(body, switchOff("actors.number-led-name", "quotes.pronoun-subject-chain")),
        "It means",
      ),
    ).toBe("Three Shires");
  });
});

describe("a spokesperson for a named body opening the sentence before takes he/she", () => {
  const body =
    'Council rethinks parking fees\n\nCouncillor Bill Warne said the new parking fees were unfair. He said: "Shops in the town will close."\n\nBut a spokesman for the Vale Transport Board defended the fees. He said: "The charges pay for the new buses."';

  it("is the spokesman", () => {
    expect(speakerOf(directQuotes(body), "The charges")).toBe("a spokesman for the Vale Transport Board");
  });

  it("is the councillor named before with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.spokesperson-for-subject")), "The charges")).toBe(
      "Bill Warne",
    );
  });
});

describe("a participle's description subject followed by a name in commas is that name", () => {
  const body =
    'Crash driver jailed\n\nA driver who killed Nora Lane in a crash was jailed for six years.\n\nNora\'s uncle, Ted Marsh, told the Vale Post the driver deserved nothing, saying: "Nothing is worth taking years off a sentence."';

  it("is the name", () => {
    expect(speakerOf(directQuotes(body), "Nothing")).toBe("Ted Marsh");
  });

  it("is the kin noun with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.participle-apposed-name")), "Nothing")).toBe(
      "uncle",
    );
  });
});

describe("a maker of named works as the speaker is the person, not the work", () => {
  const body =
    'Epic flops at box office\n\nDirector Ana Ruiz\'s epic Harbour Lights took little in its first week.\n\nIn Oslo on Friday, Ruiz voiced the hope that Harbour Lights might do better in Europe. "People here see my films differently," said the director behind Harbour Lights and Small Hours.';

  it("is the director", () => {
    expect(speakerOf(directQuotes(body), "People here")).toBe("Ana Ruiz");
  });

  it("is not the director with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.maker-of-works")), "People here")).not.toBe(
      "Ana Ruiz",
    );
  });
});
