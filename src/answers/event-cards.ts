// Event cards for /event and /timeline, at a cost proportional to what they show. An event can be
// cited by hundreds of sentences (a wire story carried by every outlet): a card holds a page of
// them (one per outlet first) and their count, as it does of its figures and disagreements, and
// the JSON face alone lists every one (`withFullEvents`). The page of each event and the date orders a timeline reads are worked out once
// per coverage (EVENT_ORDERS, an answer index built in steps), not at every answer.

import { KINDS } from "../analysis/events/kinds.ts";
import type { Coverage } from "../coverage.ts";
import type { CoverageEvent, SourceRef } from "../types.ts";
import type { EventCard, EventSource } from "./event-types.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { sortArrayInSteps } from "./sort-steps.ts";

/** Cited sentences a card carries: more than a Discord embed or a terminal screen shows. */
export const EVENT_SOURCE_PAGE = 10;
/** Figures and disagreements a card carries (and values of one disagreement) (a much-reported event has hundreds of each): a
 *  Discord field of figures holds ~20, and an embed 25 fields in all. */
export const EVENT_FIGURE_PAGE = 20;
export const EVENT_CONFLICT_PAGE = 10;

/** A dated list with how many were left off for want of a day. */
interface DatedEvents {
  /** In date order (stable: events of one day keep coverage order). */
  dated: CoverageEvent[];
  undated: number;
}

export interface EventOrders {
  /** The event list these orders were built from (a coverage given a new list is ordered again). */
  events: readonly CoverageEvent[];
  /** Each event's page: positions in `event.sources`, each outlet's first sentence first; kept
   *  only where it is not the first sources in order (most events: one outlet, or a few
   *  sources), so the map holds a small share of the events (it held ~45 bytes a passage). */
  pages: Map<CoverageEvent, readonly number[]>;
  /** Every event, for the timeline of the whole coverage. */
  all: DatedEvents;
  /** Canonical actor name → that actor's events. */
  byActor: Map<string, DatedEvents>;
}

export const EVENT_ORDERS: IndexSlot<EventOrders> = {
  name: "event-orders",
  build: (coverage) => runAll(orderSteps(coverage)),
  steps: orderSteps,
  fits: (orders, coverage) => orders.events === (coverage.events ?? []),
};

/** The page of one event: round robin over its outlets (each one's first sentence, then each
 *  one's second, …), in source order within a round, at most EVENT_SOURCE_PAGE. */
export function sourcePage(sources: readonly SourceRef[], size = EVENT_SOURCE_PAGE): number[] {
  const byOutlet = new Map<string, number[]>();
  for (let i = 0; i < sources.length; i++) {
    const key = sources[i]!.outlet ?? "";
    const list = byOutlet.get(key);
    if (list) list.push(i);
    else byOutlet.set(key, [i]);
  }
  const lists = [...byOutlet.values()];
  const page: number[] = [];
  for (let round = 0; page.length < size && page.length < sources.length; round++) {
    const taken: number[] = [];
    for (const list of lists) if (round < list.length) taken.push(list[round]!);
    taken.sort((a, b) => a - b);
    page.push(...taken.slice(0, size - page.length));
  }
  return page;
}

/** Positions of the first sources in order, a page long: an event's page when none is kept. */
const inOrderPage = (sources: readonly SourceRef[]): number[] =>
  Array.from({ length: Math.min(sources.length, EVENT_SOURCE_PAGE) }, (_, i) => i);

const byDate = (a: CoverageEvent, b: CoverageEvent) =>
  a.date === b.date ? 0 : (a.date ?? "") < (b.date ?? "") ? -1 : 1;

function* orderSteps(coverage: Coverage): Generator<void, EventOrders> {
  const events = coverage.events ?? [];
  const pages = new Map<CoverageEvent, readonly number[]>();
  let work = 0;
  for (const e of events) {
    const page = sourcePage(e.sources);
    if (page.some((k, i) => k !== i)) pages.set(e, page);
    work += e.sources.length + 16;
    if (work > 8192) {
      work = 0;
      yield;
    }
  }
  const dated = yield* sortArrayInSteps(
    events.filter((e) => e.date !== null),
    byDate,
  );
  const byActor = new Map<string, DatedEvents>();
  const entry = (name: string) => {
    const known = byActor.get(name);
    if (known) return known;
    const made: DatedEvents = { dated: [], undated: 0 };
    byActor.set(name, made);
    return made;
  };
  // Actors are read in date order, so each actor's list comes out in date order.
  for (const [i, e] of dated.entries()) {
    for (const name of new Set(e.actors)) entry(name).dated.push(e);
    if (i % 4096 === 4095) yield;
  }
  for (const e of events) if (e.date === null) for (const name of new Set(e.actors)) entry(name).undated++;
  return { events, pages, all: { dated, undated: events.length - dated.length }, byActor };
}

