// Citations: every answer line points at an article's outlet, day, passage and link.

import type { Coverage } from "../coverage.ts";
import type { SourceRef } from "../types.ts";

export function sourceRef(
  coverage: Pick<Coverage, "articles">,
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

// Answers compare the same passages and sentences many times per question (and across
// questions): the normalised key and 3-gram set of a text are remembered (bounded).
const MEMO_LIMIT = 4096;
const keyMemo = new Map<string, string>();
const gramMemo = new Map<string, Set<string>>();
function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Normalised text for spotting the same sentence carried by several outlets. */
export function sameTextKey(text: string): string {
  return keyMemo.get(text) ?? remember(keyMemo, text, computeKey(text));
}

function computeKey(text: string): string {
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
    const known = gramMemo.get(s);
    if (known) return known;
    const w = sameTextKey(s).split(" ");
    const g = new Set<string>();
    for (let i = 0; i + 2 < w.length; i++) g.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
    if (w.length < 3) g.add(w.join(" "));
    return remember(gramMemo, s, g);
  };
  const ga = grams(a);
  const gb = grams(b);
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / Math.max(1, ga.size + gb.size - shared);
}
