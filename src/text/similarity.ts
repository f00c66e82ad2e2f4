// How alike two strings are: edit distance for near-spellings, trigram Jaccard for fuzzy lookup.

import { foldKey } from "./fold.ts";

/** Levenshtein distance, stopping early once above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The character trigrams of a name's folded key (padded: word starts count). */
export function trigramsOf(s: string): Set<string> {
  const t = `  ${foldKey(s)} `;
  const g = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) g.add(t.slice(i, i + 3));
  return g;
}

/** Jaccard similarity of character trigrams (0–1). */
export function trigramSimilarity(a: string, b: string): number {
  const ga = trigramsOf(a);
  const gb = trigramsOf(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.max(1, ga.size + gb.size - shared);
}
