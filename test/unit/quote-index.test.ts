// The same-quotation graph is built once from hashed word runs; it must link exactly the pairs
// the plain-text rule (sameQuotation) links: copies carried whole, quotations inside longer
// ones, shared 8-word runs — and not a 7-word run, nor the same words in another order.

import { describe, expect, it } from "vitest";
import { keyOf, QuoteIndex, sameQuotation } from "../../src/answers/quote-index.ts";
import { keyHolds } from "../../src/answers/whosaid.ts";
import type { Quote } from "../../src/types.ts";

const quote = (docId: string, text: string): Quote =>
  ({
    text,
    docId,
    passageId: `${docId}:0`,
    start: 0,
    end: text.length,
    kind: "statement",
    cue: "said",
    speakerKind: "unnamed",
  }) as unknown as Quote;

const WORDS =
  "river dam wall report families inspection northern safe month rumours homes spillway water level engineers warned council".split(
    " ",
  );

function randomText(seed: number, length: number): string {
  let x = seed || 1;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out.push(WORDS[(x >>> 0) % WORDS.length]!);
  }
  return out.join(" ");
}

function bruteForce(quotes: readonly Quote[]): number[][] {
  return quotes.map((q, i) => quotes.flatMap((o, j) => (j !== i && sameQuotation(q, o) ? [j] : [])));
}

describe("the same-quotation graph", () => {
  it("links copies, quotations inside longer ones and shared 8-word runs, and nothing else", () => {
    const full = "We will publish the full inspection report within a month and every family will be told";
    const quotes = [
      quote("a", `“${full},”`),
      quote("b", `"${full.toUpperCase()}."`), // the same words, other case and marks
      quote("c", "the full inspection report within a month"), // inside the first
      quote("d", "We will publish the full inspection report within a week, he said"), // shares 8 words
      quote("e", "We will publish the full inspection report"), // 7 words: inside, so the same
      quote("f", "report inspection full the publish will we"), // same words, other order
      quote("g", "publish the full inspection report within the year"), // a 6-word run only
      quote("h", "full"), // too short to be inside anything
    ];
    const index = new QuoteIndex(quotes);
    const got = quotes.map((_, i) => [...index.neighbours(i)]);
    expect(got).toEqual(bruteForce(quotes));
    expect(got[0]).toEqual([1, 2, 3, 4]);
    expect(got[5]).toEqual([]);
    expect(got[6]).toEqual([]);
    expect(got[7]).toEqual([]);
  });

  it("matches the plain-text rule on many random quotations from a small vocabulary", () => {
    const quotes: Quote[] = [];
    for (let i = 0; i < 300; i++) {
      const base = randomText(i + 1, 4 + (i % 17));
      quotes.push(quote(`d${i % 7}`, base));
      // Copies: a slice of an earlier quotation, sometimes with words added around it.
      if (i % 3 === 0 && quotes.length > 2) {
        const words = quotes[(i * 7) % quotes.length]!.text.split(" ");
        const from = i % Math.max(1, words.length - 3);
        const slice = words.slice(from, from + 4 + (i % 9)).join(" ");
        quotes.push(quote(`e${i % 5}`, i % 2 ? `${randomText(i + 999, 3)} ${slice}` : slice));
      }
    }
    const index = new QuoteIndex(quotes);
    const expected = bruteForce(quotes);
    expect(expected.some((n) => n.length > 0)).toBe(true);
    expect(quotes.map((_, i) => [...index.neighbours(i)])).toEqual(expected);
  });
});

describe("keyHolds", () => {
  // /whosaid tests a question's words against a quotation's text without making its key: the
  // answer must be what the key says, for any text, however punctuated, cased or accented.
  const seps = [" ", ", ", " - ", "... ", "'", "\n", "—", " (", ") ", "\u00a0"];
  const vocab = [
    "Dam",
    "wall",
    "walls",
    "war",
    "seawall",
    "ENGINEERS",
    "warned",
    "café",
    "2024",
    "x",
    "r2d2",
    "naïve",
    "wall's",
  ];
  const texts = (seed: number) => {
    let x = seed * 2654435761 || 7;
    const next = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return Math.abs(x) % n;
    };
    const out: string[] = [];
    for (let t = 0; t < 40; t++) {
      let s = next(3) === 0 ? seps[next(seps.length)]! : "";
      for (let w = 0, n = 1 + next(8); w < n; w++) s += vocab[next(vocab.length)]! + seps[next(seps.length)]!;
      out.push(s);
    }
    return out;
  };
  it("agrees with the quotation's key on every text and question", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const list = texts(seed);
      const index = new QuoteIndex(list.map((t, i) => quote(`d${i}`, t)));
      for (const question of [
        ...list.slice(0, 8),
        "wall",
        "dam wall",
        "engineers warned",
        "cafe",
        "wall s",
        "2024 x",
      ]) {
        const qk = keyOf(quote("q", question));
        const holds = keyHolds(index, qk);
        for (let i = 0; i < list.length; i++)
          expect(holds(i), `${JSON.stringify(list[i])} ⊇ ${JSON.stringify(qk)}`).toBe(
            ` ${index.keyAt(i)} `.includes(` ${qk} `),
          );
      }
    }
  });
});
