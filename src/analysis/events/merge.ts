// Mentions of one event across outlets: an article's cluster joins the event of its kind it shares
// the most people, places and label words with, when the days agree. Linear in the corpus:
// candidates come from an inverted index per kind, so a cluster is compared with a handful of events.

import { type DateTally, tallyOf } from "./date-tally.ts";
import { type EventKind, KINDS } from "./kinds.ts";
import { CandidateIndex } from "./merge-index.ts";
import { dayNumber, overlapCount, type Profile, profile, similarity } from "./profile.ts";
import type { DocCluster } from "./types.ts";

/** An actor in more than this many events weighs less as evidence that two mentions are one event. */
export const ACTOR_SPREAD = 4;

export interface Global {
  kind: EventKind;
  parts: DocCluster[];
  profile: Profile;
  docs: Set<string>;
  /** The day its parts agree on (dominantDate), kept as parts join: read for every candidate. */
  date?: string | null;
  /** That day as a day number (see dayOf). */
  day?: number | null;
  /** The parts' days, kept as they join. */
  dates: DateTally;
}

/** Every cluster an event of its own (what merging starts from). */
export function eachAlone(clusters: DocCluster[]): Global[] {
  return clusters.map((c) => ({
    kind: c.kind,
    parts: [c],
    profile: ownProfile(c),
    docs: new Set([c.docId]),
    dates: tallyOf([c]),
  }));
}

/** What an article's event is known by across outlets. Two outlets' announcements are one only when
 *  they say the same words: their own words, not those of the clauses that go on about them. */
function ownProfile(c: DocCluster): Profile {
  const own = KINDS[c.kind].reporting && c.mentions.some((m) => m.continues);
  return profile(own ? c.mentions.filter((m) => !m.continues) : c.mentions);
}

/** `tick` is called once per cluster (a caller on two threads serves the other one meanwhile). */
export function mergeAcrossArticles(clusters: DocCluster[], tick: () => void = () => {}): Global[] {
  const order = [...clusters].sort(
    (a, b) => Number(Boolean(b.date)) - Number(Boolean(a.date)) || b.mentions.length - a.mentions.length,
  );
  const globals: Global[] = [];
  const spread = new Map<string, number>();
  for (const c of clusters)
    for (const a of new Set(c.mentions.flatMap((m) => m.actorIds))) spread.set(a, (spread.get(a) ?? 0) + 1);
  const weight = (id: string) => Math.min(1, ACTOR_SPREAD / (spread.get(id) ?? 1));
  // Candidates share at least one actor, place or label word (an inverted index per kind), so
  // each cluster is compared with a handful of events instead of every event of its kind.
  const index = new CandidateIndex<Global>();
  const keysOf = (kind: EventKind, p: Profile) => [
    ...[...p.actors].map((a) => `${kind}|a:${a}`),
    ...[...p.places].map((x) => `${kind}|p:${x}`),
    ...[...p.terms].map((t) => `${kind}|t:${t}`),
  ];
  for (const c of order) {
    tick();
    const pc = ownProfile(c);
    const cDay = c.date ? dayNumber(c.date) : null;
    const keys = keysOf(c.kind, pc);
    let best: Global | null = null;
    let bestSim = 0;
    for (const g of index.candidates(keys, cDay)) {
      const sim = mergeScore(c, pc, cDay, g, weight);
      if (sim > bestSim) {
        best = g;
        bestSim = sim;
      }
    }
    let target: Global;
    if (best) {
      target = best;
      best.parts.push(c);
      best.dates.add(c);
      best.date = undefined;
      best.docs.add(c.docId);
      for (const a of pc.actors) best.profile.actors.add(a);
      for (const p of pc.places) best.profile.places.add(p);
      for (const t of pc.terms) best.profile.terms.add(t);
    } else {
      target = { kind: c.kind, parts: [c], profile: pc, docs: new Set([c.docId]), dates: tallyOf([c]) };
      globals.push(target);
    }
    index.add(target, dayOf(target), keys);
  }
  return globals;
}

/** The event's day as a day number (kept with its date, which joining parts resets). */
function dayOf(g: Global): number | null {
  if (g.date === undefined) {
    g.date = g.dates.best()?.date ?? null;
    g.day = g.date ? dayNumber(g.date) : null;
  }
  return g.day ?? null;
}

/** How much cluster c is event g: its similarity when that is enough for their days, else 0. */
function mergeScore(
  c: DocCluster,
  pc: Profile,
  cDay: number | null,
  g: Global,
  weight: (id: string) => number,
): number {
  const gDay = dayOf(g);
  const gDate = g.date;
  // Days more than one apart never merge: skip before the costlier comparisons.
  const diff = cDay !== null && gDay !== null ? Math.abs(Math.round(cDay - gDay)) : 0;
  if (c.date && gDate && diff > 1) return 0;
  if (g.docs.has(c.docId)) return 0;
  const terms = overlapCount(pc.terms, g.profile.terms);
  // Two outlets' announcements are one only when they say the same words about it.
  if (KINDS[c.kind].reporting && terms < 2) return 0;
  // Without a day on one side, shared people alone do not make one event.
  if ((!c.date || !gDate) && terms + overlapCount(pc.places, g.profile.places) === 0) return 0;
  const sim = similarity(pc, g.profile, weight);
  let need: number;
  if (c.date && gDate) need = diff === 0 ? 1 : diff === 1 ? 2.5 : Number.POSITIVE_INFINITY;
  else if (c.date || gDate) need = 1.5;
  else need = 2;
  return sim >= need ? sim : 0;
}
