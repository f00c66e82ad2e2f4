// A citation: where a span of an article is, and the outlet, day and link it is cited with.
// Built from the article's metadata alone, so analyses (events) and answers both cite this way.

import type { Article, SourceRef } from "../types.ts";

export function sourceRef(
  coverage: { readonly articles: ReadonlyMap<string, Article> },
  docId: string,
  passageId: string,
  start: number,
  end: number,
): SourceRef {
  const meta = coverage.articles.get(docId)?.meta;
  return {
    docId,
    passageId,
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    published: meta?.published ?? null,
    start,
    end,
  };
}
