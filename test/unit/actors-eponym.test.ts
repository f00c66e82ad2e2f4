// "Parkinson's disease" names an illness: no person of the corpus called Parkinson is mentioned,
// and the article's "he" stays with the person it named.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

const article = (file: string, text: string): Article => {
  const built = buildArticle(file, text);
  if (!built.ok) throw new Error(built.reason);
  return built.article;
};

describe("eponymous illnesses", () => {
  it("mentions no namesake of the illness", () => {
    const other = article(
      "a.txt",
      "Web show\n\nDesigner Jason Parkinson opened the show in Leeds on Monday.\n",
    );
    const doc = article(
      "b.txt",
      "Mouse aid\n\nResearcher Jim Levine built the device after his uncle, who has Parkinson's disease, " +
        "struggled with a mouse. Others with Down's syndrome may gain too.\n",
    );
    const model = buildActorModel([other, doc]);
    const names = model.mentionsIn(doc.docId).map((m) => model.byId.get(m.actorId)!.name);
    expect(names).toContain("Jim Levine");
    expect(names).not.toContain("Jason Parkinson");
    expect(model.byId.get(model.resolve("Parkinson")?.id ?? "")?.documents ?? []).not.toContain(doc.docId);
  });
});
