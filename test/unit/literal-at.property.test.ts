// The word finders of text/literal-at.ts, and the rules rewritten on them, find what the regular
// expressions they replace find, on random text of names, spaces, punctuation, accents and digits.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personFrame } from "../../src/analysis/actors/chunk-rules/person-frame.ts";
import { GIVEN_NAMES } from "../../src/analysis/lexicons/person-names.ts";
import { asciiBoundary, indexesOf, wordsStandingAlone } from "../../src/text/literal-at.ts";
import { literal } from "../../src/text/regex-literal.ts";

const PIECES = [
  "Coastal Trust",
  "Joan Vale",
  "Ann Roe",
  ", 67,",
  ". He ",
  " and ",
  ", and ",
  "Morgan",
  "Teague",
  "Joan",
  "Vale",
  "Coastal",
  "Trust",
  "Ann",
  "and",
  "He",
  "She",
  "said",
  "Mr",
  "67",
  "4",
  "É",
  "é",
  "x",
  "_",
  "😀",
  " ",
  "  ",
  "\n",
  "\u00a0",
  ",",
  ", ",
  ".",
  ". ",
  "!",
  '"',
  "”",
  "'",
  "-",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));
const word = fc.constantFrom("Morgan", "Teague", "Coastal", "Trust", "É", "x", "67");
const words = fc.array(word, { minLength: 1, maxLength: 3 });

describe("words standing alone", () => {
  it("are the spans the look-around pattern matches, from any start", () => {
    fc.assert(
      fc.property(text, words, fc.nat(60), (t, ws, from) => {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${ws.map(literal).join("\\s+")}(?![\\p{L}\\p{N}])`, "gu");
        re.lastIndex = from;
        const expected: Array<[number, number]> = [];
        for (let m = re.exec(t); m; m = re.exec(t)) expected.push([m.index, m.index + m[0].length]);
        expect(wordsStandingAlone(t, ws, from)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("are not found inside a longer word or number", () => {
    expect(wordsStandingAlone("Trustees of Coastal Trust, Coastal Trusts", ["Coastal", "Trust"])).toEqual([
      [12, 25],
    ]);
    expect(wordsStandingAlone("Coastal\n  Trust", ["Coastal", "Trust"])).toEqual([[0, 15]]);
  });
});

describe("word boundary", () => {
  it("is where \\b matches", () => {
    fc.assert(
      fc.property(text, fc.nat(60), (t, i) => {
        const at = Math.min(i, t.length);
        // (never inside a surrogate pair: a word is found from its first letter)
        fc.pre(!/[\udc00-\udfff]/.test(t[at] ?? ""));
        const b = /\b/uy;
        b.lastIndex = at;
        expect(asciiBoundary(t, at)).toBe(b.test(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("occurrences", () => {
  it("are every index the word is written at, overlapping ones too", () => {
    expect([...indexesOf("aaaa", "aa")]).toEqual([0, 1, 2]);
    expect([...indexesOf("abc", "")]).toEqual([]);
  });
});

/** personFrame as four patterns over the whole text (before text/literal-at.ts). */
function framesPersonByPatterns(t: string, name: string, given: ReadonlySet<string>): boolean {
  const n = literal(name);
  return (
    new RegExp(`(?:^|[.!?]["”]?\\s+)${n}\\s[^.!?]*[.!?]["”]?\\s+(?:He|She)\\s`, "u").test(t) ||
    new RegExp(`\\b${n}, \\d{1,2},`, "u").test(t) ||
    [...t.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+ and ${n}\\b`, "gu"))].some((m) =>
      given.has(m[1]!),
    ) ||
    [...t.matchAll(new RegExp(`\\b${n},? and (\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+`, "gu"))].some((m) =>
      given.has(m[1]!),
    )
  );
}

describe("a two-word name where only a person stands (person-frame.ts)", () => {
  it("is read as the patterns read it", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(personFrame(t, "Coastal Trust")).toBe(framesPersonByPatterns(t, "Coastal Trust", GIVEN_NAMES));
      }),
      { numRuns: 3000 },
    );
  });

  it("opens a sentence before he/she, stands beside a person's full name, or has an age", () => {
    expect(personFrame("Coastal Trust won. He thanked fans.", "Coastal Trust")).toBe(true);
    expect(personFrame("It beat Coastal Trust. He thanked fans.", "Coastal Trust")).toBe(false);
    expect(personFrame("stars Joan Vale and Coastal Trust won", "Coastal Trust")).toBe(true);
    expect(personFrame("Coastal Trust, and Ann Roe", "Coastal Trust")).toBe(true);
    expect(personFrame("Coastal Trust, 67, said", "Coastal Trust")).toBe(true);
    expect(personFrame("Coastal Trust, 1967, said", "Coastal Trust")).toBe(false);
  });
});
