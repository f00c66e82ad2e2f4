// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// /whosaid: the quotation best matching the words given (exact, part of a quotation, or close
// to one), who said it, when and where if the article says so, and every outlet carrying it.
// A close match is required: words the coverage never quoted get no match, and a paraphrase
// is never presented as a quotation (the answer quotes the article's own words).

import { sameTextKey } from "../../src/answers/cite.ts";
import { cleanQuery } from "../../src/answers/query.ts";
import type { WhoSaidAnswer } from "../../src/answers/quote-types.ts";
import type { ErrorAnswer } from "../../src/answers/types.ts";
import type { Coverage } from "../../src/coverage.ts";
import { tokens } from "../../src/search/tokenize.ts";
import type { Quote } from "../../src/types.ts";
import { groupQuotations, keyOf, matchOf } from "./quote-groups.ts";

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
  const scored = coverage.quotes
    .map((quote) => ({ quote, score: quoteScore(coverage, query, quote) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || rank(a.quote) - rank(b.quote));
  const groups = groupQuotations(
    coverage,
    scored.map((s) => s.quote),
    coverage.quotes,
  ).slice(0, Math.max(1, Math.min(limit, 10)));
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

/** Ties: attributed quotations and statements before unattributed ones and terms. */
function rank(q: Quote): number {
  return (q.speakerName || q.speakerId ? 0 : 2) + (q.kind === "statement" ? 0 : 1);
}
