// The learned tagger (src/analysis/ner/) on invented text: the names it finds and types, and its
// model surviving the byte encoding (the actor rules that ask it: actors-identity.test.ts).
import { describe, expect, it } from "vitest";
import { nerSpans } from "../../src/analysis/ner/index.ts";
import { decodeModel, encodeModel } from "../../src/analysis/ner/model.ts";
import { nerModel } from "../../src/analysis/ner/weights.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText } from "../../src/text/tokens.ts";
import type { Article } from "../../src/types.ts";

function article(text: string): Article {
  const r = buildArticle("x/001.txt", text);
  if (!r.ok) throw new Error("article not built");
  return r.article;
}

function tagged(text: string): string[] {
  const a = article(text);
  return nerSpans(readText(a)).map((s) => `${s.type} ${a.text.slice(s.start, s.end)}`);
}

describe("the name tagger", () => {
  it("finds and types a person, an organisation and a place", () => {
    const t = tagged(
      "Headline\n\nThe chairman of Northgate Holdings, Peter Allenby, flew to Lisbon on Monday to meet bankers.\n",
    );
    expect(t).toContain("PER Peter Allenby");
    expect(t).toContain("ORG Northgate Holdings");
    expect(t).toContain("LOC Lisbon");
  });

  it("keeps its weights through the byte encoding", () => {
    const m = nerModel();
    const again = decodeModel(encodeModel(m));
    expect(again.index.size).toBe(m.index.size);
    const row = again.index.get("b")!;
    expect(again.weights[row * 9]).toBeCloseTo(m.weights[row * 9]!, 3);
  });
});
