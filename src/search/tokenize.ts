// Tokenizer for English news, shared by indexing and querying so both sides agree:
// diacritics folded (Ramón = Ramon), possessives dropped, stopwords removed, Porter
// stemming, numbers kept whole ("15,000" → 15000, "$569" → 569 + usd, "30%" → 30 + percent),
// "U.S.", "US", "USA" one term, and a short word in capitals kept whole as an acronym.

import { stemmer } from "stemmer";
import { foldAccents } from "../text/fold.ts";
import { STOPWORDS } from "./stopwords.ts";

export interface Token {
  /** The normalised term (stemmed), as indexed. */
  term: string;
  start: number;
  end: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[$£€]?\d[\d,]*(?:\.\d+)?%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** Initialisms written with stops ("U.S.", "U.N.") are one word; the United States' forms, "US"
 *  in capitals among them, are one term (lower-case "us" stays a stopword). */
const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
const USA = new Set(["US", "USA", "U.S.", "U.S.A."]);
/** A word of 2–5 capitals is an acronym ("ONS", "WHO", "NHS", "IT"): stemmed or read as a word it
 *  would become a stopword or another word's term ("ONS" → "on", the stem of "one"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
const CURRENCY: Record<string, string> = { $: "usd", "£": "gbp", "€": "eur" };

/** Words seen before → their terms: news repeats its words, and stemming is the costly part. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 500_000;

/** Forgets the words seen. After a build or a warm-up the memo (up to MEMO_LIMIT words, tens of
 *  megabytes at a million passages) would stay as long as the coverage; questions fill it again
 *  a few words at a time. */
export function forgetWords(): void {
  memo.clear();
}

/** Normalises one word to its index term, or null for stopwords and noise. */
export function termOf(word: string): string | null {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const term = computeTerm(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  let w = foldAccents(word).toLowerCase().replace(/’/g, "'");
  if (STOPWORDS.has(w)) return null;
  w = w.replace(/'s$|'$/, "");
  if (w.includes("'")) {
    if (STOPWORDS.has(w)) return null;
    w = w.replace(/'/g, "");
  }
  if (w.length === 0 || STOPWORDS.has(w)) return null;
  if (/^\d/.test(w)) return w;
  if (w.length === 1) return null;
  return stemmer(w);
}

/** Where a scan of a text hands its terms: a word's term is left to the sink (`wordTerm`), which
 *  may know it already (the index build keeps each word's term id); numbers come as terms. */
interface TermSink {
  word(raw: string, start: number, end: number): void;
  term(term: string, start: number, end: number): void;
}

/** The index term of a word token (not a number), or null for stopwords and noise. */
export function wordTerm(raw: string): string | null {
  if (USA.has(raw)) return "usa";
  if (INITIALISM.test(raw)) return raw.replace(/\./g, "").toLowerCase();
  if (mayBeAcronym(raw) && ACRONYM.test(raw)) return foldAccents(raw).toLowerCase();
  return termOf(raw);
}

/** Whether a token's second character is a capital: the cheap test before ACRONYM's. */
function mayBeAcronym(raw: string): boolean {
  const c = raw.charCodeAt(1);
  return (c >= 65 && c <= 90) || c > 127;
}

/** Whether a text is written in capitals (a shouted question, a headline in capitals): its
 *  capital words are then ordinary words, not acronyms. */
export function shouted(text: string): boolean {
  let capitals = 0;
  let others = 0;
  for (const m of text.matchAll(/\p{L}{2,}/gu)) {
    if (ACRONYM.test(m[0]) || /^\p{Lu}+$/u.test(m[0])) capitals++;
    else others++;
  }
  return capitals >= 2 && capitals > others;
}

/** A token starting with this code unit is a number: an ASCII digit or $ £ € (the former
 *  pattern /[$£€\d]/ on the first character, by code). */
export const startsNumber = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 36 || c === 0xa3 || c === 0x20ac;

/** Every token of `text` into the sink, in text order. */
export function scanTerms(text: string, sink: TermSink): void {
  let shouting: boolean | undefined;
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (startsNumber(raw.charCodeAt(0))) {
      numberTerms(raw, start, end, sink);
      continue;
    }
    if (raw.length > 1 && mayBeAcronym(raw) && ACRONYM.test(raw)) {
      shouting ??= shouted(text);
      if (shouting) raw = raw.toLowerCase();
    }
    sink.word(raw, start, end);
  }
}

function numberTerms(raw: string, start: number, end: number, sink: TermSink): void {
  const currency = CURRENCY[raw[0]!];
  const num = raw
    .replace(/^[$£€]/, "")
    .replace(/%$/, "")
    .replace(/,/g, "")
    .replace(/\.$/, "");
  sink.term(num, start, end);
  if (currency) sink.term(currency, start, end);
  if (raw.endsWith("%")) sink.term("percent", start, end);
}

/** Tokens with their offsets into `text`, stopwords removed. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  scanTerms(text, {
    word(raw, start, end) {
      const term = wordTerm(raw);
      if (term) out.push({ term, start, end });
    },
    term: (term, start, end) => out.push({ term, start, end }),
  });
  return out;
}

/** Just the terms, for the index. */
export function terms(text: string): string[] {
  return tokens(text).map((t) => t.term);
}
