// How far a label set's speaker accuracy can be trusted: a percentile bootstrap that resamples
// whole articles, not rows, because one article's misses hang together (a wrong speaker is
// inherited by the quotations that go on from it). A 30-article set like BBC set 2 moves by
// several points between draws, which a row-level interval would understate.

import { mulberry32 } from "./random.ts";

/** One article's attributed label rows: how many, and how many got the right speaker. */
export interface ArticleTally {
  right: number;
  total: number;
}

/** The central `level` interval of speaker accuracy over `draws` resamples of the articles
 *  (seeded, so every run prints the same figures), in percent. */
export function articleInterval(
  articles: readonly ArticleTally[],
  draws = 2000,
  level = 0.95,
  seed = 2025,
): { low: number; high: number } {
  const used = articles.filter((a) => a.total > 0);
  if (!used.length) return { low: 0, high: 0 };
  const rand = mulberry32(seed);
  const shares: number[] = [];
  for (let d = 0; d < draws; d++) {
    let right = 0;
    let total = 0;
    for (let i = 0; i < used.length; i++) {
      const a = used[Math.floor(rand() * used.length)]!;
      right += a.right;
      total += a.total;
    }
    shares.push((100 * right) / total);
  }
  shares.sort((x, y) => x - y);
  const cut = (q: number) => shares[Math.min(draws - 1, Math.max(0, Math.round(q * (draws - 1))))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { low: round(cut((1 - level) / 2)), high: round(cut(1 - (1 - level) / 2)) };
}
