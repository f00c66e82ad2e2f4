// /sources: every article in the coverage, with what is known of it.

import type { Coverage } from "../coverage.ts";
import type { SourcesAnswer } from "./types.ts";

export function sources(coverage: Coverage, explain = false): SourcesAnswer {
  return {
    command: "sources",
    sources: coverage.corpus.articles.map((a) => ({
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
