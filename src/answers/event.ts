// /event: the events that best match a query (BM25 over each event's label, kind words, actors,
// places and the sentences that report it), each as a card: what, when (day and the article's
// words), where, who, figures and the cited sentences. Nothing matching → no events.

import { KINDS } from "../analysis/events/kinds.ts";
import type { Coverage } from "../coverage.ts";
import { tokens } from "../search/tokenize.ts";
import { IntRows } from "../text/int-rows.ts";
import type { CoverageEvent, SourceRef } from "../types.ts";
import { eventCards, withFullEvents } from "./event-cards.ts";
import type { EventAnswer } from "./event-types.ts";
import { firstK } from "./first-k.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { NameLookup } from "./name-lookup.ts";
import { cleanQuery } from "./query.ts";
import { sortArrayInSteps } from "./sort-steps.ts";
import { TermKeys } from "./term-keys.ts";
import type { Choice, ErrorAnswer } from "./types.ts";

export const DEFAULT_EVENT_LIMIT = 3;
/** Share of the query's IDF mass an event must match to count. */
export const MIN_EVENT_COVERAGE = 0.5;
/** Events scoring below this share of the best one are padding. */
export const MIN_EVENT_RELATIVE = 0.35;

const FIELD_WEIGHTS = { label: 3, kind: 2, actors: 2, places: 2, text: 1 } as const;
const K1 = 1.2;
const B = 0.75;

/** The events holding a term: ascending positions in the event list, and the term's weighted
 *  count in each. */
interface Posting {
  docs: Uint32Array;
  tf: Uint16Array;
}

export interface EventIndex {
  /** The event list indexed (a coverage given a new list is indexed again). */
  events: readonly CoverageEvent[];
  /** Per event, BM25's length norm: K1 * (1 - B + B * length / average length). */
  norms: Float64Array;
  /** Each term's postings, laid out term after term in two flat arrays (a JS array of numbers
   *  per term took ~400 bytes a passage at 138k passages, over twice this): the term's number,
   *  and where its run starts in `docs`/`tf` (`starts[n]` to `starts[n + 1]`). */
  terms: TermKeys;
  starts: Uint32Array;
  docs: Uint32Array;
  /** Weighted counts are small (a label word counts 3): 16 bits, capped, as the passage index's. */
  tf: Uint16Array;
}

/** A term's postings (views into the flat arrays), or undefined when no event holds it. */
function postingOf(index: EventIndex, term: string): Posting | undefined {
  const n = index.terms.get(term);
  if (n === undefined) return undefined;
  const from = index.starts[n]!;
  const to = index.starts[n + 1]!;
  return { docs: index.docs.subarray(from, to), tf: index.tf.subarray(from, to) };
}

/** The coverage's events (built at start-up; derived here for a coverage built without them). */
export function eventsOf(coverage: Coverage): CoverageEvent[] {
  return coverage.events ?? [];
}

function textOf(coverage: Coverage, s: SourceRef): string {
  return coverage.articles.get(s.docId)?.text.slice(s.start, s.end) ?? "";
}

/** The events' postings, one per coverage (answers/indexes.ts). */
export const EVENT_INDEX: IndexSlot<EventIndex> = {
  name: "events",
  build: (coverage) => runAll(eventIndexSteps(coverage)),
  steps: eventIndexSteps,
  fits: (index, coverage) => index.events === eventsOf(coverage),
};
/** The events with the most sources first (stable): autocomplete's order for an empty query. */
export const EVENTS_BY_SOURCES: IndexSlot<CoverageEvent[]> = {
  name: "events-by-sources",
  build: (coverage) => runAll(bySourcesSteps(coverage)),
  steps: bySourcesSteps,
  fits: (sorted, coverage) => sorted.length === eventsOf(coverage).length,
};

function bySourcesSteps(coverage: Coverage): Generator<void, CoverageEvent[]> {
  return sortArrayInSteps(eventsOf(coverage), (a, b) => b.sources.length - a.sources.length);
}

export function eventIndex(coverage: Coverage): EventIndex {
  return indexesOf(coverage).get(EVENT_INDEX);
}

/** Work between two yields of the build, in units: a term posted is 1, a source's text read or an
 *  event begun 8. An event reported by thousands of articles is split too, so no piece of the
 *  build grows with the corpus (a piece was 32 events, however many sources each had). */
const EVENT_PIECE = 2048;

