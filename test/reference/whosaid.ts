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
import { quoteScore, WHOSAID_LIMIT } from "../../src/answers/whosaid.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { Quote } from "../../src/types.ts";
import { groupQuotations, matchOf } from "./quote-groups.ts";
// Only the search is the reference's own: every quotation is scored (the bot reads posting
// lists first), and copies are found by comparing with every quotation. The scoring is the bot's.

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
    .sort(
      (a, b) =>
        Number(a.quote.kind === "reported") - Number(b.quote.kind === "reported") ||
        b.score - a.score ||
        rank(a.quote) - rank(b.quote),
    );
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
