// Over a corpus that prints "duff" in lower case, "Man-of-the-match Duff" is still the Mark Duff
// the article named: the surname at the end of a run of common words is that person.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import type { Article } from "../../src/types.ts";

const article = (file: string, text: string): Article => {
  const built = buildArticle(file, text);
  if (!built.ok) throw new Error(built.reason);
  return built.article;
};

describe("a known surname after common words", () => {
  const others = [
    article("a.txt", "Gig\n\nThe band hit a duff note early on, and a duff chord later.\n"),
    article("b.txt", "Advice\n\nInvestors were given duff advice, and some lost a man-of-the-match bonus.\n"),
  ];
  const match = article(
    "c.txt",
    "Cup win\n\nMark Duff scored twice on Saturday. Robbie Kean also played.\n\n" +
      '"It is nice to see young players coming through." Man-of-the-match Duff explained what went wrong.\n',
  );
  const model = buildActorModel([...others, match]);
  const actorAt = (a: Article, phrase: string) => {
    const at = a.text.indexOf(phrase);
    const m = model.mentionsIn(a.docId).find((x) => x.start <= at && x.end > at);
    return m ? model.byId.get(m.actorId)!.name : null;
  };

  it("links the surname to the person the article named", () => {
    expect(actorAt(match, "Duff explained")).toBe("Mark Duff");
  });
});
