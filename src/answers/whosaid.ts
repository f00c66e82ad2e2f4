// /whosaid: the quotation best matching the words given (exact, part of a quotation, or close
// to one), who said it, when and where if the article says so, and every outlet carrying it.
// A close match is required: words the coverage never quoted get no match, and a paraphrase
// is never presented as a quotation (the answer quotes the article's own words). Reported speech
// ("Rubio said the plan failed") matches too, after every direct quotation, labelled as the
// outlet's paraphrase.

import type { Coverage } from "../coverage.ts";
import { tokens } from "../search/tokenize.ts";
import type { Quote } from "../types.ts";
import { sameTextKey } from "./cite.ts";
import { hash32 } from "./hash-postings.ts";
import { cleanQuery } from "./query.ts";
import { groupQuotations, keyOf, matchOf } from "./quote-groups.ts";
import { containedIn, containing, quoteIndex } from "./quote-index.ts";
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
  const scored = candidates(coverage, query)
    .map((quote) => ({ quote, score: quoteScore(coverage, query, quote) }))
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        reportedLast(a.quote) - reportedLast(b.quote) || b.score - a.score || rank(a.quote) - rank(b.quote),
    );
  const groups = groupQuotations(
    coverage,
    scored.map((s) => s.quote),
    coverage.quotes,
    n,
  );
  const scoreOf = new Map(scored.map((s) => [s.quote, s.score]));
  return {
    command: "whosaid",
    query,
    matches: groups.map((g) => ({
      ...matchOf(coverage, g),
      score: Math.round((scoreOf.get(g[0]!) ?? 0) * 1000) / 1000,
    })),
  };
}

/** Every quotation quoteScore can score above 0, in corpus order (found through the quotation
 *  index, so a question reads a few posting lists instead of every quotation). */
export function candidates(coverage: Coverage, query: string): Quote[] {
  const index = quoteIndex(coverage);
  const qk = sameTextKey(query);
  const found = new Set<number>();
  // The query's words in a row inside the quotation.
  const padded = ` ${qk} `;
  for (const i of containing(index, qk)) if (` ${index.keys[i]!} `.includes(padded)) found.add(i);
  // The whole quotation (4+ words) inside a longer paste.
  for (const i of containedIn(index, qk)) {
    const k = index.keys[i]!;
    if (k.split(" ").length >= 4 && padded.includes(` ${k} `)) found.add(i);
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
      if (held >= 2 && mass >= need) found.add(i);
    }
  }
  return [...found].sort((a, b) => a - b).map((i) => index.quotes[i]!);
}

/** Direct quotations first: reported speech (a paraphrase) only after every direct match. */
const reportedLast = (q: Quote) => (q.kind === "reported" ? 1 : 0);

/** Ties: attributed quotations and statements before unattributed ones and terms. */
function rank(q: Quote): number {
  return (q.speakerName || q.speakerId ? 0 : 2) + (q.kind === "statement" ? 0 : 1);
}
