// /timeline [query]: the events of an actor or a topic (or all of them) in date order, one line
// each with its day and sources. Undated events are left off the timeline and counted.

import { sortByDate } from "../analysis/events/index.ts";
import type { Coverage } from "../coverage.ts";
import type { CoverageEvent } from "../types.ts";
import { eventIndex, eventsOf, searchEvents, toCard } from "./event.ts";
import type { TimelineAnswer } from "./event-types.ts";
import { cleanQuery } from "./query.ts";
import type { ErrorAnswer } from "./types.ts";

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
  let picked: CoverageEvent[];
  let actor: string | null = null;
  const all = eventsOf(coverage);
  if (query === null) picked = all;
  else {
    const named = coverage.actors?.resolve(query) ?? null;
    const own = named ? eventIndex(coverage).byActor.get(named.name) : undefined;
    if (named && own && own.length > 0) {
      actor = named.name;
      picked = [...own];
    } else picked = searchEvents(coverage, query, TIMELINE_RELATIVE).map((h) => h.event);
  }
  const dated = sortByDate(picked.filter((e) => e.date !== null));
  return {
    command: "timeline",
    query,
    actor,
    events: dated.map((e) => toCard(coverage, e)),
    undated: picked.length - dated.length,
    ...(typeof out === "string" && out.trim() ? { out: out.trim() } : {}),
  };
}
