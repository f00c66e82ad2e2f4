// Speaker classes found on BBC study set 23 (issue #13), on invented text: each rule's own
// sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe('"Lord" before office words is part of the office, not a peer\'s name', () => {
  const body =
    'Lottery bill dropped\n\nA Liberal peer has withdrawn a bill to reform the lottery.\n\nThe Lord Chancellor, Lord Hartwell, agreed the rules were old but added that "their effects are small". The changes proposed by Lord Penwick were "a risky undertaking", he said.';

  it("is the holder named in apposition, and the pronoun after him", () => {
    const qs = directQuotes(body);
    expect(speakerOf(qs, "their effects")).toBe("Lord Hartwell");
    expect(speakerOf(qs, "a risky")).toBe("Lord Hartwell");
  });

  it("is the office read as a name with the switch off", () => {
    const off = switchOff("quotes.capitalised-office-lord");
    expect(speakerOf(directQuotes(body, off), "their effects")).toBe("Lord Chancellor");
  });
});
