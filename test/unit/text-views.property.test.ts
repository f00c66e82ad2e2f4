// The views read from the text layer give exactly the words the text-based views give, on random
// text made of words, punctuation, dots, apostrophes, hyphens, quote marks, accents and digits.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText, shapeOf, unicodeShape } from "../../src/text/tokens.ts";
import { clauseWordEnd, clauseWordEndIn } from "../../src/text/views.ts";
import type { Article } from "../../src/types.ts";

const PIECES = [
  "Mr",
  "Mrs",
  "Dr",
  "Gen",
  "No",
  "vs",
  "B",
  "R",
  "U",
  "S",
  "U.S",
  "said",
  "told",
  "Rubio",
  "O'Neill",
  "O’Brien",
  "ex-PM",
  "Pérez",
  "Núñez",
  "Ça",
  "15",
  "3.5",
  "2025",
  "bn",
  "é",
  "x",
  ".",
  ". ",
  "...",
  ",",
  ";",
  ":",
  "'",
  "’",
  "-",
  "—",
  '"',
  "“",
  "”",
  "‘",
  "(",
  ")",
  "?",
  "!",
  " ",
  " ",
  " ",
  "  ",
  "\n",
  "\n\n",
];
const bodies = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 })
  .map((ps) => `${ps.join("")}\n`);

describe("views read from the text layer", () => {
  it("clauseWordEndIn gives the end clauseWordEnd gives, at every offset", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const r = buildArticle("t.txt", body);
        if (!("article" in r) || !r.article) return;
        const layer = readText(r.article);
        for (let i = 0; i <= layer.text.length; i++)
          expect(clauseWordEndIn(layer, i)).toBe(clauseWordEnd(layer.text, i));
      }),
      { numRuns: 400 },
    );
  });

  it("stays exact where a sentence ends inside a word (the layer's token is cut there)", () => {
    const cut = fc.tuple(bodies, fc.array(fc.nat(), { maxLength: 6 }));
    fc.assert(
      fc.property(cut, ([text, raw]) => {
        const cuts = [...new Set([0, ...raw.map((n) => n % text.length), text.length])].sort((a, b) => a - b);
        const sentences = cuts.slice(1).map((end, j) => ({ start: cuts[j]!, end }));
        const layer = readText({ text, paragraphs: [{ sentences }] } as unknown as Article);
        for (let i = 0; i <= text.length; i++) expect(clauseWordEndIn(layer, i)).toBe(clauseWordEnd(text, i));
      }),
      { numRuns: 400 },
    );
  });

  it("shapeOf's ASCII fast path gives the shape the Unicode rules give", () => {
    const chars = fc.constantFrom(..."aZ9'\".,-(“’é".split(""));
    const tokens = fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.string({ unit: chars, minLength: 1 }),
    );
    fc.assert(
      fc.property(tokens, (t) => shapeOf(t) === unicodeShape(t)),
      { numRuns: 2000 },
    );
  });
});
