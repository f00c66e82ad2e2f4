// /sources: the articles in the coverage, with what is known of each, a page at a time (a large
// coverage holds tens of thousands), and the files that could not be used.

import type { Coverage } from "../coverage.ts";
import { pageWindow } from "./pages.ts";
import type { ErrorAnswer, SourcesAnswer } from "./types.ts";

/** Articles per page: Discord shows one embed field each, and an embed holds 25. */
export const SOURCES_PAGE_SIZE = 25;

export function sources(
  coverage: Coverage,
  explain = false,
  rawPage: unknown = 1,
): SourcesAnswer | ErrorAnswer {
  const all = coverage.corpus.articles;
  const w = pageWindow(all.length, SOURCES_PAGE_SIZE, rawPage, "sources");
  if ("error" in w) return { command: "sources", error: w.error };
  return {
    command: "sources",
    page: w.page,
    pages: w.pages,
    total: all.length,
    sources: all.slice(w.from, w.to).map((a) => ({
      docId: a.docId,
      outlet: a.meta.outlet,
      title: a.displayTitle,
      url: a.meta.url,
      published: a.meta.published,
      passages: a.passages.length,
      ...(explain
        ? { dropped: a.dropped.map(({ reason, text, start, end }) => ({ reason, text, start, end })) }
        : {}),
    })),
    skipped: coverage.corpus.warnings.map((w) => ({ file: w.file, reason: w.reason })),
  };
}
