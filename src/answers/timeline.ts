// /timeline [query]: the events of an actor or a topic (or all of them) in date order, one line
// each with its day and sources. Undated events are left off the timeline and counted. The
// date orders of every event and of each actor's are read from EVENT_ORDERS (event-cards.ts).

import { sortByDate } from "../analysis/events/index.ts";
import type { Coverage } from "../coverage.ts";
import { searchEvents } from "./event.ts";
import { type DatedEvents, eventCards, eventOrders, withFullEvents } from "./event-cards.ts";
import type { TimelineAnswer } from "./event-types.ts";
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
  let found: DatedEvents;
  if (query === null) found = eventOrders(coverage).all;
  else {
    const named = coverage.actors?.resolve(query) ?? null;
    const own = named ? eventOrders(coverage).byActor.get(named.name) : undefined;
    if (named && own) {
      actor = named.name;
      found = own;
    } else {
      const picked = searchEvents(coverage, query, TIMELINE_RELATIVE).map((h) => h.event);
      const dated = sortByDate(picked.filter((e) => e.date !== null));
      found = { dated, undated: picked.length - dated.length };
    }
  }
  const answer: TimelineAnswer = {
    command: "timeline",
    query,
    actor,
    events: eventCards(coverage, found.dated.slice(0, TIMELINE_PAGE)),
    eventCount: found.dated.length,
    undated: found.undated,
    ...(typeof out === "string" && out.trim() ? { out: out.trim() } : {}),
  };
  // Only the faces that list every event (JSON, terminal) build their cards.
  return withFullEvents(answer, coverage, found.dated);
}
