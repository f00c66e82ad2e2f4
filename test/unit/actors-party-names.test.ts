// A party's everyday names and its formal name are one actor across the coverage ("the Tories",
// "Tory party", "the Conservatives", "the Conservative Party"), shown by the party's formal name
// even where the coverage uses only everyday ones; those stay its aliases.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";

const model = (...texts: string[]) =>
  buildActorModel(
    texts.map((t, i) => {
      const built = buildArticle(`p${i}.txt`, t);
      if (!built.ok) throw new Error(built.reason);
      return built.article;
    }),
  );

const A = `Toll plan attacked\n\nThe Tories have attacked the bridge toll plan. A Tory party source said the toll was a tax on commuters.`;
const B = `Bridge tolls vote\n\nThe Conservative Party will vote against the tolls next week, its leader Ann Vell said.`;
const C = `Council row\n\nThe Conservatives said the council had wasted money on the bridge.`;

describe("party names", () => {
  it("joins a party's nickname and formal name across articles, shown by the formal name", () => {
    const m = model(A, B, C);
    const tories = m.resolve("Tories");
    expect(tories?.name).toBe("Conservative Party");
    expect(m.resolve("Conservatives")?.id).toBe(tories?.id);
    expect(tories?.documents.length).toBe(3);
  });

  it("shows a party an article calls only 'the Conservatives' and 'the Tories' by its formal name", () => {
    const m = model(`${C} The Tories had promised a review.`);
    const party = m.resolve("Tories");
    expect(party?.name).toBe("Conservative Party");
    expect(party?.aliases.map((a) => a.text).sort()).toEqual(["Conservatives", "Tories"]);
  });

  it("keeps a two-word name that only starts with a party word", () => {
    const m = model(
      `Club news\n\nThe Republicans Club said its dinner was sold out, organiser Ed Pike said.`,
    );
    expect(m.actors.some((a) => a.name === "Republican Party")).toBe(false);
  });

  it("joins the GOP and the Republican Party, in other articles too", () => {
    const m = model(
      `Senate vote\n\nThe GOP will hold its convention in Ohio next summer.`,
      `Convention city\n\nThe Republican Party chose the city in May, its chairman Dale Horn said.`,
    );
    expect(m.resolve("GOP")?.name).toBe("Republican Party");
    expect(m.resolve("GOP")?.documents.length).toBe(2);
  });
});
