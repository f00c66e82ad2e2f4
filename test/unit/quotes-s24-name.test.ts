// Speaker-name classes of session 24's name task (issue #13, BBC study sets 42-51), on invented
// text: each rule's own sentences, and the same sentences with its switch off.
import { describe, expect, it } from "vitest";
import { actorAt, model } from "../helpers/actors.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

describe("a rank written short is a title, not part of the name", () => {
  const body = (first: string, later: string) =>
    `Smuggling ring jailed\n\n"This was a long and careful inquiry," said ${first} Ian Marsh, who led the case.\n\n${later} Marsh went on to warn: "Other gangs will try the same route."`;

  it("is the full name the article gave", () => {
    for (const [first, later] of [
      ["Det Supt", "Det Supt"],
      ["Detective Chief Superintendent", "Chief Supt"],
      ["Detective Chief Inspector", "Det Ch Insp"],
      ["Detective Chief Inspector", "DCI"],
      ["Sergeant", "Sgt"],
      ["Lieutenant Colonel", "Lt Col"],
      ["Councillor", "Cllr"],
    ]) {
      const qs = directQuotes(body(first!, later!));
      expect(speakerOf(qs, "This was a long"), first).toBe("Ian Marsh");
      expect(speakerOf(qs, "Other gangs"), later).toBe("Ian Marsh");
    }
  });

  it("makes no person of the rank and the name", () => {
    const { m, a } = model(
      `---\noutlet: Test Post\ntitle: T\npublished: 2031-04-09\n---\n${body("Chief Supt", "Supt")}`,
    );
    expect(actorAt(m, a, "Supt Ian Marsh")).toBeNull();
    expect(actorAt(m, a, "Ian Marsh")).toBe("Ian Marsh");
  });
});
