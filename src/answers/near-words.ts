// The words one edit away from a typed word, for the name lookups' typo class: each word under
// its own hash and the hashes of its one-letter deletions (SymSpell's deletion neighbourhood), a
// typed word's own variants find every word within one edit, and the edit distance keeps those
// (a hash collision only adds a candidate it rejects). It replaces a radix tree of Maps: at a
// million passages the actor names' tree alone was ~800,000 Maps; these postings are ~8 bytes a
// letter of each word, outside the heap.

import { editDistance } from "../text/similarity.ts";
import { HashPostings, hashSkipping } from "./hash-postings.ts";

export class NearWords {
  private constructor(
    private readonly wordAt: (i: number) => string,
    private readonly postings: HashPostings,
  ) {}

  /** The index of words 0 .. count - 1, built as pieces of work. */
  static *inSteps(count: number, wordAt: (i: number) => string): Generator<void, NearWords> {
    const postings = yield* HashPostings.inSteps(count, (i, emit) => {
      const w = wordAt(i);
      for (let skip = -1; skip < w.length; skip++) emit(hashSkipping(w, skip), i);
    });
    return new NearWords(wordAt, postings);
  }

  /** The words at exactly one edit (insert, delete or replace a letter) from `word`. */
  near(word: string): string[] {
    const ids = new Set<number>();
    for (let skip = -1; skip < word.length; skip++)
      this.postings.forEach(hashSkipping(word, skip), (id) => ids.add(id));
    const out: string[] = [];
    for (const id of ids) {
      const w = this.wordAt(id);
      if (w !== word && editDistance(word, w, 1) === 1) out.push(w);
    }
    return out;
  }
}
