// A term's number without keeping the term: an open-addressing table of 52-bit hashes in typed
// arrays. A Map of a million terms is ~100 MB of strings and entries that every full collection
// visits; this table is 12 bytes a slot, outside the heap. Two distinct terms share a key with
// odds of about n² / 2^53 (one in ten thousand for a million terms): a lookup may then read the
// other term's postings, never crash or miss its own.

import { hash32 } from "./hash-postings.ts";

/** A second, independent 20 bits (a multiply-xorshift mix, not FNV). */
function hash20(s: string): number {
  let h = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) & 0xfffff;
}

/** 52 bits of hash: exact in a double. */
export function hash52(s: string): number {
  return hash32(s) * 0x100000 + hash20(s);
}

const EMPTY = 0xffffffff;

export class TermKeys {
  private readonly mask: number;
  private readonly keys: Float64Array;
  private readonly ids: Uint32Array;

  private constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Float64Array(size);
    this.ids = new Uint32Array(size).fill(EMPTY);
  }

  /** The table of a Map's terms and numbers, built as pieces of work. */
  static *fromMap(terms: ReadonlyMap<string, number>, piece = 8192): Generator<void, TermKeys> {
    const table = new TermKeys(terms.size);
    let work = 0;
    for (const [term, id] of terms) {
      table.put(hash52(term), id);
      if (++work >= piece) {
        work = 0;
        yield;
      }
    }
    return table;
  }

  private put(key: number, id: number): void {
    let slot = (key >>> 0) & this.mask; // low 32 bits of the key: mostly the second hash
    while (this.ids[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.ids[slot] = id;
  }

  /** The term's number, or undefined when the table has no term of its key. */
  get(term: string): number | undefined {
    const key = hash52(term);
    for (let slot = (key >>> 0) & this.mask; this.ids[slot] !== EMPTY; slot = (slot + 1) & this.mask) {
      if (this.keys[slot] === key) return this.ids[slot];
    }
    return undefined;
  }
}
