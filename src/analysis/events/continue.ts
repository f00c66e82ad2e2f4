// One event per happening: the undated past clauses right after a dated event that go on about it
// (the next sentence, or one more with the same people or words) become mentions of that event, so
// it cites them; the others are dropped (a clause with neither day nor trigger is no event alone).

import { overlapCount, profile } from "./profile.ts";
import type { DocCluster, Mention } from "./types.ts";

/** Sentences after a dated event's mention within which an undated clause may go on about it. */
export const CONTINUE_WINDOW = 8;

/** Everyone the mentions' sentences name (going on about a story reads the whole sentence). */
const sentenceActors = (ms: readonly Mention[]) =>
  new Set(ms.flatMap((x) => x.sentenceActorIds ?? x.actorIds));

/** The event's latest mention before a sentence. */
function lastBefore(ms: readonly Mention[], index: number): Mention | undefined {
  let best: Mention | undefined;
  for (const x of ms) if (x.index < index && (!best || x.index > best.index)) best = x;
  return best;
}

/** Adds each pending clause to the dated event it goes on about. */
export function attachContinuations(clusters: DocCluster[], pending: readonly Mention[]): void {
  if (pending.length === 0) return;
  const dated = clusters.filter((c) => c.date);
  const profiles = new Map<DocCluster, ReturnType<typeof profile>>();
  const profileOf = (c: DocCluster) => {
    const known = profiles.get(c);
    if (known) return known;
    const p = profile(c.mentions);
    profiles.set(c, p);
    return p;
  };
  for (const m of pending) {
    // The event it goes on about: the one told in the sentence just before; else one whose own
    // clauses name the clause's people (a happening told in passing between them, "where the
    // Aug. 7 blasts killed 257", is no story to go on with); else the nearest.
    let best: { c: DocCluster; gap: number; rank: number } | null = null;
    for (const c of dated) {
      // (its mentions are in text order but for the clauses joined so far, which come last)
      const before = lastBefore(c.mentions, m.index);
      if (!before || before.future) continue;
      const gap = m.index - before.index;
      if (gap > CONTINUE_WINDOW) continue;
      const own =
        m.actorIds.length > 0 && c.mentions.some((x) => x.actorIds.some((a) => m.actorIds.includes(a)));
      const rank = gap === 1 ? 0 : own ? 1 : 2;
      if (best && (best.rank < rank || (best.rank === rank && best.gap <= gap))) continue;
      if (rank === 2) {
        const pm = profile([m]);
        const pc = profileOf(c);
        const people = overlapCount(sentenceActors([m]), sentenceActors(c.mentions));
        if (people + overlapCount(pm.terms, pc.terms) === 0) continue;
      }
      best = { c, gap, rank };
    }
    // A clause that joins an event carries it on: the next clause may go on from it.
    if (best) {
      best.c.mentions.push(m);
      profiles.delete(best.c);
    }
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.index - b.index);
}
