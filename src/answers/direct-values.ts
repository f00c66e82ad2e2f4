// The values of one kind a sentence states, read with the analyses' own readers: figures with
// units (events/figures), time expressions resolved against the article's day (dates), places
// (events/places) and named actors (the actor model's mentions). Every value is a span of the
// sentence: a direct answer never holds words the coverage does not.

import { findTimeExpressions } from "../analysis/dates/index.ts";
import { findFigures } from "../analysis/events/figures.ts";
import { findPlaces, placeKey } from "../analysis/events/places.ts";
import { tokens } from "../search/tokenize.ts";
import type { ActorModel, Mention } from "../types.ts";
import type { AnswerKind } from "./question-type.ts";

/** One value a sentence states, with its place in the article. */
export interface StatedValue {
  /** Comparison key: the same value written two ways has one key ("$2bn", "2 billion dollars"). */
  key: string;
  /** The normalised value: a plain number, a day (YYYY-MM-DD), a canonical name, a place. */
  value: string;
  /** What a figure counts ("jobs", "USD"), or null. */
  unit: string | null;
  /** The article's own words for it. */
  text: string;
  /** [start, end) in the article. */
  start: number;
  end: number;
  /** How well the value fits the question's shape, 0–1 (a count of the asked noun: 1). */
  fit: number;
  /** For a sum of money or an attributive date: the index term of the noun it stands before
   *  ("a $5m grant" → "grant", "the 19 December auction" → "auction"). */
  noun?: string;
}

/** A sentence of a cited passage, as the value readers see it. */
export interface SentenceInput {
  docId: string;
  text: string;
  /** Offset of `text` in its article. */
  start: number;
  published: string | null;
}

const MONEY_UNITS = /^(?:USD|GBP|EUR|euros?|dollars?|yen|yuan|rupees?|francs?|baht|roubles?|rubles?)$/i;

/** The values of `kind` stated in a sentence. `focus`: the index terms of what a count counts. */
export function valuesIn(
  kind: AnswerKind,
  s: SentenceInput,
  focus: readonly string[],
  model: ActorModel,
): StatedValue[] {
  switch (kind) {
    case "count":
    case "money":
      return figuresIn(kind, s, focus);
    case "when":
      return timesIn(s);
    case "where":
      return placesIn(s, model);
    case "who":
      return actorsIn(s, model);
  }
}

