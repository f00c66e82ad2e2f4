// Citations: every answer line points at an article's outlet, day, passage and link.

import type { Coverage } from "../coverage.ts";
import type { SourceRef } from "../types.ts";

export function sourceRef(
  coverage: Coverage,
  docId: string,
  passageId: string,
  start: number,
  end: number,
): SourceRef {
  const meta = coverage.articles.get(docId)?.meta;
  return {
    docId,
    passageId,
    outlet: meta?.outlet ?? null,
    url: meta?.url ?? null,
    published: meta?.published ?? null,
    start,
    end,
  };
}

/** Normalised text for spotting the same sentence carried by several outlets. */
export function sameTextKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Share of word 3-grams two texts have in common (Jaccard): wire copy scores near 1. */
export function overlap(a: string, b: string): number {
  const grams = (s: string) => {
    const w = sameTextKey(s).split(" ");
    const g = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) g.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    if (w.length < 3) g.add(w.join(" "));
    return g;
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.max(1, ga.size + gb.size - shared);
}
