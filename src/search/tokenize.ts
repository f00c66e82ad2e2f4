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

/** Tokens with their offsets into `text`, stopwords removed. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const first = raw[0]!;
    if (/[$£€\d]/.test(first)) {
      const currency = CURRENCY[first];
      const num = raw
        .replace(/^[$£€]/, "")
        .replace(/%$/, "")
        .replace(/,/g, "")
        .replace(/\.$/, "");
      out.push({ term: num, start, end });
      if (currency) out.push({ term: currency, start, end });
      if (raw.endsWith("%")) out.push({ term: "percent", start, end });
      continue;
    }
    const term = USA.has(raw)
      ? "usa"
      : INITIALISM.test(raw)
        ? raw.replace(/\./g, "").toLowerCase()
        : termOf(raw);
    if (term) out.push({ term, start, end });
  }
  return out;
}

/** Just the terms, for the index. */
export function terms(text: string): string[] {
  return tokens(text).map((t) => t.term);
}
