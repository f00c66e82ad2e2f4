import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";
import { foldAccents, foldKey, foldWords } from "../../src/text/fold.ts";
import { editDistance } from "../../src/text/similarity.ts";
import { labelSlug, slug } from "../../src/text/slug.ts";
import { hasShape, readText, Shape, scan, tokenText } from "../../src/text/tokens.ts";
import { clauseWordEnd, nameWords } from "../../src/text/views.ts";

const articleOf = (body: string) => {
  const r = buildArticle("t.txt", body);
  if (!("article" in r) || !r.article) throw new Error("no article");
  return r.article;
};

describe("text layer", () => {
  it("gives offsets that slice the original text exactly, accents and curly quotes included", () => {
    const body =
      "Ramón Pérez-Núñez told the BBC: “Ça ne marche pas.” Then he left.\n\nThe U.N. met on 12 March, at 3.5% growth.\n";
    const a = articleOf(body);
    const layer = readText(a);
    const words = Array.from({ length: layer.count }, (_, k) => tokenText(layer, k));
    expect(words.slice(0, 7)).toEqual(["Ramón", "Pérez-Núñez", "told", "the", "BBC", ":", "“"]);
    for (let k = 0; k < layer.count; k++) expect(a.text.slice(layer.start[k], layer.end[k])).toBe(words[k]);
    expect(words).toContain("Ça");
    expect(words).toContain("”");
  });

  it("marks case and shape", () => {
    const a = articleOf("Officials at the FBI said 15 people, “mostly locals”, left.\n");
    const layer = readText(a);
    const at = (w: string) =>
      Array.from({ length: layer.count }, (_, k) => k).find((k) => tokenText(layer, k) === w)!;
    expect(hasShape(layer, at("Officials"), Shape.capitalised)).toBe(true);
    expect(hasShape(layer, at("Officials"), Shape.allCaps)).toBe(false);
    expect(hasShape(layer, at("FBI"), Shape.capitalised | Shape.allCaps)).toBe(true);
    expect(hasShape(layer, at("15"), Shape.number)).toBe(true);
    expect(hasShape(layer, at("said"), Shape.lower)).toBe(true);
    expect(hasShape(layer, at(","), Shape.punctuation)).toBe(true);
    expect(hasShape(layer, at("“"), Shape.quoteMark)).toBe(true);
  });

  it("numbers sentences and paragraphs in document order", () => {
    const a = articleOf("First one here. Second one here.\n\nThird in a new paragraph.\n");
    const layer = readText(a);
    const of = (w: string) => {
      const k = Array.from({ length: layer.count }, (_, i) => i).find((i) => tokenText(layer, i) === w)!;
      return [layer.sentence[k], layer.paragraph[k]];
    };
    const [s1, p1] = of("First")!;
    const [s2, p2] = of("Second")!;
    const [s3, p3] = of("Third")!;
    expect(s2).toBe(s1! + 1);
    expect(s3).toBe(s2! + 1);
    expect(p2).toBe(p1);
    expect(p3).toBe(p1! + 1);
  });

  it("scans any text into tokens whose offsets slice it, in order, never overlapping", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZé ’'“”.,-\n9Ω") }), (t) => {
        let last = 0;
        scan(t, 0, t.length, (s, e) => {
          expect(s).toBeGreaterThanOrEqual(last);
          expect(e).toBeGreaterThan(s);
          expect(t.slice(s, e).trim()).toBe(t.slice(s, e));
          last = e;
        });
      }),
    );
  });
});

describe("word views", () => {
  it("names drop possessives and sentence periods but keep abbreviations", () => {
    const ws = nameWords("Mr. O’Neill’s aide met Dr Díaz in the U.S. today.");
    expect(ws.map((w) => w.text)).toEqual([
      "Mr.",
      "O’Neill",
      "aide",
      "met",
      "Dr",
      "Díaz",
      "in",
      "the",
      "U.S.",
      "today",
    ]);
    expect(ws[1]!.possessive).toBe(true);
    expect(ws[8]!.acronym).toBe(true);
  });

  it("reporting clauses keep an abbreviation's period", () => {
    const t = "Gen. Ortiz said";
    expect(t.slice(0, clauseWordEnd(t, 0))).toBe("Gen.");
    expect(clauseWordEnd(t, 4)).toBe(-1);
  });

  it("a compound glued to initials' period is one word: 'D.C.-based', 'A.F.L.-C.I.O.'", () => {
    const t = "the D.C.-based group and the A.F.L.-C.I.O. said";
    const word = (w: string) => {
      const i = t.indexOf(w);
      return t.slice(i, clauseWordEnd(t, i));
    };
    expect(word("D.C.")).toBe("D.C.-based");
    expect(word("A.F.L.")).toBe("A.F.L.-C.I.O.");
  });
});

describe("folding, slugs, similarity", () => {
  it("each fold does what its name says", () => {
    expect(foldAccents("Ramón Núñez")).toBe("Ramon Nunez");
    expect(foldKey("  Ramón  O’Neill Jr. ")).toBe("ramon o'neill jr");
    expect(foldWords("The Mayor’s office")).toBe("the mayor office");
  });

  it("slugs ids and labels", () => {
    expect(slug("Marks & Spencer")).toBe("marks-and-spencer");
    expect(slug("U.S. Army")).toBe("us-army");
    expect(slug("“”")).toBe("unnamed");
    expect(labelSlug("U.S. strike on a boat in the Caribbean", 12)).toBe("u-s-strike-o");
    expect(labelSlug("strike on a boat", 10)).toBe("strike-on");
  });

  it("measures near spellings", () => {
    expect(editDistance("Rubio", "Rubios")).toBe(1);
    expect(editDistance("abcdefgh", "a", 2)).toBe(3);
  });
});