export function eventOrders(coverage: Coverage): EventOrders {
  return indexesOf(coverage).get(EVENT_ORDERS);
}

const textOf = (coverage: Coverage, s: SourceRef): string =>
  coverage.articles.get(s.docId)?.text.slice(s.start, s.end) ?? "";

const withText = (coverage: Coverage, s: SourceRef): EventSource => ({ ...s, text: textOf(coverage, s) });

/** Cards for events (and their scores, for /event), reading the orders once. `every`: cards
 *  holding every source, in coverage order (the JSON face's, for a whole timeline). */
export function eventCards(
  coverage: Coverage,
  events: readonly CoverageEvent[],
  scores?: readonly number[],
  every = false,
): EventCard[] {
  const pages = every ? null : eventOrders(coverage).pages;
  return events.map((e, i) => {
    const sources = pages
      ? (pages.get(e) ?? inOrderPage(e.sources)).map((k) => withText(coverage, e.sources[k]!))
      : e.sources.map((s) => withText(coverage, s));
    return toCard(e, sources, every, scores?.[i]);
  });
}

/** `sources`: the page or every one; `every`: every figure and disagreement too. */
function toCard(e: CoverageEvent, sources: EventSource[], every: boolean, score?: number): EventCard {
  const figures = every ? e.figures : e.figures.slice(0, EVENT_FIGURE_PAGE);
  const conflicts = every ? (e.conflicts ?? []) : (e.conflicts ?? []).slice(0, EVENT_CONFLICT_PAGE);
  // A figure or a disputed value of a wire story is printed by thousands of articles at a million
  // passages: a page names the first few, as it cites a page of sentences.
  const docs = every ? Number.POSITIVE_INFINITY : EVENT_SOURCE_PAGE;
  return {
    id: e.id,
    label: e.label,
    kind: e.kind,
    kindTitle: KINDS[e.kind as keyof typeof KINDS]?.title ?? e.kind,
    date: e.date,
    dateText: e.dateText,
    dateBasis: e.dateBasis ?? null,
    status: e.status ?? "reported",
    places: e.places,
    actors: e.actors,
    figures: figures.map((f) => ({
      value: f.value,
      unit: f.unit,
      text: f.text,
      docIds: firstSources(f.sources ?? [], docs).map((s) => s.docId),
    })),
    sources,
    sourceCount: e.sources.length,
    figureCount: e.figures.length,
    conflicts: conflicts.map((c) => ({
      field: c.field,
      ...(c.unit !== undefined ? { unit: c.unit } : {}),
      // A figure reported thousands of times comes in hundreds of values: a page of them too.
      values: (every ? c.values : c.values.slice(0, EVENT_CONFLICT_PAGE)).map((v) => {
        const firsts = firstSources(v.sources, docs);
        const docIds = firsts.map((s) => s.docId);
        // The source carries its outlet: no lookup of its article per name shown.
        return { value: v.value, text: v.text, docIds, outlets: firsts.map(outletOf) };
      }),
      valueCount: c.values.length,
    })),
    conflictCount: e.conflicts?.length ?? 0,
    ...(score !== undefined ? { score: Math.round(score * 1000) / 1000 } : {}),
  };
}

/** The first source of each article in `sources`, the first `max` articles (read no further). */
function firstSources(sources: readonly SourceRef[], max: number): SourceRef[] {
  const seen = new Set<string>();
  const out: SourceRef[] = [];
  for (const s of sources) {
    if (seen.size >= max) break;
    if (seen.has(s.docId)) continue;
    seen.add(s.docId);
    out.push(s);
  }
  return out;
}

const outletOf = (s: SourceRef): string => s.outlet ?? "Unknown outlet";

/** Makes `fullEvents` a property of the answer that JSON and comparisons do not see: the cards
 *  of `events` (every one the answer matched, or a function giving them) with every source,
 *  built only when called. */
export function withFullEvents<A extends object>(
  answer: A,
  coverage: Coverage,
  events: readonly CoverageEvent[] | (() => readonly CoverageEvent[]),
  scores?: readonly number[],
): A {
  Object.defineProperty(answer, "fullEvents", {
    value: () => eventCards(coverage, typeof events === "function" ? events() : events, scores, true),
    enumerable: false,
  });
  return answer;
}
