// Session 40: a name with a middle initial is a person, whatever the tagger makes of an unfamiliar
// given name; on invented text.
import { describe, expect, it } from "vitest";
import { switchOff } from "../../src/analysis/steps.ts";
import { namedMentions } from "../helpers/actors.ts";
import { directQuotes } from "../helpers/quotes.ts";

const STEP = "actors.middle-initial-person";

const body = (name: string) =>
  `Schools ruling\n\n${name}, a Denver-based lawyer who represented the families, invoked the history of the state in hearings in June. "There can't be separate but equal schools," she told Judge Reeves.`;

describe("a word, a middle initial and a surname", () => {
  for (const name of ["Marisol T. Brannigan", "Ignatius P. Fenwick", "Rudolph W. Giuliani"]) {
    it(`"${name}" is a person, not the tagger's organisation`, () => {
      const kind = (off: boolean) =>
        namedMentions(body(name), off ? switchOff(STEP) : undefined)
          .find((m) => m.text === name)
          ?.actorId.split(":")[0];
      expect([kind(false), kind(true)]).toEqual(["person", "organization"]);
    });
  }

  it("so the 'she' of the next sentence is that person, not the judge she spoke to", () => {
    const q = directQuotes(body("Marisol T. Brannigan")).find((x) => x.text.startsWith("There can't"));
    expect(q?.speakerName).toBe("Marisol T. Brannigan");
  });
});
