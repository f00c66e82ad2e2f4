// Coverage: the corpus plus everything derived from it once at start-up (the search
// index, and the analyses). Answers are pure functions of a Coverage and a query.

import { buildActorModel } from "./analysis/actors/index.ts";
import { buildEvents } from "./analysis/events/index.ts";
import { buildQuotes } from "./analysis/quotes/index.ts";
import type { StepSwitches } from "./analysis/steps.ts";
import { searchableTitle } from "./corpus/title.ts";
import { type IndexOptions, type IndexProgress, PassageIndex, type TitleInput } from "./search/index.ts";
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
  /** Progress of each analysis ("actors", "quotes", "events") in articles: (0, n) when it starts,
   *  (n, n) when it ends; quotes also after each article. */
  onAnalysis?: (analysis: string, done: number, total: number) => void;
}

/** What /ask needs and the analyses do not: the passages, the articles by id and the index. */
export type SearchCoverage = Pick<Coverage, "corpus" | "passages" | "articles" | "index">;

export function buildSearch(corpus: Corpus, options: BuildOptions = {}): SearchCoverage {
  const passages = corpus.articles.flatMap((a) => a.passages);
  const articles = new Map(corpus.articles.map((a) => [a.docId, a]));
  const index =
    options.index ?? new PassageIndex(passages, options.indexOptions, options.onProgress, titlesOf(corpus));
  return { corpus, passages, articles, index };
}

/** Each article's headline, and where its passages start in the corpus's passage list. */
function titlesOf(corpus: Corpus): TitleInput {
  const starts = new Uint32Array(corpus.articles.length + 1);
  corpus.articles.forEach((a, i) => {
    starts[i + 1] = starts[i]! + a.passages.length;
  });
  return { titles: corpus.articles.map(searchableTitle), starts };
}

/** Reads each article's text layer for the analyses, counting how far each analysis got (its
 *  progress, in articles). The single-thread build and the parallel one (lifecycle/parallel-build.ts)
 *  share it. */
export function analysisLayers(
  n: number,
  progress: (analysis: string, done: number, total: number) => void,
): (analysis: string) => (article: Article) => TextLayer {
  // Each article's text layer is read where an analysis needs it and kept only while that
  // article is being read (the last one): a layer is ~17 bytes a token, too much to keep for a
  // whole corpus when the analyses pass over the articles one after the other.
  let last: { article: Article; layer: TextLayer } | null = null;
  const readLayer = (article: Article): TextLayer => {
    if (last?.article !== article) last = { article, layer: readText(article) };
    return last.layer;
  };
  // The same reader for one analysis, counting the articles it has reached (its progress).
  return (analysis: string) => {
    let reached: Article | null = null;
    let done = 0;
    return (article: Article): TextLayer => {
      if (reached !== article) {
        reached = article;
        progress(analysis, Math.min(++done, n - 1), n);
      }
      return readLayer(article);
    };
  };
}

export function buildCoverage(corpus: Corpus, options: BuildOptions = {}): Coverage {
  const { passages, articles, index } = buildSearch(corpus, options);
  const n = corpus.articles.length;
  const progress = options.onAnalysis ?? (() => {});
  const layersFor = analysisLayers(n, progress);
  progress("actors", 0, n);
  const actors = buildActorModel(corpus.articles, options.steps, layersFor("actors"));
  progress("actors", n, n);
  progress("quotes", 0, n);
  const quotes = buildQuotes(corpus.articles, actors, options.steps, layersFor("quotes"));
  progress("quotes", n, n);
  // Participants are the actor model's canonical names for the people named in each event's sentence.
  progress("events", 0, n);
  const events = buildEvents(corpus.articles, actors ?? null, options.steps, layersFor("events"));
  progress("events", n, n);
  return { corpus, passages, articles, index, actors, quotes, events };
}

// A coverage restored from a snapshot serves /ask as soon as its passages and index are there:
// the analyses' fields (quotations, events, the actor model) are decoded afterwards, a slice at a
// time, by the warm-up (answers/warm.ts). Until then they are accessors that finish the decoding
// when read (correct, only one long call), and `fieldsDecoded` tells a command that must not wait
// (the /ask direct answer) that they are not there yet.

interface PendingFields {
  /** Runs one piece of the decoding; true once the fields are there. */
  step(): boolean;
  /** The objects carrying the fields (a coverage and the served copies of it). */
  targets: Set<object>;
}

const pendingFields = new WeakMap<object, PendingFields>();

const dataField = (value: unknown): PropertyDescriptor => ({
  value,
  enumerable: true,
  writable: true,
  configurable: true,
});

/** Defines `keys` on `target` as accessors over `decode`, a piece of work per step, whose result
 *  holds each key's value. */
export function defineLazyFields(
  target: object,
  keys: readonly string[],
  decode: Generator<void, Record<string, unknown>>,
): void {
  let values: Record<string, unknown> | null = null;
  const pending: PendingFields = {
    targets: new Set([target]),
    step: () => {
      if (values) return true;
      const r = decode.next();
      if (!r.done) return false;
      values = r.value;
      for (const t of pending.targets) {
        for (const key of keys)
          if (Object.getOwnPropertyDescriptor(t, key)?.get)
            Object.defineProperty(t, key, dataField(values[key]));
        pendingFields.delete(t);
      }
      return true;
    },
  };
  pendingFields.set(target, pending);
  for (const key of keys)
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        while (!pending.step());
        return values![key];
      },
      set(this: object, value: unknown) {
        Object.defineProperty(this, key, dataField(value));
      },
    });
}

/** A shallow copy of a coverage that keeps its pending fields pending (a spread would decode them). */
export function copyCoverage<T extends object>(coverage: T): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(coverage)) as T;
  const pending = pendingFields.get(coverage);
  if (pending) {
    pending.targets.add(copy);
    pendingFields.set(copy, pending);
  }
  return copy;
}

/** Whether the coverage's fields are all decoded (a coverage built from the files always is). */
export function fieldsDecoded(coverage: object): boolean {
  return !pendingFields.has(coverage);
}

/** Decodes the coverage's pending fields for about `ms` milliseconds; true once they are all there. */
export function decodeFields(coverage: object, ms = Number.POSITIVE_INFINITY): boolean {
  const pending = pendingFields.get(coverage);
  if (!pending) return true;
  const until = performance.now() + ms;
  for (;;) {
    if (pending.step()) return true;
    if (performance.now() >= until) return false;
  }
}
