// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// /event: the events that best match a query (BM25 over each event's label, kind words, actors,
// places and the sentences that report it), each as a card: what, when (day and the article's
// words), where, who, figures and the cited sentences. Nothing matching → no events.

import { KINDS } from "../../src/analysis/events/kinds.ts";
// Only the search is the reference's own: every event is scored against a map of its terms (the
// bot reads postings). Cards, limits and weights are the bot's.
import { DEFAULT_EVENT_LIMIT, MIN_EVENT_COVERAGE, MIN_EVENT_RELATIVE } from "../../src/answers/event.ts";
import { eventCards } from "../../src/answers/event-cards.ts";
import type { EventAnswer, EventCard } from "../../src/answers/event-types.ts";
import { cleanQuery } from "../../src/answers/query.ts";
import type { ErrorAnswer } from "../../src/answers/types.ts";
import type { Coverage } from "../../src/coverage.ts";
import { tokens } from "../../src/search/tokenize.ts";
import type { CoverageEvent, SourceRef } from "../../src/types.ts";

export function toCard(coverage: Coverage, e: CoverageEvent, score?: number): EventCard {
  return eventCards(coverage, [e], score === undefined ? undefined : [score])[0]!;
}

/** The card as it was before cards held pages: every source, figure and disagreement (with the
 *  counts added since). What the JSON face must still give. */
export function fullCard(coverage: Coverage, e: CoverageEvent, score?: number): EventCard {
  const outlet = (docId: string) => coverage.articles.get(docId)?.meta.outlet ?? "Unknown outlet";
  return {
    ...toCard(coverage, e, score),
    figures: e.figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      text: f.text,
      docIds: [...new Set((f.sources ?? []).map((s) => s.docId))],
    })),
    sources: e.sources.map((s) => ({ ...s, text: textOf(coverage, s) })),
    conflicts: (e.conflicts ?? []).map((c) => ({
      field: c.field,
      ...(c.unit !== undefined ? { unit: c.unit } : {}),
      values: c.values.map((v) => {
        const docIds = [...new Set(v.sources.map((s) => s.docId))];
        return { value: v.value, text: v.text, docIds, outlets: docIds.map(outlet) };
      }),
      valueCount: c.values.length,
    })),
  };
}

const FIELD_WEIGHTS = { label: 3, kind: 2, actors: 2, places: 2, text: 1 } as const;
const K1 = 1.2;
const B = 0.75;

interface EventDoc {
  event: CoverageEvent;
  tf: Map<string, number>;
  length: number;
}

interface EventIndex {
  docs: EventDoc[];
  df: Map<string, number>;
  avgLength: number;
}

const cache = new WeakMap<object, EventIndex>();

/** The coverage's events (built at start-up; derived here for a coverage built without them). */
export function eventsOf(coverage: Coverage): CoverageEvent[] {
  return coverage.events ?? [];
}

function textOf(coverage: Coverage, s: SourceRef): string {
  return coverage.articles.get(s.docId)?.text.slice(s.start, s.end) ?? "";
}

function eventIndex(coverage: Coverage): EventIndex {
  const events = eventsOf(coverage);
  const hit = cache.get(events);
  if (hit) return hit;
  const docs: EventDoc[] = [];
  const df = new Map<string, number>();
  for (const event of events) {
    const tf = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const t of tokens(text)) tf.set(t.term, (tf.get(t.term) ?? 0) + weight);
    };
    add(event.label, FIELD_WEIGHTS.label);
    const info = KINDS[event.kind as keyof typeof KINDS];
    if (info) add(info.synonyms.join(" "), FIELD_WEIGHTS.kind);
    add(event.actors.join(" "), FIELD_WEIGHTS.actors);
    add(event.places.join(" "), FIELD_WEIGHTS.places);
    for (const s of event.sources) add(textOf(coverage, s), FIELD_WEIGHTS.text);
    let length = 0;
    for (const [term, n] of tf) {
      length += n;
      df.set(term, (df.get(term) ?? 0) + 1);
    }
    docs.push({ event, tf, length });
  }
  const avgLength = docs.reduce((s, d) => s + d.length, 0) / Math.max(1, docs.length);
  const index = { docs, df, avgLength };
  cache.set(events, index);
  return index;
}

export interface EventHit {
  event: CoverageEvent;
  score: number;
}

/** Events matching a query, best first, with the same "enough of the query" rule as /ask. */
export function searchEvents(
  coverage: Coverage,
  query: string,
  minRelative = MIN_EVENT_RELATIVE,
): EventHit[] {
  const index = eventIndex(coverage);
  const terms = [...new Set(tokens(query).map((t) => t.term))];
  const n = index.docs.length;
  const idf = (t: string) => {
    const d = index.df.get(t) ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const total = terms.reduce((s, t) => s + idf(t), 0);
  if (total === 0) return [];
  const hits: EventHit[] = [];
  for (const doc of index.docs) {
    let score = 0;
    let matched = 0;
    for (const t of terms) {
      const f = doc.tf.get(t);
      if (!f) continue;
      matched += idf(t);
      score += (idf(t) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / index.avgLength));
    }
    if (matched / total >= MIN_EVENT_COVERAGE) hits.push({ event: doc.event, score });
  }
  hits.sort((a, b) => b.score - a.score || b.event.sources.length - a.event.sources.length);
  const top = hits[0]?.score ?? 0;
  return hits.filter((h) => h.score >= top * minRelative);
}

export function event(
  coverage: Coverage,
  rawQuery: unknown,
  limit = DEFAULT_EVENT_LIMIT,
): EventAnswer | ErrorAnswer {
  const q = cleanQuery(rawQuery, "query");
  if (!q.ok) return { command: "event", error: q.error };
  if (tokens(q.text).length === 0) {
    return {
      command: "event",
      error: "That query has only common words; add what happened, who, or where.",
    };
  }
  const n = Math.max(1, Math.min(limit, 10));
  const hits = searchEvents(coverage, q.text).slice(0, n);
  const answer: EventAnswer = {
    command: "event",
    query: q.text,
    events: hits.map((h) => toCard(coverage, h.event, h.score)),
  };
  const full = () => hits.map((h) => fullCard(coverage, h.event, h.score));
  Object.defineProperty(answer, "fullEvents", { value: full, enumerable: false });
  return answer;
}
