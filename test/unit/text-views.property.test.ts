// The views read from the text layer give exactly the words the text-based views give, on random
// text made of words, punctuation, dots, apostrophes, hyphens, quote marks, accents and digits.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../../src/corpus/article.ts";
import { readText, scan, shapeOf, unicodeShape } from "../../src/text/tokens.ts";
import {
  clauseWordEnd,
  clauseWordEndIn,
  nameWords,
  nameWordsIn,
  PLACE_INITIALS,
} from "../../src/text/views.ts";
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
  "Inc",
  "AT",
  "&",
  "T",
  "\u0301",
  "Jones'",
  "’s",
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

  it("nameWordsIn gives the words nameWords gives, for every sentence and any stretch of text", () => {
    const cut = fc.tuple(bodies, fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), fc.nat());
    fc.assert(
      fc.property(cut, ([text, raw, a, b]) => {
        const cuts = [...new Set([0, ...raw.map((n) => n % text.length), text.length])].sort((x, y) => x - y);
        const sentences = cuts.slice(1).map((end, j) => ({ start: cuts[j]!, end }));
        const layer = readText({ text, paragraphs: [{ sentences }] } as unknown as Article);
        const words = (start: number, end: number) => [
          nameWordsIn(layer, start, end),
          nameWords(text.slice(start, end), start),
        ];
        for (const s of sentences) {
          const [inLayer, inText] = words(s.start, s.end);
          expect(inLayer).toEqual(inText);
        }
        // a stretch across sentences, or starting or ending inside a token
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y);
        const [inLayer, inText] = words(from!, to!);
        expect(inLayer).toEqual(inText);
      }),
      { numRuns: 1000 },
    );
  });

  it("nameWordsIn reads the sentences of a built article as nameWords does", () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const r = buildArticle("t.txt", body);
        if (!("article" in r) || !r.article) return;
        const layer = readText(r.article);
        for (const p of r.article.paragraphs)
          for (const s of p.sentences)
            expect(nameWordsIn(layer, s.start, s.end)).toEqual(
              nameWords(layer.text.slice(s.start, s.end), s.start),
            );
      }),
      { numRuns: 400 },
    );
  });

  it("scan's ASCII fast path cuts the tokens the word pattern cuts, in any range of the text", () => {
    // The word pattern the layer is defined by, run at every token (scan's former reading).
    const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/uy;
    const byPattern = (text: string, start: number, end: number) => {
      const out: [number, number][] = [];
      for (let i = start; i < end; ) {
        if (/\s/.test(text[i]!)) {
          i++;
          continue;
        }
        WORD.lastIndex = i;
        const m = WORD.exec(text);
        const e = m ? Math.min(end, i + m[0].length) : i + 1;
        out.push([i, e]);
        i = e;
      }
      return out;
    };
    const texts = fc.oneof(
      bodies,
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
    );
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const got: [number, number][] = [];
        scan(text, start, end, (s, e) => got.push([s, e]));
        expect(got).toEqual(byPattern(text, start, end));
      }),
      { numRuns: 1000 },
    );
  });

  it("nameWords' character-code tests give the words the patterns gave (possessives, caps, acronyms)", () => {
    // nameWord's former reading: every test a pattern.
    const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-&][\p{L}\p{M}\p{N}]+)*\.?|&/gu;
    const KEEP =
      /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Prof|Rev|Fr|St|Jr|Sr|Inc|Corp|Co|Ltd|No)\.$/;
    const byPatterns = (text: string) =>
      [...text.matchAll(NAME_WORD)].map((m) => {
        let word = m[0];
        let end = m.index + word.length;
        if (word.endsWith(".") && !KEEP.test(word) && !/^(?:\p{Lu}\.)+$/u.test(word)) {
          word = word.slice(0, -1);
          end--;
        }
        let possessive = false;
        if (/['’]s$/u.exec(word) && word.length > 2) {
          word = word.slice(0, -2);
          end -= 2;
          possessive = true;
        } else if (/^['’](?:\s|$)/u.test(text.slice(end, end + 2)) && /s$/.test(word)) possessive = true;
        const letters = word.replace(/[.\-&]/g, "");
        // ("eBay", "iTunes", "easyJet": a proper noun lower-case first, a capital after it)
        const cap = /\p{Lu}/u.test(word[0] ?? "") || /^[a-z]{1,4}[A-Z][a-z]{2,}$/.test(word);
        // ("J.A. Elkins": two or three dotted capitals are initials, not an acronym, but "U.S." is one)
        const initials = /^(?:\p{Lu}\.){2,3}$/u.test(word) && !PLACE_INITIALS.has(word);
        const acronym = letters.length >= 2 && /^\p{Lu}+$/u.test(letters) && !initials;
        return { text: word, start: m.index, end, possessive, cap, acronym };
      });
    const acronyms = fc
      .array(
        fc.constantFrom(
          "FBI",
          "U.S.",
          "T.S.",
          "J.A.",
          "A&B",
          "UK's",
          "NATO’s",
          "Q",
          "É",
          "ÉU",
          "x-Y",
          "Jones's",
          "bus' ",
        ),
      )
      .map((ps) => ps.join(" "));
    const texts = fc.oneof(bodies, acronyms, fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(texts, (text) => {
        expect(nameWords(text)).toEqual(byPatterns(text));
      }),
      { numRuns: 2000 },
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
