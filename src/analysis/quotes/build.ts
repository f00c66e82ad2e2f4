// Every quotation of the coverage: each article's, then names completed across articles.

import { readText, type TextLayer } from "../../text/tokens.ts";
import type { ActorModel, Article } from "../../types.ts";
import { ALL_STEPS, runSteps, type Step, type StepSwitches } from "../steps.ts";
import { DocNames } from "./doc-names.ts";
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

/** Every quotation in the coverage, in corpus order. */
export function buildQuotes(
  articles: readonly Article[],
  actors: ActorModel | null = null,
  switches: StepSwitches = ALL_STEPS,
  layerOf: (article: Article) => TextLayer = readText,
): QuoteFound[] {
  // Each article's names are found once, in extraction; the cross-article step reads them again.
  const fullNames = new Map<Article, DocNames["full"]>();
  const namesOf = (a: Article, layer: TextLayer): DocNames => {
    const names = new DocNames(layer, a.bodyStart);
    fullNames.set(a, names.full);
    return names;
  };
  const all = articles.flatMap((a) => extractQuotes(a, actors, switches, layerOf, namesOf));
  return runSteps("quotes", COVERAGE_STEPS, { articles, all, layerOf, fullNames }, switches).all;
}
