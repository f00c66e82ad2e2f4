// Precomputed lookups over the actor model, built once per coverage on first use (its AnswerIndexes):
//   - every actor's folded aliases and the prominence order (short autocomplete input walks it;
//     longer input and suggestions go to the MiniSearch name lookup, name-lookup.ts);
//   - each actor's mention sentences (actor-sentences.ts: rows per actor and article, with who
//     else is named in each), so /actor reads its own sentences, not every mention of its articles.

import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import type { ActorModel, Article } from "../types.ts";
import { ActorSentences, type MentionSentence } from "./actor-sentences.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { sortArrayInSteps } from "./sort-steps.ts";

/** Folded aliases of each actor (name first), as the scorers compute them. */
function* foldedSteps(model: ActorModel): Generator<void, string[][]> {
  const actors = model.actors;
  const folded: string[][] = new Array(actors.length);
  for (let i = 0; i < actors.length; i++) {
    if (i % 1024 === 1023) yield;
    const a = actors[i]!;
    folded[i] = [a.name, ...a.aliases.map((x) => x.text)].map((x) => foldKey(x));
  }
  return folded;
}

/** Most mentioned first, then by name, then by position. */
const prominence =
  (model: ActorModel) =>
  (x: number, y: number): number => {
    const actors = model.actors;
    return (
      actors[y]!.mentions - actors[x]!.mentions || actors[x]!.name.localeCompare(actors[y]!.name) || x - y
    );
  };

export class ActorIndex {
  readonly model: ActorModel;
  readonly articles: ReadonlyMap<string, Article>;
  /** Folded aliases of each actor (name first), as the scorers compute them. */
  readonly folded: string[][];
  private order: number[] | null = null;
  private sentences: ActorSentences | null = null;
  /** The sentence table while a warm-up builds it a slice at a time. */
  private pendingSentences: Generator<void, ActorSentences> | null = null;
  /** Built answers, per actor id (bounded). */
  readonly memo = new Map<string, unknown>();

  constructor(model: ActorModel, articles: ReadonlyMap<string, Article>, folded?: string[][]) {
    this.model = model;
    this.articles = articles;
    this.folded = folded ?? runAll(foldedSteps(model));
  }

  /** The index built as pieces of work (a warm-up's slices), its prominence order included. */
  static *inSteps(model: ActorModel, articles: ReadonlyMap<string, Article>): Generator<void, ActorIndex> {
    const index = new ActorIndex(model, articles, yield* foldedSteps(model));
    index.order = yield* sortArrayInSteps(
      model.actors.map((_, i) => i),
      prominence(model),
    );
    return index;
  }

  /** Every actor position, most mentioned first, then by name (autocomplete's order). */
  byProminence(): number[] {
    this.order ??= this.model.actors.map((_, i) => i).sort(prominence(this.model));
    return this.order;
  }

  /** The sentences naming an actor in one article, in the order its mentions come. */
  sentencesOf(actorId: string, docId: string): readonly MentionSentence[] {
    if (!this.sentences) this.warmSentences(Number.POSITIVE_INFINITY);
    return this.sentences!.of(actorId, docId);
  }

  /** Builds the sentence table for about `ms` milliseconds (warm-up); true once complete. */
  warmSentences(ms = 20): boolean {
    if (this.sentences) return true;
    this.pendingSentences ??= ActorSentences.build(this.model, this.articles);
    const until = performance.now() + ms;
    do {
      const step = this.pendingSentences.next();
      if (step.done) {
        this.sentences = step.value;
        this.pendingSentences = null;
        return true;
      }
    } while (performance.now() < until);
    return false;
  }
}

/** The index of a coverage's actor model, one per coverage (answers/indexes.ts); rebuilt if the
 *  coverage's model or articles are replaced. */
export const ACTOR_INDEX: IndexSlot<ActorIndex> = {
  name: "actors",
  build: (coverage) => new ActorIndex(coverage.actors, coverage.articles),
  steps: (coverage) => ActorIndex.inSteps(coverage.actors, coverage.articles),
  fits: (index, coverage) =>
    index.model === coverage.actors &&
    index.articles === coverage.articles &&
    index.folded.length === coverage.actors.actors.length,
};

/** The actor index a coverage is served with. */
export function actorIndex(coverage: Coverage): ActorIndex {
  return indexesOf(coverage).get(ACTOR_INDEX);
}
