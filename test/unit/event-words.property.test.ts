// The event view read from the text layer (eventWordsIn) gives exactly the words the former
// regular-expression view over the sentence's text gave, on random text made of words, initials,
// figures, currency signs, connectors, quote marks, punctuation, accents and astral characters.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText } from "../../src/text/tokens.ts";
import { type EventWord, eventWordsIn } from "../../src/text/views.ts";
import type { Article } from "../../src/types.ts";

/** The former view, kept here as the reference the layer reader must match. */
const EVENT_WORD =
  /(?:[A-Z]\.){2,}|[$£€]?[\p{L}\p{N}][\p{L}\p{N}'’,.%&-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[“”"‘]|[,;:()—–!?]|\.(?!\w)/gu;
function eventWords(s: string): EventWord[] {
  return [...s.matchAll(EVENT_WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const PIECES = [
  "A",
  "B",
  "U",
  "S",
  "x",
  "é",
  "Pérez",
  "said",
  "strike",
  "AT",
  "T",
  "bn",
  "15",
  "000",
  "1",
  "3.5",
  "$",
  "£",
  "€",
  "%",
  "&",
  "_",
  "/",
  "😀",
  "𝐀",
  "\u0301",
  ".",
  ". ",
  ",",
  ";",
  ":",
  "'",
  "’",
  "-",
  "—",
  "–",
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
  "\n",
  "\n\n",
];
const bodies = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 })
  .map((ps) => `${ps.join("")}\n`);

/** Every sentence of the layer's article read both ways. */
function sameWords(layer: ReturnType<typeof readText>, sentences: { start: number; end: number }[]): void {
  for (const s of sentences)
    expect(eventWordsIn(layer, s.start, s.end)).toEqual(eventWords(layer.text.slice(s.start, s.end)));
}

describe("event words read from the text layer", () => {
  it("are the words the sentence's regular-expression view gave", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const r = buildArticle("t.txt", body);
        if (!("article" in r) || !r.article) return;
        sameWords(
          readText(r.article),
          r.article.paragraphs.flatMap((p) => p.sentences),
        );
      }),
      { numRuns: 600 },
    );
  });

  it("stay exact where a sentence ends inside a word (the layer's token is cut there)", () => {
    const cut = fc.tuple(bodies, fc.array(fc.nat(), { maxLength: 6 }));
    fc.assert(
      fc.property(cut, ([text, raw]) => {
        // A sentence never starts inside a surrogate pair.
        const inPair = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? "");
        const inner = raw.map((n) => n % text.length).filter((i) => !inPair(i));
        const cuts = [...new Set([0, ...inner, text.length])].sort((a, b) => a - b);
        const sentences = cuts.slice(1).map((end, j) => ({ start: cuts[j]!, end }));
        sameWords(readText({ text, paragraphs: [{ sentences }] } as unknown as Article), sentences);
      }),
      { numRuns: 600 },
    );
  });

  it("keep figures, initials and currency whole, quote marks and punctuation apart", () => {
    const text = "They paid $1.5bn, or 15,000 “each” to A.B.C. and U.S.-led AT&T.";
    const layer = readText({
      text,
      paragraphs: [{ sentences: [{ start: 0, end: text.length }] }],
    } as unknown as Article);
    expect(eventWordsIn(layer, 0, text.length).map((w) => w.text)).toEqual([
      "They",
      "paid",
      "$1.5bn",
      ",",
      "or",
      "15,000",
      "“",
      "each",
      "”",
      "to",
      "A.B.C.",
      "and",
      "U.S.",
      "led",
      "AT&T",
      ".",
    ]);
  });
});
