// /whosaid: the quotation best matching the words given (exact, part of a quotation, or close
// to one), who said it, when and where if the article says so, and every outlet carrying it.
// A close match is required: words the coverage never quoted get no match, and a paraphrase
// is never presented as a quotation (the answer quotes the article's own words). Reported speech
// ("Rubio said the plan failed") matches too, after every direct quotation, labelled as the
// outlet's paraphrase.

import type { Coverage } from "../coverage.ts";
import { tokens } from "../search/tokenize.ts";
import type { Quote } from "../types.ts";
import { isAsciiText, sameTextKey } from "./cite.ts";
import { hash32 } from "./hash-postings.ts";
import { cleanQuery } from "./query.ts";
import { groupQuotations, keyOf, matchOf } from "./quote-groups.ts";
import { containedIn, containing, type QuoteIndex, quoteIndex } from "./quote-index.ts";
import type { WhoSaidAnswer } from "./quote-types.ts";
import type { ErrorAnswer } from "./types.ts";

export const WHOSAID_LIMIT = 3;
/** Share of the query's informative words (IDF mass) a quotation must hold to be a close match. */
export const MIN_QUOTE_COVERAGE = 0.8;

/** How closely a quotation matches the query: 1+ for the exact words, else the IDF share held. */
export function quoteScore(coverage: Coverage, query: string, q: Quote): number {
  const qk = sameTextKey(query);
  const k = keyOf(q);
  if (qk && ` ${k} `.includes(` ${qk} `)) return 1 + qk.length / Math.max(k.length, 1);
  // The whole quotation inside a longer paste.
  if (k.split(" ").length >= 4 && ` ${qk} `.includes(` ${k} `)) return 0.95;
  const qTerms = [...new Set(tokens(query).map((t) => t.term))];
  if (qTerms.length < 2) return 0;
  const have = new Set(tokens(q.text).map((t) => t.term));
  const idf = (t: string) => Math.max(coverage.index.idf(t), 0.1);
  const total = qTerms.reduce((s, t) => s + idf(t), 0);
  const held = qTerms.filter((t) => have.has(t));
  if (held.length < 2) return 0;
  const share = held.reduce((s, t) => s + idf(t), 0) / total;
  return share >= MIN_QUOTE_COVERAGE ? share * 0.9 : 0;
}

export function whosaid(
  coverage: Coverage,
  rawQuery: unknown,
  limit = WHOSAID_LIMIT,
): WhoSaidAnswer | ErrorAnswer {
  const q = cleanQuery(rawQuery, "quotation");
  if (!q.ok) return { command: "whosaid", error: q.error };
  const query = q.text;
  if (sameTextKey(query) === "")
    return { command: "whosaid", error: "That quotation has no words to look for." };
  const n = Math.max(1, Math.min(limit, 10));
  const scoreOf = new Map<Quote, number>();
  const groups = groupQuotations(coverage, bestFirst(coverage, query, scoreOf), coverage.quotes, n);
  return {
    command: "whosaid",
    query,
    matches: groups.map((g) => ({
      ...matchOf(coverage, g),
      score: Math.round((scoreOf.get(g[0]!) ?? 0) * 1000) / 1000,
    })),
  };
}

interface Ranked {
  at: number;
  q: Quote;
  score: number;
  /** Whether `score` is quoteScore's, or a bound above it. */
  exact: boolean;
}

/** Order of the answer: direct quotations first, then the best score, then attributed
 *  statements, then corpus order. */
const before = (a: Ranked, b: Ranked) =>
  reportedLast(a.q) - reportedLast(b.q) || b.score - a.score || rank(a.q) - rank(b.q) || a.at - b.at;

/** The candidates scoring above 0, best first, each scored (quoteScore, which reads its words)
 *  only once it comes first by its bound: a common phrasing has tens of thousands of candidates
 *  at a million passages, and the answer shows three. Records each one's score in `scoreOf`. */
function* bestFirst(coverage: Coverage, query: string, scoreOf: Map<Quote, number>): Generator<Quote> {
  const index = quoteIndex(coverage);
  const heap: Ranked[] = [];
  for (const [at, bound] of candidates(coverage, query))
    heap.push({ at, q: index.quotes[at]!, score: bound, exact: false });
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(heap, i);
  while (heap.length > 0) {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      down(heap, 0);
    }
    if (top.exact) {
      scoreOf.set(top.q, top.score);
      yield top.q;
      continue;
    }
    const score = quoteScore(coverage, query, top.q);
    if (score <= 0) continue;
    heap.push({ ...top, score, exact: true });
    for (let i = heap.length - 1; i > 0 && before(heap[i]!, heap[(i - 1) >> 1]!) < 0; i = (i - 1) >> 1)
      swap(heap, i, (i - 1) >> 1);
  }
}

