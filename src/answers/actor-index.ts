// Precomputed lookups over the actor model, built once per coverage on first use (its AnswerIndexes):
//   - every actor's folded aliases and the prominence order (short autocomplete input walks it;
//     longer input and suggestions go to the MiniSearch name lookup, name-lookup.ts);
//   - each actor's mention sentences (actorId → docId → sentences, with who else is named in
//     each), so /actor reads its own sentences instead of every mention of its articles.

import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import type { ActorModel, Article, Mention, Sentence } from "../types.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { sortArrayInSteps } from "./sort-steps.ts";

export interface PlacedSentence {
  s: Sentence;
  passageId: string;
}

export function sentencesOf(article: Article): PlacedSentence[] {
  const out: PlacedSentence[] = [];
  for (const p of article.passages) {
    for (const s of article.paragraphs[p.paragraph]?.sentences ?? []) {
      if (s.start >= p.start && s.end <= p.end) out.push({ s, passageId: p.id });
    }
  }
  return out;
}

export function sentenceIndex(list: PlacedSentence[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!.s;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A sentence naming an actor (the first non-pronoun mention of it there). */
export interface MentionSentence {
  placed: PlacedSentence;
  mention: Mention;
  /** Actor ids of every non-pronoun mention inside the sentence, in text order (with repeats). */
  named: readonly string[];
}

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
  private sentences: Map<string, Map<string, MentionSentence[]>> | null = null;
  /** The sentence tables while a warm-up builds them a slice at a time. */
  private pendingSentences: {
    out: Map<string, Map<string, MentionSentence[]>>;
    steps: Generator<void>;
  } | null = null;
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
    return this.sentences!.get(actorId)?.get(docId) ?? [];
  }

  /** Builds the sentence tables for about `ms` milliseconds (warm-up); true once complete. */
  warmSentences(ms = 20): boolean {
    if (this.sentences) return true;
    if (!this.pendingSentences) {
      const out = new Map<string, Map<string, MentionSentence[]>>();
      this.pendingSentences = { out, steps: this.buildSentences(out) };
    }
    const until = performance.now() + ms;
    const { out, steps } = this.pendingSentences;
    do {
      if (steps.next().done) {
        this.sentences = out;
        this.pendingSentences = null;
        return true;
      }
    } while (performance.now() < until);
    return false;
  }

  private *buildSentences(out: Map<string, Map<string, MentionSentence[]>>): Generator<void> {
    // Work between yields: an article, and its mentions (16 articles were up to ~20 ms of CPU).
    let work = 0;
    for (const [docId, article] of this.articles) {
      const mentions = this.model.mentionsIn(docId);
      work += 16 + mentions.length;
      if (work >= 1024) {
        work = 0;
        yield;
      }
      if (mentions.length === 0) continue;
      const sentences = sentencesOf(article);
      let sorted = true;
      for (let i = 1; i < mentions.length; i++)
        if (mentions[i]!.start < mentions[i - 1]!.start) sorted = false;
      const namedMemo = new Map<number, string[]>();
      const namedIn = (si: number): string[] => {
        const known = namedMemo.get(si);
        if (known) return known;
        const s = sentences[si]!.s;
        const ids: string[] = [];
        let from = 0;
        if (sorted) {
          let lo = 0;
          let hi = mentions.length;
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (mentions[mid]!.start < s.start) lo = mid + 1;
            else hi = mid;
          }
          from = lo;
        }
        for (let i = from; i < mentions.length; i++) {
          const o = mentions[i]!;
          if (sorted && o.start > s.end) break;
          if (o.start >= s.start && o.end <= s.end && o.via !== "pronoun") ids.push(o.actorId);
        }
        namedMemo.set(si, ids);
        return ids;
      };
      const seen = new Map<string, Set<number>>();
      for (const m of mentions) {
        if (m.via === "pronoun") continue;
        const si = sentenceIndex(sentences, m.start);
        if (si < 0) continue;
        let mine = seen.get(m.actorId);
        if (!mine) {
          mine = new Set();
          seen.set(m.actorId, mine);
        }
        if (mine.has(si)) continue;
        mine.add(si);
        let perDoc = out.get(m.actorId);
        if (!perDoc) {
          perDoc = new Map();
          out.set(m.actorId, perDoc);
        }
        let list = perDoc.get(docId);
        if (!list) {
          list = [];
          perDoc.set(docId, list);
        }
        list.push({ placed: sentences[si]!, mention: m, named: namedIn(si) });
      }
    }
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
