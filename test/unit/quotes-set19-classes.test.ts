// Speaker classes found on BBC study set 19 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a run right after a work or product noun is a title, no person", () => {
  const body =
    'Phone maker shows talking maps\n\nThe handset firm Orvane has been working on a technology called Street Voice, which reads a map aloud.\n\nOne worry is that the name Street Voice makes people think of satnav, but Tamsin Oduya, a product lead at Orvane, was sure that Street Voice should not be confused with it. She said: "It is a guide you carry, not a car gadget."';

  it("leaves she to the person", () => {
    expect(speakerOf(directQuotes(body), "It is a guide")).toBe("Tamsin Oduya");
  });

  it("gives she to the title read as a person with the switch off", () => {
    expect(
      speakerOf(
        directQuotes(body, switchOff("actors.work-title", "quotes.pronoun-last-clause-subject")),
        "It is a guide",
      ),
    ).toBe("Street Voice");
  });
});

describe("a plural possessive's apostrophe does not break the apposition", () => {
  const body =
    'Storm edge thriller\n\nThe Storm beat the Hawks 24-21 on Saturday.\n\nClub legend Tom Baxter hailed it as "the best game in years". Ian Cole, the Hawks\' two-try scorer on the day, called it "one of the strangest games I have played in".';

  it("is the name the apposition follows", () => {
    expect(speakerOf(directQuotes(body), "one of the strangest")).toBe("Ian Cole");
  });

  it("is the speaker before with the switch off", () => {
    expect(
      speakerOf(directQuotes(body, switchOff("quotes.plural-possessive-word")), "one of the strangest"),
    ).toBe("Tom Baxter");
  });
});

describe("an opening 'Shortly after …' phrase is no speaker", () => {
  const body =
    'Cole takes Fenwick Open\n\nIan Cole won the Fenwick Open on Sunday.\n\n"It was a hard week," he said. Shortly after collecting a Lantern Glass trophy, a new bicycle and a cheque for $9,000, Cole addressed the crowd and ended by saying "thanks for having me".';

  it("is the name after the phrase and its list", () => {
    expect(speakerOf(directQuotes(body), "thanks for")).toBe("Ian Cole");
  });

  it("is the adverb read as a name with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.front-time-phrase")), "thanks for")).toBe(
      "Shortly",
    );
  });
});

describe("an inverted sentence opening on 'Among' names no speaker", () => {
  // FRONT_WORDS holds "among" (a lexicon entry, no switch): the preposition is no name.
  const body =
    'Sites mourn result\n\nMany web diaries reacted to the vote within hours.\n\nAmong them were sites carrying photo messages, saying "we tried" to voters abroad.';

  it("leaves the words unattributed", () => {
    expect(speakerOf(directQuotes(body), "we tried")).toBeNull();
  });
});

describe("a plural description of a pair is the latest two names of its kind joined by 'and'", () => {
  const body =
    'Court backs family in custody case\n\nThe family of a man who died in custody has won a challenge in the High Court.\n\nLord Justice Pell and Mr Justice Orme ruled that the case could go ahead. It was hard to say the inquiry so far "has been open or quick enough", the judges said.';

  it("is the two judges", () => {
    expect(speakerOf(directQuotes(body), "has been open")).toBe("Lord Justice Pell and Mr Justice Orme");
  });

  it("is the description as written with the switch off", () => {
    expect(speakerOf(directQuotes(body, switchOff("quotes.plural-pair")), "has been open")).toBe(
      "the judges",
    );
  });
});