function down(heap: Ranked[], i: number): void {
  for (;;) {
    const l = 2 * i + 1;
    let m = i;
    if (l < heap.length && before(heap[l]!, heap[m]!) < 0) m = l;
    if (l + 1 < heap.length && before(heap[l + 1]!, heap[m]!) < 0) m = l + 1;
    if (m === i) return;
    swap(heap, i, m);
    i = m;
  }
}

function swap(heap: Ranked[], i: number, j: number): void {
  const t = heap[i]!;
  heap[i] = heap[j]!;
  heap[j] = t;
}

/** Every quotation quoteScore can score above 0, by position, with a bound on its score (found
 *  through the quotation index, so a question reads a few posting lists instead of every
 *  quotation; the bound counts a word the index holds for it under the word's hash as held, and
 *  is quoteScore's own sum, bit for bit, when no other word shares that hash). */
function candidates(coverage: Coverage, query: string): Map<number, number> {
  const index = quoteIndex(coverage);
  const qk = sameTextKey(query);
  const found = new Map<number, number>();
  // The query's words in a row inside the quotation.
  const padded = ` ${qk} `;
  const inside = (k: string) => 1 + qk.length / Math.max(k.length, 1);
  const holds = keyHolds(index, qk);
  for (const i of containing(index, qk)) if (holds(i)) found.set(i, inside(index.keyAt(i)));
  // The whole quotation (4+ words) inside a longer paste.
  for (const i of containedIn(index, qk)) {
    const k = index.keyAt(i);
    if (!found.has(i) && k.split(" ").length >= 4 && padded.includes(` ${k} `)) found.set(i, 0.95);
  }
  // Enough of the query's IDF mass: a quotation holding none of the rarest terms S (the fewest
  // whose absence leaves under MIN_QUOTE_COVERAGE of the mass) cannot reach it.
  const qTerms = [...new Set(tokens(query).map((t) => t.term))];
  if (qTerms.length >= 2) {
    const idf = (t: string) => Math.max(coverage.index.idf(t), 0.1);
    const total = qTerms.reduce((s, t) => s + idf(t), 0);
    const need = total * MIN_QUOTE_COVERAGE * (1 - 1e-6);
    const byIdf = [...qTerms].sort((a, b) => idf(b) - idf(a));
    const hashes = new Map(qTerms.map((t) => [t, hash32(t)]));
    const pool = new Set<number>();
    let rest = total;
    for (const t of byIdf) {
      if (rest < need) break;
      for (const i of index.terms.get(hashes.get(t)!)) pool.add(i);
      rest -= idf(t);
    }
    for (const i of pool) {
      if (found.has(i)) continue;
      let held = 0;
      let mass = 0;
      for (const t of qTerms) {
        if (!index.terms.has(hashes.get(t)!, i)) continue;
        held++;
        mass += idf(t);
      }
      if (held >= 2 && mass >= need) found.set(i, (mass / total) * 0.9);
    }
  }
  return found;
}

/** Direct quotations first: reported speech (a paraphrase) only after every direct match. */
const reportedLast = (q: Quote) => (q.kind === "reported" ? 1 : 0);

/** Ties: attributed quotations and statements before unattributed ones and terms. */
function rank(q: Quote): number {
  return (q.speakerName || q.speakerId ? 0 : 2) + (q.kind === "statement" ? 0 : 1);
}

/** A test of whether quotation i's key holds the key `qk`'s words in a row (the padded key
 *  includes the padded qk), made once per question: a quotation in plain ASCII is tested on its text as it
 *  stands (its key is its lower-cased letter and digit runs), so a common word's thousands of
 *  candidates make no key strings. */
export function keyHolds(index: QuoteIndex, qk: string): (i: number) => boolean {
  const padded = ` ${qk} `;
  const throughKey = (i: number) => ` ${index.keyAt(i)} `.includes(padded);
  if (!/^[a-z0-9]+(?: [a-z0-9]+)*$/.test(qk)) return throughKey;
  const words = new RegExp(`(?:^|[^a-z0-9])${qk.split(" ").join("[^a-z0-9]+")}(?:[^a-z0-9]|$)`, "i");
  return (i) => {
    const text = index.quotes[i]!.text;
    return isAsciiText(text) ? words.test(text) : throughKey(i);
  };
}