function* eventIndexSteps(coverage: Coverage): Generator<void, EventIndex> {
  const events = eventsOf(coverage);
  const lengths: number[] = [];
  // Postings as rows (term, event, count) in event order, grouped by term at the end: no list
  // per term while the index grows (at a million passages the lists were tens of millions of
  // numbers in the old generation, each grown by copying).
  const terms = new Map<string, number>();
  const found = new IntRows(3);
  const perTerm = new IntRows(1);
  let work = 0;
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
    // The outlets carrying one wire story cite the same sentence thousands of times: each text is
    // tokenized once and counted as often as it is cited (the same counts, terms in the same order).
    const cited = new Map<string, number>();
    for (const s of event.sources) {
      const text = textOf(coverage, s);
      cited.set(text, (cited.get(text) ?? 0) + 1);
      if (++work >= EVENT_PIECE) {
        work = 0;
        yield;
      }
    }
    for (const [text, times] of cited) {
      add(text, FIELD_WEIGHTS.text * times);
      work += 8;
      if (work >= EVENT_PIECE) {
        work = 0;
        yield;
      }
    }
    let length = 0;
    for (const [term, n] of tf) {
      length += n;
      let id = terms.get(term);
      if (id === undefined) {
        id = terms.size;
        terms.set(term, id);
        perTerm.append();
      }
      perTerm.set(id, 0, perTerm.get(id, 0) + 1);
      const r = found.append();
      found.set(r, 0, id);
      found.set(r, 1, lengths.length);
      found.set(r, 2, n);
      if (++work >= EVENT_PIECE) {
        work = 0;
        yield;
      }
    }
    lengths.push(length);
    work += 8;
    if (work >= EVENT_PIECE) {
      work = 0;
      yield;
    }
  }
  const avgLength = lengths.reduce((s, l) => s + l, 0) / Math.max(1, lengths.length);
  const norms = Float64Array.from(lengths, (l) => K1 * (1 - B + (B * l) / avgLength));
  return { events, norms, terms: yield* TermKeys.fromMap(terms), ...(yield* byTerm(found, perTerm)) };
}

/** The postings grouped term after term into flat typed arrays (a counting sort: each term's
 *  events stay ascending), a few thousand entries a step. */
function* byTerm(
  found: IntRows,
  perTerm: IntRows,
): Generator<void, Pick<EventIndex, "starts" | "docs" | "tf">> {
  const starts = new Uint32Array(perTerm.length + 1);
  for (let t = 0; t < perTerm.length; t++) starts[t + 1] = starts[t]! + perTerm.get(t, 0);
  const next = starts.slice(0, perTerm.length);
  const docs = new Uint32Array(found.length);
  const tf = new Uint16Array(found.length);
  for (let r = 0; r < found.length; r++) {
    const at = next[found.get(r, 0)]!++;
    docs[at] = found.get(r, 1);
    tf[at] = Math.min(65535, found.get(r, 2));
    if (r % (EVENT_PIECE * 16) === EVENT_PIECE * 16 - 1) yield;
  }
  return { starts, docs, tf };
}

/** The first position from `at` whose doc is not below `doc` (`docs` ascending): galloping, so a
 *  long list read at a few candidates costs a few steps each. */
function seek(docs: ArrayLike<number>, doc: number, at: number): number {
  let step = 1;
  let hi = at;
  while (hi < docs.length && docs[hi]! < doc) {
    at = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, docs.length);
  while (at < hi) {
    const mid = (at + hi) >> 1;
    if (docs[mid]! < doc) at = mid + 1;
    else hi = mid;
  }
  return at;
}

/** Positions (ascending) of the events that can hold enough of the query's IDF mass. The
 *  commonest terms whose mass together stays under MIN_EVENT_COVERAGE cannot make an event
 *  match on their own, so only events holding one of the other ("essential") terms are read:
 *  for "what did the ministry announce about X", the events holding X, not every event holding
 *  "ministry". The answer is the same as reading every event holding any term. */
function candidates(
  index: EventIndex,
  terms: readonly string[],
  idf: (t: string) => number,
  total: number,
): Iterable<number> {
  let optional = 0;
  const essential: string[] = [];
  for (const t of [...terms].sort((a, b) => idf(a) - idf(b))) {
    // A margin: an event's own sum of the optional terms (in query order) may round differently.
    if ((optional + idf(t)) / total < MIN_EVENT_COVERAGE - 1e-9) optional += idf(t);
    else essential.push(t);
  }
  const lists = essential.map((t) => postingOf(index, t)?.docs ?? []);
  if (lists.length === 1) return lists[0]!;
  const holding = new Set<number>();
  for (const list of lists) for (const i of list) holding.add(i);
  return [...holding].sort((a, b) => a - b);
}

export interface EventHit {
  event: CoverageEvent;
  score: number;
}

/** The events matching a query as parallel lists (no object per match: a broad question matches
 *  tens of thousands of events at a million passages): positions in the event list, ascending,
 *  and their scores. */
export interface EventMatches {
  events: readonly CoverageEvent[];
  at: number[];
  score: number[];
}

/** Best first, over indexes into `m`: score, then the more sources, then the earlier event. */
export const byScoreIn =
  (m: EventMatches) =>
  (k: number, j: number): number =>
    m.score[j]! - m.score[k]! ||
    m.events[m.at[j]!]!.sources.length - m.events[m.at[k]!]!.sources.length ||
    m.at[k]! - m.at[j]!;

