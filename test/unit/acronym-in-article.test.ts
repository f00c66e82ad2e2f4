// An acronym two organisations of the corpus share the initials of goes to the one its own
// article names: IMF is the International Monetary Fund there, whatever fund elsewhere.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

const article = (file: string, text: string): Article => {
  const built = buildArticle(file, text);
  if (!built.ok) throw new Error(built.reason);
  return built.article;
};

describe("acronyms across the corpus", () => {
  const docs = [
    article(
      "a.txt",
      "Loans\n\nThe International Monetary Fund has lent Peru $2bn. The IMF said the loan was safe.\n",
    ),
    article("b.txt", "Funds\n\nInvestors pulled cash from the Irish Mutual Fund on Friday, traders said.\n"),
    article(
      "c.txt",
      "Growth\n\nThe International Monetary Fund cut its forecast. Later the IMF said prices would rise.\n",
    ),
  ];
  const model = buildActorModel(docs);

  it("gives the acronym to the organisation its article names", () => {
    for (const d of [docs[0]!, docs[2]!]) {
      const at = d.text.indexOf("IMF");
      const m = model.mentionsIn(d.docId).find((x) => x.start === at);
      expect(m && model.byId.get(m.actorId)!.name).toBe("International Monetary Fund");
    }
  });

  it("keeps the other fund apart", () => {
    expect(model.resolve("Irish Mutual Fund")?.name).toBe("Irish Mutual Fund");
    expect(model.resolve("IMF")?.name).toBe("International Monetary Fund");
  });
});
