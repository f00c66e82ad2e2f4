// Coverage: the corpus plus everything derived from it once at start-up (the search
// index, and the analyses). Answers are pure functions of a Coverage and a query.

import { buildActorModel } from "./analysis/actors/index.ts";
import { buildEvents } from "./analysis/events/index.ts";
import { buildQuotes } from "./analysis/quotes/index.ts";
import type { StepSwitches } from "./analysis/steps.ts";
import { type IndexOptions, type IndexProgress, PassageIndex } from "./search/index.ts";
import { readText, type TextLayer } from "./text/tokens.ts";
import type { ActorModel, Article, Corpus, CoverageEvent, Passage, Quote } from "./types.ts";

export interface Coverage {
  corpus: Corpus;
  /** All passages of all articles, in corpus order; search refs index into this. */
  passages: Passage[];
  articles: Map<string, Article>;
  index: PassageIndex;
  /** The actors of the coverage and where each is mentioned. */
  actors: ActorModel;
  /** Every quotation in the coverage, in corpus order, with its speaker (built after actors). */
  quotes: Quote[];
  /** Events (strikes, meetings, visits…) grouped across outlets, in date order (built after actors). */
  events: CoverageEvent[];
}

export interface BuildOptions {
  indexOptions?: Partial<IndexOptions>;
  /** An index already built for these passages (restored from a snapshot): not rebuilt. */
  index?: PassageIndex;
  /** Indexing progress, in passages. */
  onProgress?: IndexProgress;
  /** Analysis steps switched off (the scorers' ablation); the bot runs them all. */
  steps?: StepSwitches;
}

export function buildCoverage(corpus: Corpus, options: BuildOptions = {}): Coverage {
  const passages = corpus.articles.flatMap((a) => a.passages);
  const articles = new Map(corpus.articles.map((a) => [a.docId, a]));
  const index = options.index ?? new PassageIndex(passages, options.indexOptions, options.onProgress);
  const actors = buildActorModel(corpus.articles, options.steps);
  // Each article's text layer is read where an analysis needs it and kept only while that
  // article is being read (the last one): a layer is ~17 bytes a token, too much to keep for a
  // whole corpus when the analyses pass over the articles one after the other.
  let last: { article: Article; layer: TextLayer } | null = null;
  const layerOf = (article: Article): TextLayer => {
    if (last?.article !== article) last = { article, layer: readText(article) };
    return last.layer;
  };
  const quotes = buildQuotes(corpus.articles, actors, options.steps, layerOf);
  // Participants are the actor model's canonical names for the people named in each event's sentence.
  const events = buildEvents(corpus.articles, actors ?? null, options.steps, layerOf);
  return { corpus, passages, articles, index, actors, quotes, events };
}
