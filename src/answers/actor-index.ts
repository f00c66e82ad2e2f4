// Precomputed lookups over the actor model, built once per coverage on first use (its AnswerIndexes):
//   - a trigram index of every alias (and every alias word of 4+ letters), so /actor's
//     suggestions and its autocomplete score only the actors that can reach their threshold;
//   - each actor's mention sentences (actorId → docId → sentences, with who else is named in
//     each), so /actor reads its own sentences instead of every mention of its articles.
// Candidate sets are supersets of what the exact scoring accepts; answers are unchanged.

import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import { trigramsOf } from "../text/similarity.ts";
import type { ActorModel, Article, Mention, Sentence } from "../types.ts";
import { type IndexSlot, indexesOf } from "./indexes.ts";

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

/** Trigram overlap of a typed name with every indexed string sharing a trigram with it. */
export class Closeness {
  constructor(
    private readonly wantSize: number,
    private readonly shared: Map<number, number>,
    private readonly sizes: Uint32Array,
  ) {}
  ids(): IterableIterator<number> {
    return this.shared.keys();
  }
  /** trigramSimilarity(want, string): the same Jaccard, from the shared count. */
  of(stringId: number): number {
    const shared = this.shared.get(stringId) ?? 0;
    if (shared === 0) return 0;
    return shared / Math.max(1, this.wantSize + this.sizes[stringId]! - shared);
  }
}

export class ActorIndex {
  readonly model: ActorModel;
  readonly articles: ReadonlyMap<string, Article>;
  /** Folded aliases of each actor (name first), as the scorers compute them. */
  readonly folded: string[][];
  /** Per actor: string ids of its folded aliases, aligned with `folded`. */
  readonly aliasIds: number[][];
  /** Per actor: string ids of the words (4+ letters) of its folded aliases. */
  readonly wordIds: number[][];
  /** Per string: the actor it belongs to, and its trigram count. */
  private readonly stringActor: number[] = [];
  private readonly stringSize: Uint32Array;
  /** Trigram → the strings holding it (ascending ids). */
  private readonly grams = new Map<string, number[]>();
  /** Plain 3-character substring of a folded alias → ascending actor positions. */
  private readonly substrings = new Map<string, number[]>();
  private order: number[] | null = null;
  private sentences: Map<string, Map<string, MentionSentence[]>> | null = null;
  /** The sentence tables while a warm-up builds them a slice at a time. */
  private pendingSentences: {
    out: Map<string, Map<string, MentionSentence[]>>;
    steps: Generator<void>;
  } | null = null;
  /** Built answers, per actor id (bounded). */
  readonly memo = new Map<string, unknown>();

  constructor(model: ActorModel, articles: ReadonlyMap<string, Article>) {
    this.model = model;
    this.articles = articles;
    const actors = model.actors;
    this.folded = new Array(actors.length);
    this.aliasIds = new Array(actors.length);
    this.wordIds = new Array(actors.length);
    const sizes: number[] = [];
    const addString = (text: string, actor: number): number => {
      const id = this.stringActor.length;
      this.stringActor.push(actor);
      const gs = trigramsOf(text);
      sizes.push(gs.size);
      for (const g of gs) {
        const list = this.grams.get(g);
        if (list) list.push(id);
        else this.grams.set(g, [id]);
      }
      return id;
    };
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      const fs = [a.name, ...a.aliases.map((x) => x.text)].map((x) => foldKey(x));
      this.folded[i] = fs;
      const ids = new Map<string, number>();
      const words = new Map<string, number>();
      for (const f of fs) {
        if (!ids.has(f)) ids.set(f, addString(f, i));
        for (let j = 0; j + 3 <= f.length; j++) {
          const g = f.slice(j, j + 3);
          const list = this.substrings.get(g);
          if (!list) this.substrings.set(g, [i]);
          else if (list[list.length - 1] !== i) list.push(i);
        }
        for (const w of f.split(" ")) if (w.length >= 4 && !words.has(w)) words.set(w, addString(w, i));
      }
      this.aliasIds[i] = fs.map((f) => ids.get(f)!);
      this.wordIds[i] = [...words.values()];
    }
    this.stringSize = Uint32Array.from(sizes);
  }

  /** Trigram similarity of `want` to every string sharing a trigram with it. */
  closeness(want: string): Closeness {
    const mine = trigramsOf(want);
    const shared = new Map<number, number>();
    for (const g of mine) for (const id of this.grams.get(g) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    return new Closeness(mine.size, shared, this.stringSize);
  }

  /**
   * Ascending positions of every actor with a string sharing a trigram with `want` (in
   * `closeness`), or (want of 3+ characters) with a folded alias that may contain `want`.
   */
  candidates(want: string, close: Closeness): number[] {
    const out = new Set<number>();
    for (const id of close.ids()) out.add(this.stringActor[id]!);
    if (want.length >= 3) {
      let rarest: readonly number[] | null = null;
      for (let j = 0; j + 3 <= want.length; j++) {
        const p = this.substrings.get(want.slice(j, j + 3)) ?? [];
        if (rarest === null || p.length < rarest.length) rarest = p;
      }
      for (const i of rarest ?? []) out.add(i);
    }
    return [...out].sort((x, y) => x - y);
  }

  /** Every actor position, most mentioned first, then by name (autocomplete's order). */
  byProminence(): number[] {
    if (this.order) return this.order;
    const actors = this.model.actors;
    this.order = actors
      .map((_, i) => i)
      .sort(
        (x, y) =>
          actors[y]!.mentions - actors[x]!.mentions ||
          actors[x]!.name.localeCompare(actors[y]!.name) ||
          x - y,
      );
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
    let done = 0;
    for (const [docId, article] of this.articles) {
      if (++done % 256 === 0) yield;
      const mentions = this.model.mentionsIn(docId);
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
  fits: (index, coverage) =>
    index.model === coverage.actors &&
    index.articles === coverage.articles &&
    index.folded.length === coverage.actors.actors.length,
};

/** The actor index a coverage is served with. */
export function actorIndex(coverage: Coverage): ActorIndex {
  return indexesOf(coverage).get(ACTOR_INDEX);
}
