// Where the actors are mentioned, article by article, as rows of numbers: a snapshot's model keeps
// its mentions this way and makes Mention objects only for the article a caller asks about. At a
// million passages the objects were ~2 a passage (~340 B with their arrays), every one visited by
// each full collection; the rows are 28 B a mention, outside the heap.

import { IntRows } from "../../text/int-rows.ts";
import type { Mention } from "../../types.ts";

/** Where an article's mentions are, and how to make them. */
export interface MentionSource {
  /** Mentions in one article, in text order. */
  mentionsIn(docId: string): readonly Mention[];
  /** The i-th of them, alone. */
  mentionIn(docId: string, i: number): Mention | undefined;
  /** The longest mention covering [start, end) in an article (the first of equals), or null. */
  mentionAt(docId: string, start: number, end: number): Mention | null;
  /** Every article's mentions, in the order the articles were added. */
  entries(): Iterable<[string, readonly Mention[]]>;
}

/** The longest mention covering [start, end) among mentions in text order. */
export function longestCovering<M extends { start: number; end: number }>(
  mentions: Iterable<M>,
  start: number,
  end: number,
): M | null {
  let best: M | null = null;
  for (const m of mentions) {
    if (m.start > start) break;
    if (m.end >= end && (!best || m.end - m.start > best.end - best.start)) best = m;
  }
  return best;
}

/** The mentions of a model built here, as its Map holds them. */
export function mentionMap(byDoc: ReadonlyMap<string, Mention[]>): MentionSource {
  return {
    mentionsIn: (docId) => byDoc.get(docId) ?? [],
    mentionIn: (docId, i) => byDoc.get(docId)?.[i],
    mentionAt: (docId, start, end) => longestCovering(byDoc.get(docId) ?? [], start, end),
    entries: () => byDoc.entries(),
  };
}

const START = 0;
const END = 1;
const ACTOR = 2;
const TEXT = 3;
const VIA = 4;
/** First of the mention's candidates in `candidates`, or -1 when it has no candidate list. */
const CANDIDATES = 5;
const CANDIDATE_COUNT = 6;
const NONE: readonly Mention[] = [];

export class MentionTable implements MentionSource {
  private readonly rows = new IntRows(7);
  private readonly candidates = new IntRows(1);
  /** Actor ids, words and ways of naming: each string once. */
  private readonly strings: string[] = [];
  private readonly stringAt = new Map<string, number>();
  private readonly docIds: string[] = [];
  private readonly docAt = new Map<string, number>();
  /** Rows of article d: firstRow[d] .. firstRow[d + 1]. */
  private readonly firstRow: number[] = [0];

  private code(s: string): number {
    let i = this.stringAt.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringAt.set(s, i);
    }
    return i;
  }

  /** Adds an article's mentions (each article once, its mentions in text order). */
  add(docId: string, mentions: readonly Mention[]): void {
    const { rows } = this;
    for (const m of mentions) {
      const r = rows.append();
      rows.set(r, START, m.start);
      rows.set(r, END, m.end);
      rows.set(r, ACTOR, this.code(m.actorId));
      rows.set(r, TEXT, this.code(m.text));
      rows.set(r, VIA, this.code(m.via));
      rows.set(r, CANDIDATES, m.candidates ? this.candidates.length : -1);
      rows.set(r, CANDIDATE_COUNT, m.candidates?.length ?? 0);
      for (const id of m.candidates ?? []) this.candidates.set(this.candidates.append(), 0, this.code(id));
    }
    this.docAt.set(docId, this.docIds.length);
    this.docIds.push(docId);
    this.firstRow.push(rows.length);
  }

  private mention(r: number, docId: string): Mention {
    const { rows, strings } = this;
    const m: Mention = {
      actorId: strings[rows.get(r, ACTOR)]!,
      docId,
      start: rows.get(r, START),
      end: rows.get(r, END),
      text: strings[rows.get(r, TEXT)]!,
      via: strings[rows.get(r, VIA)]! as Mention["via"],
    };
    const from = rows.get(r, CANDIDATES);
    if (from >= 0) {
      const ids: string[] = new Array(rows.get(r, CANDIDATE_COUNT));
      for (let i = 0; i < ids.length; i++) ids[i] = strings[this.candidates.get(from + i, 0)]!;
      m.candidates = ids;
    }
    return m;
  }

  mentionsIn(docId: string): readonly Mention[] {
    const d = this.docAt.get(docId);
    if (d === undefined) return NONE;
    const from = this.firstRow[d]!;
    const out: Mention[] = new Array(this.firstRow[d + 1]! - from);
    for (let i = 0; i < out.length; i++) out[i] = this.mention(from + i, docId);
    return out;
  }

  mentionIn(docId: string, i: number): Mention | undefined {
    const d = this.docAt.get(docId);
    if (d === undefined || i < 0 || i >= this.firstRow[d + 1]! - this.firstRow[d]!) return undefined;
    return this.mention(this.firstRow[d]! + i, docId);
  }

  mentionAt(docId: string, start: number, end: number): Mention | null {
    const d = this.docAt.get(docId);
    if (d === undefined) return null;
    const { rows } = this;
    let best = -1;
    for (let r = this.firstRow[d]!; r < this.firstRow[d + 1]!; r++) {
      const s = rows.get(r, START);
      const e = rows.get(r, END);
      if (s > start) break;
      if (e >= end && (best < 0 || e - s > rows.get(best, END) - rows.get(best, START))) best = r;
    }
    return best < 0 ? null : this.mention(best, docId);
  }

  *entries(): Generator<[string, readonly Mention[]]> {
    for (const docId of this.docIds) yield [docId, this.mentionsIn(docId)];
  }
}
