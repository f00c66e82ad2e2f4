// The spelling index of a coverage: each index term of MIN_TERM letters or more under its own
// key and the keys of its one-letter deletions (SymSpell's deletion neighbourhood, depth 1), so a
// misspelled word's own deletions (up to two) find the terms within two edits of it without
// scanning the vocabulary. Keys are 32-bit hashes packed with the term id into doubles, sorted in
// 256 buckets: about 9 entries of 8 bytes per term, built in steps by the warm-up. A hash
// collision only adds a candidate, which the edit distance then rejects.

import type { Coverage } from "../coverage.ts";
import { hash32, hashSkipping } from "./hash-postings.ts";
import type { IndexSlot } from "./indexes.ts";

/** Shorter terms are reached by one-edit variants of the word asked (answers/spelling.ts). */
const MIN_TERM = 5;
const ID_BITS = 2 ** 22;
const TERMS_PER_STEP = 4000;
const BUCKETS = 256;

export interface SpellIndex {
  readonly index: Coverage["index"];
  readonly terms: readonly string[];
  /** Per bucket (the hash's top 8 bits): its low 24 bits × 2^22 + term id, ascending. */
  readonly buckets: Float64Array[];
}

function* buildSteps(coverage: Coverage): Generator<void, SpellIndex> {
  const { index } = coverage;
  const terms = index.parts().terms;
  const open: number[][] = Array.from({ length: BUCKETS }, () => []);
  const limit = Math.min(terms.length, ID_BITS);
  for (let id = 0; id < limit; id++) {
    const t = terms[id]!;
    if (t.length >= MIN_TERM && /^[a-z]+$/.test(t)) {
      // The term and each deletion (a run of one letter deletes to one string: once), hashed in place.
      for (let skip = -1; skip < t.length; skip++) {
        if (skip > 0 && t.charCodeAt(skip) === t.charCodeAt(skip - 1)) continue;
        const h = hashSkipping(t, skip);
        open[h >>> 24]!.push((h & 0xffffff) * ID_BITS + id);
      }
    }
    if (id % TERMS_PER_STEP === TERMS_PER_STEP - 1) yield;
  }
  const buckets: Float64Array[] = [];
  for (let b = 0; b < BUCKETS; b++) {
    buckets.push(Float64Array.from(open[b]!).sort());
    open[b] = [];
    if (b % 32 === 31) yield;
  }
  return { index, terms, buckets };
}

export const SPELL_INDEX: IndexSlot<SpellIndex> = {
  name: "spelling",
  build: (coverage) => {
    const steps = buildSteps(coverage);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  },
  steps: buildSteps,
  fits: (built, coverage) => built.index === coverage.index,
};

/** The ids of the terms one of whose keys is `variant`'s (a collision may add a stray one). */
export function termsUnder(spell: SpellIndex, variant: string, out: Set<number>): void {
  const h = hash32(variant);
  const bucket = spell.buckets[h >>> 24]!;
  const from = (h & 0xffffff) * ID_BITS;
  let lo = 0;
  let hi = bucket.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bucket[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < bucket.length && bucket[i]! < from + ID_BITS; i++) out.add(bucket[i]! - from);
}
