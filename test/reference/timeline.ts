// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// /timeline [query]: the events of an actor or a topic (or all of them) in date order, one line
// each with its day and sources. Undated events are left off the timeline and counted.

import { sortByDate } from "../../src/analysis/events/index.ts";
import type { TimelineAnswer } from "../../src/answers/event-types.ts";
import { cleanQuery } from "../../src/answers/query.ts";
import { TIMELINE_PAGE } from "../../src/answers/timeline.ts";
import type { ErrorAnswer } from "../../src/answers/types.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { CoverageEvent } from "../../src/types.ts";
import { eventsOf, fullCard, searchEvents, toCard } from "./event.ts";

/** A topic's timeline takes every event scoring at least this share of the best one. */
const TIMELINE_RELATIVE = 0.2;

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
    if (named && all.some((e) => e.actors.includes(named.name))) {
      actor = named.name;
      picked = all.filter((e) => e.actors.includes(named.name));
    } else picked = searchEvents(coverage, query, TIMELINE_RELATIVE).map((h) => h.event);
  }
  const dated = sortByDate(picked.filter((e) => e.date !== null));
  const answer: TimelineAnswer = {
    command: "timeline",
    query,
    actor,
    events: dated.slice(0, TIMELINE_PAGE).map((e) => toCard(coverage, e)),
    eventCount: dated.length,
    undated: picked.length - dated.length,
    ...(typeof out === "string" && out.trim() ? { out: out.trim() } : {}),
  };
  // The cards as they were: every source, figure and disagreement, in coverage order.
  const full = () => dated.map((e) => fullCard(coverage, e));
  Object.defineProperty(answer, "fullEvents", { value: full, enumerable: false });
  return answer;
}
