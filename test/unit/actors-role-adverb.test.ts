// A role read before a name stops at a sentence adverb written without its comma: "Earlier
// harbour board chairman X …" gives the role "harbour board chairman", never "Earlier …".
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";

const rolesOf = (text: string, name: string) => {
  const built = buildArticle("roles.txt", text);
  if (!built.ok) throw new Error(built.reason);
  return buildActorModel([built.article])
    .resolve(name)!
    .descriptions.map((d) => d.text);
};

describe("roles before a name", () => {
  it("leaves out a sentence adverb that opens the sentence", () => {
    const text = `Ferry fares to rise\n\nThe new timetable starts in May. Earlier Harbour Board chairman Osric Pell wrote to the council. Meanwhile Ferry Union leader Dana Quist met the mayor.`;
    expect(rolesOf(text, "Osric Pell")).toContain("Harbour Board chairman");
    expect(rolesOf(text, "Osric Pell").join("|")).not.toMatch(/Earlier/);
    expect(rolesOf(text, "Dana Quist").join("|")).not.toMatch(/Meanwhile/);
  });

  it("keeps a capitalised noun that opens the role", () => {
    const text = `Ferry fares to rise\n\nPolice chief Osric Pell wrote to the council about the crowds.`;
    expect(rolesOf(text, "Osric Pell")).toContain("Police chief");
  });
});