function figuresIn(kind: "count" | "money", s: SentenceInput, focus: readonly string[]): StatedValue[] {
  const out: StatedValue[] = [];
  const all = findFigures(s.text);
  all.forEach((f, i) => {
    const money = f.unit !== null && MONEY_UNITS.test(f.unit);
    if ((kind === "money") !== money || f.unit === "percent" || f.unit === "age") return;
    // "$2bn (£1.1bn)": a conversion in brackets restates the figure before it.
    const prev = all[i - 1];
    if (money && prev && /^\s*[(;]\s*$|^\s*\(\s*$/.test(s.text.slice(prev.end, f.start))) return;
    const unitTerms = f.unit ? tokens(`${f.unit} ${f.noun ?? ""}`).map((t) => t.term) : [];
    const counted = unitTerms.some((t) => focus.includes(t));
    const fit = money ? 1 : counted ? 1 : f.unit === null ? 0.6 : focus.length === 0 ? 0.6 : 0.3;
    const unit = money ? moneyUnit(f.unit!) : f.unit;
    out.push({
      key: `${f.value} ${unit ?? ""}`.trim().toLowerCase(),
      value: f.value,
      unit,
      text: f.text,
      start: s.start + f.start,
      end: s.start + f.end,
      fit,
      ...(money ? nounAfter(s.text, all[i + 1], f.end) : {}),
    });
  });
  return out;
}

/** The word a sum stands before, past its restatement in brackets: "$2bn (£1.1bn) claim" → claim.
 *  None when a function word or punctuation follows ("$5m to settle", "$5m, for …"). */
function nounAfter(text: string, next: { start: number; end: number } | undefined, end: number) {
  let at = end;
  if (next && /^\s*[(;]\s*$/.test(text.slice(end, next.start)))
    at = /^[^)]*\)?/.exec(text.slice(next.end))![0].length + next.end;
  return nounAt(text, at);
}

/** The index term of the lower-case word right after `at`, as `{ noun }` (none: `{}`). */
function nounAt(text: string, at: number): { noun?: string } {
  const word = /^\s+([a-z][a-z-]*)\b/.exec(text.slice(at))?.[1];
  const term = word ? tokens(word)[0]?.term : undefined;
  return term ? { noun: term } : {};
}

function moneyUnit(unit: string): string {
  const u = unit.toLowerCase();
  if (u.startsWith("euro")) return "EUR";
  if (u.startsWith("dollar")) return "USD";
  return unit;
}

function timesIn(s: SentenceInput): StatedValue[] {
  return findTimeExpressions(s.text, s.published).map((t) => {
    const words = t.text.replace(/^(?:in|on|at|during|by|since|from|until|of)\s+/i, "");
    const lead = t.text.length - words.length;
    const value = t.date ?? words;
    return {
      key: value.toLowerCase(),
      value,
      unit: null,
      text: words,
      start: s.start + t.start + lead,
      end: s.start + t.end,
      // A day or a year is an answer; "now" or "this week" hardly is.
      fit: t.date || /\d/.test(words) ? 1 : 0.6,
      ...attributiveNoun(s.text, t.start + lead, t.end),
    };
  });
}

/** "the 19 December auction", "its 2004 results": a time between a determiner and a noun dates
 *  that noun (the direct answer weighs it like a sum's noun). */
function attributiveNoun(text: string, start: number, end: number): { noun?: string } {
  if (
    !/\b(?:the|a|an|its|their|his|her|this|that)\s+$|['’]s\s+$/i.test(
      text.slice(Math.max(0, start - 8), start),
    )
  )
    return {};
  return nounAt(text, end);
}

/** Places: the gazetteer and patterns of events/places, then any capitalised name right after
 *  "in/at/near" ("at the Detroit Motor Show", "in the Bahamas"). Neither may be an actor's name
 *  (but a gazetteer place in a locative phrase may share an organisation's), nor an owner ("in
 *  Depp's career"). The span leaves out a leading "the". */
function placesIn(s: SentenceInput, model: ActorModel): StatedValue[] {
  const end = s.start + s.text.length;
  const named = model
    .mentionsIn(s.docId)
    .filter((m) => m.start >= s.start && m.end <= end && m.via !== "pronoun");
  const out: StatedValue[] = [];
  const add = (from: number, to: number, fit: number, key?: string, gazetteer = false) => {
    const lead = /^the\s+/i.exec(s.text.slice(from, to))?.[0].length ?? 0;
    const text = s.text.slice(from + lead, to);
    if (
      /^['’]s?\b/.test(s.text.slice(to)) ||
      out.some((o) => o.start < s.start + to && s.start + from < o.end)
    )
      return;
    const over = named.filter((m) => m.start < s.start + to && s.start + from < m.end);
    // A place the gazetteer reads in a locative phrase stays a place where an organisation has its
    // name ("on the Milan stock exchange", though the model knows a club Milan).
    if (
      over.some((m) => !(gazetteer && m.text === text && model.byId.get(m.actorId)?.kind === "organization"))
    )
      return;
    out.push({
      key: key ?? placeKey(text),
      value: text,
      unit: null,
      text,
      start: s.start + from + lead,
      end: s.start + to,
      fit,
    });
  };
  for (const p of findPlaces(s.text)) add(p.start, p.end, p.locative ? 1 : 0.5, p.key, p.locative);
  for (const m of s.text.matchAll(LOCATIVE_NAME)) {
    const from = m.index + m[0].length - m[1]!.length;
    add(from, from + m[1]!.length, 0.6);
  }
  return out.sort((a, b) => a.start - b.start);
}

// A capitalised name (not a month, a day or a pronoun) after a locative preposition.
const LOCATIVE_NAME =
  /\b(?:in|at|near|outside|off)\s+(?:the\s+)?((?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|It|He|She|They|We|I)\b)[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})/g;

/** Named actors of the sentence (never a pronoun or a role: the name must be in the text). */
function actorsIn(s: SentenceInput, model: ActorModel): StatedValue[] {
  const end = s.start + s.text.length;
  const out: StatedValue[] = [];
  const seen = new Set<string>();
  for (const m of model.mentionsIn(s.docId) as readonly Mention[]) {
    if (m.start < s.start || m.end > end || m.via === "pronoun" || m.via === "role") continue;
    const actor = model.byId.get(m.actorId);
    if (!actor || seen.has(actor.id)) continue;
    seen.add(actor.id);
    out.push({
      key: actor.id,
      value: actor.name,
      unit: actor.kind,
      text: m.text,
      start: m.start,
      end: m.end,
      fit: actor.kind === "person" ? 1 : 0.7,
    });
  }
  return out;
}
