// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// /quotes: what an actor is quoted as saying, a page at a time, each quotation with every
// outlet carrying it. Without a speaker (CLI), every quotation in the coverage.

import { sameTextKey } from "../../src/answers/cite.ts";
import { cleanQuery } from "../../src/answers/query.ts";
import { paraphraseLabel } from "../../src/answers/quote-groups.ts";
import type { QuotesAnswer } from "../../src/answers/quote-types.ts";
import type { ErrorAnswer } from "../../src/answers/types.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { Quote } from "../../src/types.ts";

/** Statements, then quoted terms, then reported speech (as src/answers/quotes.ts orders them). */
const KIND_RANK: Record<"statement" | "term" | "reported", number> = { statement: 0, term: 1, reported: 2 };

import { actorsOf, groupQuotations, matchOf, speakerOf } from "./quote-groups.ts";

const QUOTES_PAGE_SIZE = 5;

const fold = (s: string) => sameTextKey(s);

/** The quotations of the speaker a typed name refers to: the actor model first, else names. */
function quotesOf(coverage: Coverage, name: string): { speaker: string; quotes: Quote[] } | null {
  const actor = actorsOf(coverage)?.resolve(name);
  if (actor) {
    const quotes = coverage.quotes.filter((q) => q.speakerId === actor.id);
    if (quotes.length > 0) return { speaker: actor.name, quotes };
  }
  const want = fold(name);
  if (!want) return null;
  const counts = new Map<string, number>();
  for (const q of coverage.quotes) {
    const s = speakerOf(coverage, q);
    if (s && q.speakerKind !== "unnamed") counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const words = want.split(" ");
  const exact = [...counts.keys()].find((s) => fold(s) === want);
  const partial = [...counts]
    .filter(([s]) => {
      const have = new Set(fold(s).split(" "));
      return words.every((w) => have.has(w));
    })
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const speaker = exact ?? partial;
  if (!speaker) return null;
  return { speaker, quotes: coverage.quotes.filter((q) => speakerOf(coverage, q) === speaker) };
}

export function quotes(
  coverage: Coverage,
  rawSpeaker: unknown,
  rawPage: unknown = 1,
): QuotesAnswer | ErrorAnswer {
  const page0 = typeof rawPage === "number" ? rawPage : Number(rawPage ?? 1);
  if (!Number.isInteger(page0) || page0 < 1)
    return { command: "quotes", error: "The page must be a whole number from 1." };
  let speaker: string | null = null;
  let query: string | null = null;
  let list: Quote[] = coverage.quotes;
  if (rawSpeaker !== undefined && rawSpeaker !== null && rawSpeaker !== "") {
    const q = cleanQuery(rawSpeaker, "name");
    if (!q.ok) return { command: "quotes", error: q.error };
    query = q.text;
    const found = quotesOf(coverage, q.text);
    if (!found) return { command: "quotes", error: `The coverage quotes no one called “${q.text}”.` };
    speaker = found.speaker;
    list = found.quotes;
  }
  // One entry per quotation: copies carried by other outlets become its sources.
  const groups = groupQuotations(coverage, list, list).sort(
    (a, b) => KIND_RANK[a[0]!.kind] - KIND_RANK[b[0]!.kind],
  );
  const pages = Math.max(1, Math.ceil(groups.length / QUOTES_PAGE_SIZE));
  if (page0 > pages) {
    return {
      command: "quotes",
      error: `There ${pages === 1 ? "is only 1 page" : `are only ${pages} pages`}.`,
    };
  }
  const items = groups
    .slice((page0 - 1) * QUOTES_PAGE_SIZE, page0 * QUOTES_PAGE_SIZE)
    .map((g) => matchOf(coverage, g));
  return {
    command: "quotes",
    speaker,
    query,
    page: page0,
    pages,
    total: groups.length,
    items,
    quotes: list.map((q) => ({
      speaker: speakerOf(coverage, q),
      quote: q.text,
      kind: q.kind,
      cue: q.cue,
      docId: q.docId,
      start: q.start,
      end: q.end,
      ...(q.kind === "reported"
        ? { paraphrase: paraphraseLabel(coverage.articles.get(q.docId)?.meta.outlet ?? null) }
        : {}),
    })),
  };
}
