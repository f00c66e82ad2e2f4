// Speaker classes left on BBC study set 1 and recurring over the study sets (issue #13), on
// invented text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a verb of manner after its subject closes the tag", () => {
  const body =
    'Critics hail young striker\n\nThe daily Norte Hoy was full of praise for the home side. "Tomas did things on Sunday which were worthy of a legend," the paper beams, adding, "What a player, what a vision!" Coach Ivan Rossi was pleased. "We won the game," Mr Rossi grinned, adding that the team was tired.';

  it("is no part of the speaker, and its participle gives the next quotation the same speaker", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "Tomas did")).toBe("Norte Hoy");
    expect(speakerOf(qs, "What a player")).toBe("Norte Hoy");
    expect(speakerOf(qs, "We won")).toBe("Ivan Rossi");
  });

  it("is swallowed into the speaker with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.tag-x-manner-verb"));
    expect(speakerOf(qs, "Tomas did")).not.toBe("Norte Hoy");
    expect(speakerOf(qs, "What a player")).not.toBe("Norte Hoy");
  });
});

describe("a body shown to be a newspaper at an earlier mention is 'the paper'", () => {
  const body =
    'Press reacts to the derby\n\nMarea refers in passing to the crowd. The Norte newspaper blames the referee. "It was a disgrace," the paper says. Marea\'s headline says it all: "A night of shame." And like Norte, Marea criticises the coach. "The players were worthy of better," the paper says.';

  it("is that body, not the paper named as one before it", () => {
    expect(speakerOf(directQuotes(body), "The players")).toBe("Marea");
  });

  it("is the paper named as one with the switch off", () => {
    const qs = directQuotes(body, switchOff("quotes.paper-any-mention"));
    expect(speakerOf(qs, "The players")).not.toBe("Marea");
  });
});
