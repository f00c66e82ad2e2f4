// Every quotation of the coverage: each article's, then names completed across articles.

import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article } from "../../types.ts";
import { ALL_STEPS, runSteps, type Step, type StepSwitches } from "../steps.ts";
import { DocNames } from "./doc-names.ts";
import { docNamesFor } from "./doc-names-for.ts";
import { extractQuotes } from "./extract.ts";
import type { QuoteFound } from "./types.ts";

interface CoverageQuotes {
  readonly articles: readonly Article[];
  readonly all: QuoteFound[];
  readonly layerOf: (article: Article) => TextLayer;
  /** The names each article with quotations was found to use (DocNames.full), kept from extraction. */
  readonly fullNames: ReadonlyMap<Article, DocNames["full"]>;
}

export const COVERAGE_STEPS: readonly Step<CoverageQuotes>[] = [
  {
    name: "surname-elsewhere",
    doc: 'a bare surname with no actor ("Rubio") takes the one full name other articles give',
    run: ({ articles, all, layerOf, fullNames }) => {
      // Without an actor id, a bare surname one article uses ("Rubio") takes the full name other
      // articles give ("Marco Rubio") when exactly one full name ends with it.
      const quoted = new Set(all.map((q) => q.docId));
      const byLast = new Map<string, Set<string>>();
      for (const a of articles) {
        if (!quoted.has(a.docId)) continue;
        for (const f of fullNames.get(a) ?? new DocNames(layerOf(a), a.bodyStart).full) {
          if (f.org) continue;
          const last = f.name.toLowerCase().split(" ").pop()!;
          const set = byLast.get(last) ?? new Set<string>();
          set.add(f.name);
          byLast.set(last, set);
        }
      }
      for (const q of all) {
        if (q.speakerId || q.speakerKind !== "person" || !q.speakerName || q.speakerName.includes(" "))
          continue;
        const fits = byLast.get(q.speakerName.toLowerCase());
        if (fits?.size === 1) q.speakerName = [...fits][0]!;
      }
    },
  },
];

/** One article's quotations, and the names it was found to use (kept for the cross-article step). */
export interface ArticleQuotes {
  quotes: QuoteFound[];
  fullNames: DocNames["full"] | null;
}

/** One article's part of buildQuotes: what a worker thread can do for a share of the articles. */
export function articleQuotes(
  article: Article,
  actors: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): ArticleQuotes {
  let fullNames: DocNames["full"] | null = null;
  const namesOf = (a: Article, layer: TextLayer): DocNames => {
    const names = docNamesFor(a, layer, switches);
    fullNames = names.full;
    return names;
  };
  const quotes = extractQuotes(article, actors, switches, layerOf, namesOf);
  return { quotes, fullNames };
}

/** The cross-article part of buildQuotes, over every article's quotations in corpus order. */
export function finishQuotes(
  articles: readonly Article[],
  found: readonly ArticleQuotes[],
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): QuoteFound[] {
  // Each article's names are found once, in extraction; the cross-article step reads them again.
  const fullNames = new Map<Article, DocNames["full"]>();
  found.forEach((f, i) => {
    if (f.fullNames) fullNames.set(articles[i]!, f.fullNames);
  });
  const all = found.flatMap((f) => f.quotes);
  return runSteps("quotes", COVERAGE_STEPS, { articles, all, layerOf, fullNames }, switches).all;
}

/** Every quotation in the coverage, in corpus order. */
export function buildQuotes(
  articles: readonly Article[],
  actors: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): QuoteFound[] {
  const found = articles.map((a) => articleQuotes(a, actors, switches, layerOf));
  return finishQuotes(articles, found, switches, layerOf);
}
