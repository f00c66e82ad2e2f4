// A party's everyday names and its formal name are one actor across the coverage ("the Tories",
// "Tory party", "the Conservatives", "the Conservative Party"), shown by the formal name an
// article uses.
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

  it("prefers the plural formal name to the nickname within one article", () => {
    const m = model(`${C} The Tories had promised a review.`);
    expect(m.resolve("Tories")?.name).toBe("Conservatives");
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
