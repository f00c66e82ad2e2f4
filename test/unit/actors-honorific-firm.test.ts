// A firm's name after a personal honorific is a surname: "Mr Warner" is the person the article
// named, not the studio, and "Lord Sainsbury" is the David Sainsbury it introduced.
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";

function actorAt(text: string, phrase: string, nth = 0): { name: string; kind: string } | null {
  const built = buildArticle("x.txt", text);
  if (!built.ok) throw new Error(built.reason);
  const model = buildActorModel([built.article]);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  const m = model.mentionsIn(built.article.docId).find((x) => x.start <= at && x.end > at);
  const a = m ? model.byId.get(m.actorId)! : null;
  return a ? { name: a.name, kind: a.kind } : null;
}

describe("honorific before a firm's name", () => {
  const text =
    'Web threats\n\nSecurity consultant Tim Warner spoke at the show. "Firms are exposed," said Mr Warner.\n\n' +
    "Science minister David Sainsbury agreed. Lord Sainsbury said the risk was real. Mr Ford, a trader, " +
    "said prices rose. Ford said its car sales fell, and Warner shares slipped.\n";

  it("reads Mr Warner as the person the article named", () => {
    expect(actorAt(text, "Warner", 1)).toEqual({ name: "Tim Warner", kind: "person" });
  });

  it("reads a peer's title and a firm's name as the named person", () => {
    expect(actorAt(text, "Sainsbury said")).toEqual({ name: "David Sainsbury", kind: "person" });
    expect(actorAt(text, "Ford,")?.kind).toBe("person");
  });

  it("still reads the bare firm's name as the firm", () => {
    expect(actorAt(text, "Ford said")?.kind).toBe("organization");
    expect(actorAt(text, "Warner shares")?.kind).toBe("organization");
  });
});
