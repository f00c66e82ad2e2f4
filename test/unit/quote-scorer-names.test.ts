// The quote scorer's speaker match: the actor we chose, under another name the article gives it,
// is the labelled speaker; an actor of another kind or an unnamed source is not.
import { describe, expect, it } from "vitest";
import type { QuoteFound } from "../../src/analysis/quotes/index.ts";
import { type LabelRow, sameSpeaker, scoreQuotes } from "../../src/eval/quotes.ts";

const label = (speaker: string, speakerType: LabelRow["speakerType"]): LabelRow => ({
  file: "a.txt",
  start: 10,
  end: 30,
  speaker,
  speakerType,
  via: "name",
  kind: "statement",
  prefix: "",
});
const found = (speakerName: string, speakerKind: QuoteFound["speakerKind"]) =>
  ({ start: 10, end: 30, speakerName, speakerKind, speakerId: "x", kind: "statement" }) as QuoteFound;

describe("speaker match in the quote scorer", () => {
  it("takes the chosen actor under a name the article gives it", () => {
    expect(sameSpeaker(label("Lord Goldsmith", "person"), found("Peter Goldsmith", "person"))).toBe(false);
    expect(
      sameSpeaker(label("Lord Goldsmith", "person"), found("Peter Goldsmith", "person"), ["Lord Goldsmith"]),
    ).toBe(true);
    // the article calls him "Goldsmith": the label's title is no name he must carry
    expect(
      sameSpeaker(label("Lord Goldsmith", "person"), found("Peter Goldsmith", "person"), ["Goldsmith"]),
    ).toBe(true);
    expect(sameSpeaker(label("Lord Goldsmith", "person"), found("Peter Goldsmith", "person"))).toBe(false);
    expect(
      sameSpeaker(label("Tories", "organization"), found("Conservative Party", "organization"), [
        "Conservatives",
        "Tories",
      ]),
    ).toBe(true);
  });

  it("takes a person's name without the style the label puts before it", () => {
    expect(sameSpeaker(label("Prince Saud Al-Faisal", "person"), found("Saud Al-Faisal", "person"))).toBe(
      true,
    );
    expect(sameSpeaker(label("Crown Prince Frederik", "person"), found("Frederik", "person"))).toBe(true);
    expect(sameSpeaker(label("Justice Eady", "person"), found("Eady", "person"))).toBe(true);
    // one word left is that word alone: another person sharing it is not the speaker
    expect(sameSpeaker(label("Prince Charles", "person"), found("Charles Kennedy", "person"))).toBe(false);
    expect(sameSpeaker(label("Prince Saud Al-Faisal", "person"), found("Omar Al-Faisal", "person"))).toBe(
      false,
    );
  });

  it("reads an organisation's name without its article", () => {
    expect(sameSpeaker(label("The Times", "organization"), found("Times", "organization"))).toBe(true);
    expect(sameSpeaker(label("Times", "organization"), found("The Times", "organization"))).toBe(true);
    expect(sameSpeaker(label("The Times", "organization"), found("Financial Times", "organization"))).toBe(
      false,
    );
    // (a person's first word is a name: "The Edge" stays whole)
    expect(sameSpeaker(label("The Edge", "person"), found("Edge", "person"))).toBe(false);
  });

  it("refuses another kind of actor or an unnamed source, whatever its other names", () => {
    expect(
      sameSpeaker(label("Tim Warner", "person"), found("Warner Inc", "organization"), ["Tim Warner"]),
    ).toBe(false);
    expect(
      sameSpeaker(label("a spokesman", "unnamed"), found("the company", "unnamed"), [
        "a spokesman for the firm",
      ]),
    ).toBe(false);
    expect(sameSpeaker(label("Alan Johnson", "person"), found("Martin Johnson", "person"), ["Johnson"])).toBe(
      false,
    );
  });

  it("counts those rows right in the scores", () => {
    const rows = [label("Lord Goldsmith", "person")];
    const quotes = new Map([["a.txt", [found("Peter Goldsmith", "person")]]]);
    expect(scoreQuotes(rows, quotes).speakerAccuracy).toBe(0);
    expect(scoreQuotes(rows, quotes, () => ["Lord Goldsmith"]).speakerAccuracy).toBe(1);
  });
});
