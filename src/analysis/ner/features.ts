// What the tagger sees of a word: the word itself, its shape, prefixes and suffixes, its
// neighbours, its place in the sentence, the tags it gave the words before, and what our
// lexicons say of it (title, organisation head, known organisation, place, given name).
// Features are plain strings; the model maps each to one weight per tag.

import { KNOWN_ORGS, ORG_NAME_HEADS, ORG_STARTS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { DEMONYMS, NATIONS, PLACE_HEADS, PLACES } from "../lexicons/places.ts";
import { HONORIFICS, TITLE_HEADS } from "../lexicons/titles.ts";

/** A sentence as the tagger reads it: its words and what is known of each. */
export interface TagSentence {
  words: readonly string[];
  /** Shape of each word: "Xx", "X", "x", "d", "X.X" … (runs of a class collapsed). */
  shapes: readonly string[];
  /** Lexicon class of each word ("" for none). */
  lex: readonly string[];
  /** The sentence is printed in capitals (a headline, a dateline). */
  allCaps: boolean;
}

/** The word's shape: letters by case, digits as d, other characters kept; runs collapsed. */
export function shapeOfWord(w: string): string {
  let out = "";
  let last = "";
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    // ASCII by code (most words); other characters by their Unicode class
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? "X"
          : code >= 97 && code <= 122
            ? "x"
            : code >= 48 && code <= 57
              ? "d"
              : ch
        : /\p{Lu}/u.test(ch)
          ? "X"
          : /\p{L}/u.test(ch)
            ? "x"
            : /\p{N}/u.test(ch)
              ? "d"
              : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const LEXICONS: readonly [string, ReadonlySet<string>][] = [
  ["hon", HONORIFICS],
  ["title", TITLE_HEADS],
  ["orghead", ORG_NAME_HEADS],
  ["orgstart", ORG_STARTS],
  ["org", KNOWN_ORGS],
  ["place", PLACES],
  ["nation", NATIONS],
  ["placehead", PLACE_HEADS],
  ["given", GIVEN_NAMES],
  ["demonym", DEMONYMS],
];

/** The lexicon class of a word, read as printed and in title case ("JOHN" as "John"). */
export function lexOf(w: string): string {
  const title = w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w;
  for (const [name, set] of LEXICONS) if (set.has(w) || set.has(title)) return name;
  return "";
}

/** The word's letters: how many, and whether they read the same upper-cased (all-caps test, per word). */
export function upperInvariantLetters(w: string): { letters: number; upper: boolean } {
  const letters = w.replace(/[^\p{L}]/gu, "");
  return { letters: letters.length, upper: letters === letters.toUpperCase() };
}

/** A tagger's sentence from its words. */
export function tagSentence(words: readonly string[]): TagSentence {
  const letters = words.join("").replace(/[^\p{L}]/gu, "");
  return {
    words,
    shapes: words.map(shapeOfWord),
    lex: words.map(lexOf),
    allCaps: letters.length > 3 && letters === letters.toUpperCase(),
  };
}

/** The features of word i, given the tags of the words before it (p1: the last, p2: the one before). */
export function featuresAt(s: TagSentence, i: number, p1: string, p2: string): string[] {
  const { words, shapes, lex } = s;
  const w = words[i]!;
  const l = w.toLowerCase();
  const at = (k: number) => (k < 0 ? "<s>" : k >= words.length ? "</s>" : words[k]!.toLowerCase());
  const sh = (k: number) => (k < 0 ? "<s>" : k >= words.length ? "</s>" : shapes[k]!);
  const lx = (k: number) => (k < 0 || k >= words.length ? "-" : lex[k]!);
  const f = [
    "b",
    `w=${w}`,
    `l=${l}`,
    `s=${shapes[i]}`,
    `p2=${l.slice(0, 2)}`,
    `p3=${l.slice(0, 3)}`,
    `x2=${l.slice(-2)}`,
    `x3=${l.slice(-3)}`,
    `x4=${l.slice(-4)}`,
    `l-1=${at(i - 1)}`,
    `l+1=${at(i + 1)}`,
    `l-2=${at(i - 2)}`,
    `l+2=${at(i + 2)}`,
    `s-1=${sh(i - 1)}|${shapes[i]}`,
    `s+1=${shapes[i]}|${sh(i + 1)}`,
    `l-1l=${at(i - 1)}|${l}`,
    `ll+1=${l}|${at(i + 1)}`,
    `t-1=${p1}`,
    `t-2=${p2}|${p1}`,
    `t-1s=${p1}|${shapes[i]}`,
    `x=${lex[i]}`,
    `x-1=${lx(i - 1)}`,
    `x+1=${lx(i + 1)}`,
    `x+1s=${lx(i + 1)}|${shapes[i]}`,
  ];
  if (i === 0) f.push(`first=${shapes[i]}`);
  if (s.allCaps) f.push(`caps=${l}`, "caps");
  return f;
}
