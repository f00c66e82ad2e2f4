// Building the index's flat parts: per-passage (term, tf) pairs while counting document
// frequencies, then a counting sort of the pairs into per-term postings, which come out ascending
// by passage id. Articles' headlines go through the same steps into a second set of postings (the
// title field), over the same term list: a word only a headline has is a term with no body postings.

import { scanTerms, wordTerm } from "./tokenize.ts";
import type { IndexOptions, IndexParts, IndexProgress, TitleInput, TitleParts } from "./types.ts";

/** Growable typed array of 32-bit unsigned integers. */
class U32 {
  data: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Term dictionary shared by the fields. */
class Terms {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  /** Each word token's term id (-1: no term) as first read: a word's term depends on the word
   *  alone, and one lookup by the word spares the tokenizer's by the word and this by the term. */
  readonly wordIds = new Map<string, number>();
  idOf(t: string): number {
    let id = this.ids.get(t);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(t, id);
      this.list.push(t);
    }
    return id;
  }
  wordId(raw: string): number {
    let id = this.wordIds.get(raw);
    if (id === undefined) {
      const t = wordTerm(raw);
      id = t ? this.idOf(t) : -1;
      this.wordIds.set(raw, id);
    }
    return id;
  }
}

/** A document's term counts: by term id, with the ids in first-seen order (the order of its pairs). */
class DocCounts {
  counts = new Uint32Array(1024);
  readonly seen = new U32(256);
  /** Terms counted, repeats included. */
  total = 0;
  count(id: number): void {
    this.total++;
    if (id >= this.counts.length) {
      const next = new Uint32Array(Math.max(id + 1, this.counts.length * 2));
      next.set(this.counts);
      this.counts = next;
    }
    if (this.counts[id]!++ === 0) this.seen.push(id);
  }
  /** Zeroes the counts for the next document. */
  clear(): void {
    for (let i = 0; i < this.seen.length; i++) this.counts[this.seen.data[i]!] = 0;
    this.seen.length = 0;
    this.total = 0;
  }
}

/** One field's (term, tf) pairs, document after document. */
class Pairs {
  readonly term = new U32(4096);
  tf = new Uint16Array(4096);
  readonly start: Uint32Array;
  readonly lengths: Uint16Array;
  private readonly doc = new DocCounts();
  constructor(docs: number) {
    this.start = new Uint32Array(docs + 1);
    this.lengths = new Uint16Array(docs);
  }
  add(doc: number, text: string, dict: Terms, docLength: IndexOptions["docLength"]): void {
    this.start[doc] = this.term.length;
    const counts = this.doc;
    counts.clear();
    scanTerms(text, {
      word(raw) {
        const id = dict.wordId(raw);
        if (id >= 0) counts.count(id);
      },
      term: (t) => counts.count(dict.idOf(t)),
    });
    const { seen } = counts;
    this.lengths[doc] = Math.min(65535, docLength === "unique" ? seen.length : counts.total);
    for (let i = 0; i < seen.length; i++) {
      const id = seen.data[i]!;
      this.term.push(id);
      if (this.tf.length < this.term.data.length) {
        const next = new Uint16Array(this.term.data.length);
        next.set(this.tf);
        this.tf = next;
      }
      this.tf[this.term.length - 1] = Math.min(65535, counts.counts[id]!);
    }
    this.start[doc + 1] = this.term.length;
  }
  /** Postings per term of `nTerms`, by counting sort. */
  postings(nTerms: number): { offsets: Uint32Array; docs: Uint32Array; tfs: Uint16Array } {
    const n = this.lengths.length;
    const offsets = new Uint32Array(nTerms + 1);
    for (let p = 0; p < this.term.length; p++) offsets[this.term.data[p]! + 1]!++;
    for (let t = 0; t < nTerms; t++) offsets[t + 1]! += offsets[t]!;
    const fill = offsets.slice(0, nTerms);
    const docs = new Uint32Array(this.term.length);
    const tfs = new Uint16Array(this.term.length);
    for (let i = 0; i < n; i++) {
      for (let p = this.start[i]!; p < this.start[i + 1]!; p++) {
        const at = fill[this.term.data[p]!]!++;
        docs[at] = i;
        tfs[at] = this.tf[p]!;
      }
    }
    return { offsets, docs, tfs };
  }
}

export function buildParts(
  passages: readonly { text: string }[],
  options: IndexOptions,
  titles: TitleInput | null,
  onProgress?: IndexProgress,
): IndexParts {
  const n = passages.length;
  const dict = new Terms();
  const body = new Pairs(n);
  const every = Math.max(1, Math.floor(n / 100));
  onProgress?.(0, n);
  for (let i = 0; i < n; i++) {
    body.add(i, passages[i]!.text, dict, options.docLength);
    if (onProgress && (i + 1) % every === 0) onProgress(i + 1, n);
  }
  const head = titles ? new Pairs(titles.titles.length) : null;
  if (head && titles) for (const [a, t] of titles.titles.entries()) head.add(a, t, dict, "tokens");
  const T = dict.list.length;
  const { offsets, docs, tfs } = body.postings(T);
  let titleParts: TitleParts | null = null;
  if (head && titles) {
    titleParts = { ...head.postings(T), lengths: head.lengths, starts: titles.starts };
  }
  onProgress?.(n, n);
  return {
    size: n,
    terms: dict.list,
    offsets,
    docs,
    tfs,
    lengths: body.lengths,
    options,
    titles: titleParts,
  };
}