/** Every event matching enough of the query (the same rule as /ask), in event-list order. */
function matchEvents(coverage: Coverage, query: string): EventMatches {
  const index = eventIndex(coverage);
  const out: EventMatches = { events: index.events, at: [], score: [] };
  const terms = [...new Set(tokens(query).map((t) => t.term))];
  const n = index.events.length;
  const idf = (t: string) => {
    const d = postingOf(index, t)?.docs.length ?? 0;
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  };
  const total = terms.reduce((s, t) => s + idf(t), 0);
  if (total === 0) return out;
  const lists = terms.map((t) => postingOf(index, t));
  const weights = terms.map(idf);
  const cursors = terms.map(() => 0);
  // Event at a time over ascending candidates, each term's list read forward from its cursor.
  for (const i of candidates(index, terms, idf, total)) {
    let score = 0;
    let matched = 0;
    for (let k = 0; k < terms.length; k++) {
      const p = lists[k];
      if (!p) continue;
      const at = seek(p.docs, i, cursors[k]!);
      cursors[k] = at;
      if (p.docs[at] !== i) continue;
      const f = p.tf[at]!;
      matched += weights[k]!;
      score += (weights[k]! * f * (K1 + 1)) / (f + index.norms[i]!);
    }
    if (matched / total >= MIN_EVENT_COVERAGE) {
      out.at.push(i);
      out.score.push(score);
    }
  }
  return out;
}

/** The matches and the indexes (into them, ascending) of those scoring at least `minRelative`
 *  of the best one, for callers with an order of their own. */
export function eventsAbove(
  coverage: Coverage,
  query: string,
  minRelative: number,
): { matches: EventMatches; kept: number[] } {
  const matches = matchEvents(coverage, query);
  let top = 0;
  for (const x of matches.score) if (x > top) top = x;
  const kept: number[] = [];
  matches.score.forEach((x, k) => {
    if (x >= top * minRelative) kept.push(k);
  });
  return { matches, kept };
}

/** The best `limit` matching events (every one by default), best first, scoring at least
 *  `minRelative` of the best one. */
export function searchEvents(
  coverage: Coverage,
  query: string,
  minRelative = MIN_EVENT_RELATIVE,
  limit = Number.POSITIVE_INFINITY,
): EventHit[] {
  const m = matchEvents(coverage, query);
  const all = m.at.map((_, k) => k);
  const best = limit >= all.length ? all.sort(byScoreIn(m)) : firstK(all, limit, byScoreIn(m));
  const top = m.score[best[0] ?? -1] ?? 0;
  return best
    .filter((k) => m.score[k]! >= top * minRelative)
    .map((k) => ({ event: m.events[m.at[k]!]!, score: m.score[k]! }));
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
  const hits = searchEvents(coverage, q.text, MIN_EVENT_RELATIVE, n);
  const events = hits.map((h) => h.event);
  const scores = hits.map((h) => h.score);
  const answer: EventAnswer = {
    command: "event",
    query: q.text,
    events: eventCards(coverage, events, scores),
  };
  return withFullEvents(answer, coverage, events, scores);
}

/** Event labels in a MiniSearch name lookup (the best-covered first on equal matches). */
export const EVENT_LABELS: IndexSlot<{ events: readonly CoverageEvent[]; lookup: NameLookup }> = {
  name: "event-labels",
  build: (coverage) => runAll(eventLabelSteps(coverage)),
  steps: eventLabelSteps,
  fits: (built, coverage) => built.events === eventsOf(coverage),
};

function* eventLabelSteps(
  coverage: Coverage,
): Generator<void, { events: readonly CoverageEvent[]; lookup: NameLookup }> {
  const events = eventsOf(coverage);
  const names = events.map((e, i) => [i, e.label] as const);
  return { events, lookup: yield* NameLookup.inSteps(names, (i) => events[i]!.sources.length) };
}

/** Event labels for a partly typed query: labels whose words the typed words start (or, from 4
 *  letters, nearly spell), then, if those are fewer than 25, the events the query finds; the
 *  best-covered events first. */
export function eventChoices(coverage: Coverage, partial: string): Choice[] {
  const all = eventsOf(coverage);
  const seen = new Set<string>();
  const out: Choice[] = [];
  const take = (events: Iterable<CoverageEvent>): boolean => {
    for (const e of events) {
      const value = e.label.slice(0, 100);
      if (seen.has(value)) continue;
      seen.add(value);
      const name = `${e.date ?? "undated"} · ${e.label}`;
      out.push({ name: name.length > 100 ? `${name.slice(0, 99)}…` : name, value });
      if (out.length >= 25) return true;
    }
    return false;
  };
  if (partial.trim() === "") {
    take(indexesOf(coverage).get(EVENTS_BY_SOURCES));
    return out;
  }
  const named = indexesOf(coverage)
    .get(EVENT_LABELS)
    .lookup.complete(partial, 25)
    .map((h) => all[h.owner]!);
  // The search reads every event holding a typed word (most of them, for a common word at a
  // million passages): only when the names leave room.
  if (take(named) || tokens(partial).length === 0) return out;
  take(searchEvents(coverage, partial, 0).map((h) => h.event));
  return out;
}
