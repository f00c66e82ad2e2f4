// A month that is also a name ("Theresa May", "June Carter", "Jan Brewer") names a person; the
// same word as a date ("in May", "Since June", "June 5", "May Day") names no one.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { directQuotes, speakerOf } from "../helpers/quotes.ts";

const actorNames = (body: string) => {
  const r = buildArticle("a.txt", body);
  if (!r.ok) throw new Error(r.reason);
  return buildActorModel([r.article]).actors.map((a) => a.name);
};

describe("months used as names", () => {
  const body =
    'Minister speaks\n\nHome Secretary Helen May said on Monday that the plan would work. Governor Jan Brodsky agreed. June Harrow said the same on 5 Jan. April Tennant asked about it in May.\n\n"We will act," May said. "It is time," Brodsky said.\n';

  it("are people in the actor model, and the quotations' speakers are those people", () => {
    const names = actorNames(body);
    for (const n of ["Helen May", "Jan Brodsky", "June Harrow", "April Tennant"]) expect(names).toContain(n);
    const qs = directQuotes(body);
    expect(speakerOf(qs, "We will act")).toBe("Helen May");
    expect(speakerOf(qs, "It is time")).toBe("Jan Brodsky");
  });

  it("stay dates after a date word, before a number or in a fixed phrase", () => {
    const names = actorNames(
      'Election looms\n\nIn May Gordon Pell said the budget would balance. Since June Labour has led the polls. Last April Smith resigned. On June 5 the leaders met. May Day marches were calm.\n\n"We will win," Pell said.\n',
    );
    expect(names).toContain("Gordon Pell");
    expect(names.some((n) => /\b(?:May|June|April)\b/.test(n))).toBe(false);
  });
});
