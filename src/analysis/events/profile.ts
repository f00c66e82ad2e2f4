// What two groups of mentions share: actors, places and label words; and day arithmetic.

import { termOf } from "../../search/tokenize.ts";
import { TRIGGER_WORDS } from "./kinds.ts";
import type { Mention } from "./types.ts";

const STOP_LABEL = new Set(["u.s", "us", "said", "new"]);

/** Each label's terms: grouping, continuations and merging profile the same mentions many times. */
const TERMS = new Map<string, readonly string[]>();

function contentTerms(text: string): readonly string[] {
  const known = TERMS.get(text);
  if (known) return known;
  const out = termsOf(text);
  if (TERMS.size > 100_000) TERMS.clear();
  TERMS.set(text, out);
  return out;
}

function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(/[^\p{L}\p{N}'’.-]+/u)) {
    const t = termOf(w.replace(/\.$/, ""));
    if (t && !TRIGGER_WORDS.has(w.toLowerCase()) && !STOP_LABEL.has(t)) out.push(t);
  }
  return out;
}

export function overlapCount<T>(a: Iterable<T>, b: Set<T>): number {
  let n = 0;
  // A set is read as it is (merging counts overlaps of sets for every candidate).
  for (const x of a instanceof Set ? a : new Set(a)) if (b.has(x)) n++;
  return n;
}

const DAY = 86_400_000;
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
/** Days since the epoch of an ISO day (cached: merging compares the same few days many times). */
const DAY_NUMBERS = new Map<string, number>();

export function dayNumber(iso: string): number {
  let n = DAY_NUMBERS.get(iso);
  if (n === undefined) {
    n = Date.parse(`${iso}T00:00:00Z`) / DAY;
    if (DAY_NUMBERS.size > 100_000) DAY_NUMBERS.clear();
    DAY_NUMBERS.set(iso, n);
  }
  return n;
}

export interface Profile {
  actors: Set<string>;
  places: Set<string>;
  terms: Set<string>;
}

export function profile(mentions: Mention[]): Profile {
  const p: Profile = { actors: new Set(), places: new Set(), terms: new Set() };
  for (const m of mentions) for (const a of m.actorIds) p.actors.add(a);
  for (const m of mentions) for (const x of m.places) p.places.add(x.key);
  for (const m of mentions) for (const t of contentTerms(m.label)) p.terms.add(t);
  return p;
}

/** Shared actors, places and label words; an actor in many events (a president) counts for less. */
export function similarity(a: Profile, b: Profile, actorWeight: (id: string) => number = () => 1): number {
  let actors = 0;
  for (const x of a.actors) if (b.actors.has(x)) actors += actorWeight(x);
  return actors + overlapCount(a.places, b.places) + 0.5 * overlapCount(a.terms, b.terms);
}
