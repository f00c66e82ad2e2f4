// /timeline [query]: the events of an actor or a topic (or all of them) in date order, one line
// each with its day and sources. Undated events are left off the timeline and counted. The
// date orders of every event and of each actor's are read from EVENT_ORDERS (event-cards.ts).

import type { Coverage } from "../coverage.ts";
import type { CoverageEvent } from "../types.ts";
import { byScoreIn, eventsAbove } from "./event.ts";
import { eventCards, eventOrders, withFullEvents } from "./event-cards.ts";
import type { TimelineAnswer } from "./event-types.ts";
import { firstK } from "./first-k.ts";
import { cleanQuery } from "./query.ts";
import type { ErrorAnswer } from "./types.ts";

/** Cards the answer holds: what Discord lists and the image draws (40), the first in date order. */
export const TIMELINE_PAGE = 40;

/** A topic's timeline takes every event scoring at least this share of the best one. */
export const TIMELINE_RELATIVE = 0.2;

export function timeline(coverage: Coverage, rawQuery: unknown, out?: unknown): TimelineAnswer | ErrorAnswer {
  let query: string | null = null;
  if (
    rawQuery !== undefined &&
    rawQuery !== null &&
    !(typeof rawQuery === "string" && rawQuery.trim() === "")
  ) {
    const q = cleanQuery(rawQuery, "query");
    if (!q.ok) return { command: "timeline", error: q.error };
    query = q.text;
  }
  let actor: string | null = null;
  let found: TimelineEvents;
  const orders = eventOrders(coverage);
  const named = query === null ? null : (coverage.actors?.resolve(query) ?? null);
  const own = named ? orders.byActor.get(named.name) : undefined;
  if (query === null || (named && own)) {
    const list = own ?? orders.all;
    actor = own ? named!.name : null;
    found = {
      page: list.dated.slice(0, TIMELINE_PAGE),
      count: list.dated.length,
      undated: list.undated,
      every: () => list.dated,
    };
  } else found = topicEvents(coverage, query);
  const answer: TimelineAnswer = {
    command: "timeline",
    query,
    actor,
    events: eventCards(coverage, found.page),
    eventCount: found.count,
    undated: found.undated,
    ...(typeof out === "string" && out.trim() ? { out: out.trim() } : {}),
  };
  // Only the faces that list every event (JSON, terminal) build their cards.
  return withFullEvents(answer, coverage, found.every);
}

/** What a timeline shows: its first page, its counts, and (for the faces listing every one) all
 *  its dated events in date order, worked out only when asked for. */
interface TimelineEvents {
  page: readonly CoverageEvent[];
  count: number;
  undated: number;
  every: () => readonly CoverageEvent[];
}

/** A topic's events: those scoring at least TIMELINE_RELATIVE of the best, the first page picked
 *  from them in date order without sorting all of them (tens of thousands at a million passages). */
function topicEvents(coverage: Coverage, query: string): TimelineEvents {
  const { matches: m, kept } = eventsAbove(coverage, query, TIMELINE_RELATIVE);
  const eventAt = (k: number) => m.events[m.at[k]!]!;
  const dated = kept.filter((k) => eventAt(k).date !== null);
  const byScore = byScoreIn(m);
  // Date order, then the better match first within a day.
  const order = (k: number, j: number): number => {
    const a = eventAt(k).date!;
    const b = eventAt(j).date!;
    return a === b ? byScore(k, j) : a < b ? -1 : 1;
  };
  return {
    page: firstK(dated, TIMELINE_PAGE, order).map(eventAt),
    count: dated.length,
    undated: kept.length - dated.length,
    every: () => dated.sort(order).map(eventAt),
  };
}
