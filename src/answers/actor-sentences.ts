// Each actor's mention sentences (/actor's statements and related actors) as one table of numbers:
// a row per (actor, sentence) — the article, the passage, the sentence's offsets and the first
// mention of the actor there — grouped by actor, in article order then mention order. The objects
// an actor's answer reads are made from its rows when asked. At a million passages the object
// form of this table held ~400 B a passage, all of it built during the warm-up, where every
// object that survives lengthens a scavenge; these rows are ~30 B a passage, outside the heap.

import { IntRows } from "../text/int-rows.ts";
import type { ActorModel, Article, Mention, Sentence } from "../types.ts";

/** A sentence and the passage holding it. */
interface PlacedSentence {
  s: Sentence;
  passageId: string;
}

/** A sentence naming an actor (the first non-pronoun mention of it there). */
export interface MentionSentence {
  placed: PlacedSentence;
  mention: Mention;
  /** Actor ids of every non-pronoun mention inside the sentence, in text order (with repeats). */
  named: readonly string[];
}

/** Numbers in a row: article, passage (in the article), sentence start, sentence end, mention,
 *  and where the sentence's named actors are in `named` (first, count). */
const WIDTH = 7;
/** More sentences than any article has: (actor, sentence) as one number. */
const SENTENCES = 1 << 24;

/** Every sentence of an article within one of its passages, in text order, with that passage. */
function* placedSentences(article: Article): Generator<[Sentence, number]> {
  for (const [pi, p] of article.passages.entries()) {
    for (const s of article.paragraphs[p.paragraph]?.sentences ?? []) {
      if (s.start >= p.start && s.end <= p.end) yield [s, pi];
    }
  }
}

/** The position of the sentence holding offset `at` in a list in text order, or -1. */
function sentenceAt(list: readonly [Sentence, number][], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]![0];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Actor ids of the non-pronoun mentions inside [start, end), in the mentions' order. */
function namedWithin(mentions: readonly Mention[], start: number, end: number): string[] {
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i]!.start >= mentions[i - 1]!.start;
  let from = 0;
  if (sorted) {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (mentions[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    from = lo;
  }
  const ids: string[] = [];
  for (let i = from; i < mentions.length; i++) {
    const o = mentions[i]!;
    if (sorted && o.start > end) break;
    if (o.start >= start && o.end <= end && o.via !== "pronoun") ids.push(o.actorId);
  }
  return ids;
}

export class ActorSentences {
  private readonly actorAt = new Map<string, number>();
  private readonly docAt = new Map<string, number>();
  private readonly articleList: Article[];
  /** Rows of actor i: rows[WIDTH * offsets[i] .. WIDTH * offsets[i + 1]). */
  private offsets: Uint32Array = new Uint32Array(1);
  private rows: Int32Array = new Int32Array(0);
  /** Actor positions of each row's sentence's named actors (a sentence's list shared by its rows). */
  private readonly named = new IntRows(1);

  private constructor(
    private readonly model: ActorModel,
    articles: ReadonlyMap<string, Article>,
  ) {
    for (const [i, a] of model.actors.entries()) this.actorAt.set(a.id, i);
    this.articleList = [...articles.values()];
    for (const [i, a] of this.articleList.entries()) this.docAt.set(a.docId, i);
  }

  /** The table built as pieces of work (a warm-up's slices). */
  static *build(model: ActorModel, articles: ReadonlyMap<string, Article>): Generator<void, ActorSentences> {
    const table = new ActorSentences(model, articles);
    // The rows in article order, each with its actor in a last field, until they are grouped.
    const found = new IntRows(WIDTH + 1);
    const perActor = new Uint32Array(model.actors.length);
    // Work between yields: an article, and its mentions (16 articles were up to ~20 ms of CPU).
    let work = 0;
    for (const [d, article] of table.articleList.entries()) {
      const mentions = model.mentionsIn(article.docId);
      work += 16 + mentions.length;
      if (work >= 1024) {
        work = 0;
        yield;
      }
      if (mentions.length === 0) continue;
      const sentences = [...placedSentences(article)];
      const namedAt = new Map<number, [number, number]>(); // sentence → its list in `named`
      const seen = new Set<number>(); // (actor, sentence) pairs already in the table
      for (const [mi, m] of mentions.entries()) {
        if (m.via === "pronoun") continue;
        const si = sentenceAt(sentences, m.start);
        const a = table.actorAt.get(m.actorId);
        if (si < 0 || a === undefined || seen.has(a * SENTENCES + si)) continue;
        seen.add(a * SENTENCES + si);
        const [s, pi] = sentences[si]!;
        let list = namedAt.get(si);
        if (!list) {
          const at = namedWithin(mentions, s.start, s.end).map((id) => table.actorAt.get(id));
          const known = at.filter((x) => x !== undefined);
          list = [table.named.length, known.length];
          namedAt.set(si, list);
          for (const x of known) table.named.set(table.named.append(), 0, x);
        }
        const r = found.append();
        found.set(r, 0, d);
        found.set(r, 1, pi);
        found.set(r, 2, s.start);
        found.set(r, 3, s.end);
        found.set(r, 4, mi);
        found.set(r, 5, list[0]);
        found.set(r, 6, list[1]);
        found.set(r, WIDTH, a);
        perActor[a]!++;
      }
    }
    yield* table.groupByActor(found, perActor);
    return table;
  }

  /** Places the rows actor by actor, keeping their order within each actor (a counting sort). */
  private *groupByActor(found: IntRows, perActor: Uint32Array): Generator<void> {
    const offsets = new Uint32Array(perActor.length + 1);
    for (let i = 0; i < perActor.length; i++) offsets[i + 1] = offsets[i]! + perActor[i]!;
    const next = offsets.slice(0, perActor.length);
    const rows = new Int32Array(found.length * WIDTH);
    for (let r = 0; r < found.length; r++) {
      if (r % 65_536 === 65_535) yield;
      const at = next[found.get(r, WIDTH)]!++ * WIDTH;
      for (let f = 0; f < WIDTH; f++) rows[at + f] = found.get(r, f);
    }
    this.offsets = offsets;
    this.rows = rows;
  }

  /** The sentences naming an actor in one article, in the order its mentions come. */
  of(actorId: string, docId: string): MentionSentence[] {
    const a = this.actorAt.get(actorId);
    const d = this.docAt.get(docId);
    if (a === undefined || d === undefined) return [];
    const rows = this.rows;
    // The actor's rows are in article order: the first of this article by binary search.
    let lo = this.offsets[a]!;
    let hi = this.offsets[a + 1]!;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rows[mid * WIDTH]! < d) lo = mid + 1;
      else hi = mid;
    }
    const article = this.articleList[d]!;
    const { actors } = this.model;
    // Only the mention each row names is made (an article holds dozens).
    const mentions = this.model.mentionIn ? null : this.model.mentionsIn(docId);
    const out: MentionSentence[] = [];
    for (let r = lo; r < end && rows[r * WIDTH] === d; r++) {
      const at = r * WIDTH;
      const start = rows[at + 2]!;
      const stop = rows[at + 3]!;
      const named: string[] = new Array(rows[at + 6]!);
      for (let k = 0; k < named.length; k++) named[k] = actors[this.named.get(rows[at + 5]! + k, 0)]!.id;
      out.push({
        placed: { s: { start, end: stop }, passageId: article.passages[rows[at + 1]!]!.id },
        mention: (mentions ? mentions[rows[at + 4]!] : this.model.mentionIn!(docId, rows[at + 4]!))!,
        named,
      });
    }
    return out;
  }
}
