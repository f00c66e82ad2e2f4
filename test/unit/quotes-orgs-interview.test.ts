// Interview features and quotations about a person (issue #13), on invented text: answers with
// no tag after an intro naming the one person the article quotes, and a quotation that speaks of
// someone in the third person never given to them.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes as quotes, speakerOf } from "../helpers/quotes.ts";

describe("interview features", () => {
  const feature = [
    "To mark fifty years of the Lakeside Festival, its first stage manager Ellen Rourke looks back.",
    "",
    "Rourke ran the stage from 1975 until the site closed.",
    "",
    ': "I started the week the barn burned down. It was chaos from the first morning."',
    "",
    ': The 1979 line-up sold out in an hour. "By then we had three stages and nobody slept. I remember the rain."',
    "",
    ': Grace Kimura headlined that year. "Grace was the hardest-working singer I ever met. She rehearsed until dawn."',
  ].join("\n");

  it("gives untagged answers to the one person the article quotes", () => {
    const qs = quotes(feature);
    expect(speakerOf(qs, "I started the week")).toBe("Ellen Rourke");
    expect(speakerOf(qs, "By then we had")).toBe("Ellen Rourke");
    expect(speakerOf(qs, "Grace was the hardest")).toBe("Ellen Rourke");
    expect(speakerOf(quotes(feature, switchOff("quotes.sole-voice")), "By then we had")).toBeNull();
  });

  it("keeps a second voice's article as it was", () => {
    const qs = quotes(
      [
        'Coach Dan Pelham said: "We were flat in the first half."',
        "",
        'Captain Sara Oduya said: "We kept going."',
        "",
        'The club has won four of its last five games. "The fans deserve better than that."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "The fans deserve")).toBeNull();
  });
});

describe("the latest voice", () => {
  it("carries over a narrative paragraph to a first-person answer", () => {
    const body = [
      'Captain Sara Oduya said: "We knew the pitch would be heavy."',
      "",
      "The visitors scored twice before the break and held on despite a late penalty.",
      "",
      '"I told the girls at half-time to keep it simple and we did."',
      "",
      'Coach Dan Pelham said: "Nobody expected this."',
    ].join("\n");
    expect(speakerOf(quotes(body), "I told the girls")).toBe("Sara Oduya");
    expect(speakerOf(quotes(body, switchOff("quotes.latest-voice")), "I told the girls")).toBeNull();
  });

  it("gives no voice to a statement with no first person", () => {
    const qs = quotes(
      [
        'Captain Sara Oduya said: "We knew the pitch would be heavy."',
        "",
        "The visitors scored twice before the break.",
        "",
        '"Heavy pitches suit a patient side and always will."',
        "",
        'Coach Dan Pelham said: "Nobody expected this."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "Heavy pitches")).toBeNull();
  });
});

describe("a quotation about a person", () => {
  it("is not given to the person the sentence before opens on", () => {
    const qs = quotes(
      [
        'Chef Marco Bellini said: "The kitchen is ready."',
        "",
        'But Tomas Varga in the 1990s became the city\'s best-known cook. "Tomas could cook for a thousand people without a note."',
        "",
        'Varga opened three restaurants. "In 1998, after his third opening, he was exhausted."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "Tomas could")).not.toBe("Tomas Varga");
    expect(speakerOf(qs, "In 1998")).not.toBe("Tomas Varga");
  });

  it("still gives the speaker's own first-person words that name them", () => {
    const qs = quotes(
      'Senator Ruth Alvey told the rally she was proud. "I come from a mining town. If the young Ruth Alvey were starting out today, she would struggle."',
    );
    expect(speakerOf(qs, "I come from")).toBe("Ruth Alvey");
  });
});

describe("an apposition holding a quoted term", () => {
  it("does not cut the speaker off from the tag", () => {
    const qs = quotes(
      [
        'Ana Ruiz, one of the so-called "Class of 98" of young coaches, told reporters: "We were never given a chance."',
        "",
        'The Tenby Sailing Club, the town\'s "grand old lady" of the harbour, said: "We will reopen in May."',
      ].join("\n"),
    );
    expect(speakerOf(qs, "We were never")).toBe("Ana Ruiz");
    expect(speakerOf(qs, "We will reopen")).toBe("Tenby Sailing Club");
  });
});
