// Tokenizer for English news, shared by indexing and querying so both sides agree:
// diacritics folded (Ramón = Ramon), possessives dropped, stopwords removed, Porter
// stemming, numbers kept whole ("15,000" → 15000, "$569" → 569 + usd, "30%" → 30 + percent), and
// "U.S.", "US", "USA" one term.

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
  return INITIALISM.test(raw) ? raw.replace(/\./g, "").toLowerCase() : termOf(raw);
}

/** A token starting with this code unit is a number: an ASCII digit or $ £ € (the former
 *  pattern /[$£€\d]/ on the first character, by code). */
export const startsNumber = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 36 || c === 0xa3 || c === 0x20ac;

/** Every token of `text` into the sink, in text order. */
export function scanTerms(text: string, sink: TermSink): void {
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (startsNumber(raw.charCodeAt(0))) {
      numberTerms(raw, start, end, sink);
      continue;
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
