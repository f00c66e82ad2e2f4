// The quote extractor as the bot runs it: one actor model over the whole BBC corpus, so that names,
// offices and acronyms learnt in one article can lead another astray. Floors a little below what
// the extractor reaches on the first labelled set (test/fixtures/labels/bbc-quotes.jsonl).
// Skipped when the BBC corpus is not present.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildActorModel } from "../../src/analysis/actors/index.ts";
import { extractQuotes, type QuoteFound } from "../../src/analysis/quotes/index.ts";
import { buildArticle } from "../../src/corpus/article.ts";
import { corpusTexts } from "../../src/eval/label-texts.ts";
import { readQuoteLabels, scoreQuotes } from "../../src/eval/quotes.ts";
import type { Article } from "../../src/types.ts";
import { needData } from "../helpers/data.ts";

const DATA = needData("bbc-news");
const LABELS = path.join(import.meta.dirname, "../fixtures/labels/bbc-quotes.jsonl");

describe.skipIf(DATA.missing)(`quotes with one actor model over the BBC corpus${DATA.why}`, () => {
  it("attributes the labelled quotations as well as one article at a time does", async () => {
    const rows = readQuoteLabels(LABELS);
    const texts = await corpusTexts(
      path.dirname(DATA.dir),
      rows.map((r) => r.file),
    );
    const articles = new Map<string, Article>();
    for (const [f, text] of texts) {
      const built = buildArticle(f, text);
      if (built.ok) articles.set(f, built.article);
    }
    const model = buildActorModel([...articles.values()]);
    const found = new Map<string, QuoteFound[]>();
    for (const f of new Set(rows.map((r) => r.file)))
      found.set(
        f,
        extractQuotes(articles.get(f)!, model).filter((q) => q.kind !== "reported"),
      );
    // the speaker's actor under another name its article gives it is the labelled speaker
    const namesOf = (f: string, q: QuoteFound) => {
      const docId = articles.get(f)!.docId;
      const actor = q.speakerId ? model.byId.get(q.speakerId) : null;
      return actor?.aliases.filter((a) => a.docIds.includes(docId)).map((a) => a.text) ?? [];
    };
    const { misses: _m, ...scores } = scoreQuotes(rows, found, namesOf);
    console.log("BBC quotes, corpus-wide actor model:", JSON.stringify(scores));
    expect(scores.speakerAccuracy).toBeGreaterThanOrEqual(0.94);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.spanRecall).toBeGreaterThanOrEqual(0.97);
  }, 120_000);
});
