// /actor name: who the coverage says an actor is (names, roles), what they are quoted saying,
// what they did or had done to them (cited sentences), and who appears with them. A name the
// coverage does not hold gets `actor: null` and close names it does hold — never a made-up profile.

import { DEMONYMS } from "../analysis/lexicons/places.ts";
import { HONORIFICS, TITLE_HEADS } from "../analysis/lexicons/titles.ts";
import { LITTLE_SAYING_VERBS } from "../analysis/lexicons/verbs.ts";
import { sourceRef } from "../corpus/source-ref.ts";
import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import type { Actor, ActorModel, Article, Mention, Sentence, SourceRef } from "../types.ts";
import { actorIndex } from "./actor-index.ts";
import type { ActorAnswer, ActorProfile } from "./actor-types.ts";
import { gramSet } from "./cite.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { actorNames } from "./name-lookup.ts";
import { cleanQuery } from "./query.ts";
import { groupQuotationSteps } from "./quote-groups.ts";
import { quotesBySpeaker } from "./quotes.ts";
import { sortArrayInSteps } from "./sort-steps.ts";
import type { ErrorAnswer } from "./types.ts";

export const MAX_STATEMENTS = 8;
export const MAX_QUOTES = 8;
export const MAX_RELATED = 10;
export const MAX_SUGGESTIONS = 5;
/** Sentences sharing this share of word 3-grams are one statement with several sources. */
export const SAME_TEXT = 0.6;

export function actor(coverage: Coverage, rawName: unknown): ActorAnswer | ErrorAnswer {
  const q = cleanQuery(rawName, "name");
  if (!q.ok) return { command: "actor", error: q.error };
  const found = findActor(coverage, q.text);
  if (!found) return { command: "actor", query: q.text, actor: null, suggestions: suggest(coverage, q.text) };
  return { command: "actor", query: q.text, actor: profile(coverage, found), suggestions: [] };
}

/** The actor a typed name means: any alias, then without a leading title or honorific. */
export function findActor(coverage: Coverage, name: string): Actor | null {
  const model = coverage.actors;
  const direct = model.resolve(name);
  if (direct) return direct;
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (
    i < words.length - 1 &&
    (TITLE_HEADS.has(words[i]!) || HONORIFICS.has(words[i]!) || DEMONYMS.has(words[i]!))
  )
    i++;
  return i > 0 ? model.resolve(words.slice(i).join(" ")) : null;
}

/** Names in the coverage close to a typed one (typos, partial names): the MiniSearch name lookup
 *  over every name and alias, each word up to one edit away (two from 6 letters) or a prefix. */
export function suggest(coverage: Coverage, name: string, limit = MAX_SUGGESTIONS): string[] {
  const all = coverage.actors.actors;
  const names = actorNames(coverage)
    .closest(name, limit * 2)
    .map((h) => all[h.owner]!.name);
  return [...new Set(names)].slice(0, limit);
}

/** Profiles built, per actor index (bounded): an actor's profile never changes with the question. */
const PROFILE_MEMO = 2048;

function profile(coverage: Coverage, a: Actor): ActorProfile {
  const indexes = indexesOf(coverage);
  const ready = indexes.has(HEAVY_PROFILES) ? indexes.get(HEAVY_PROFILES).profiles.get(a.id) : undefined;
  if (ready) return structuredClone(ready);
  const index = actorIndex(coverage);
  const known = index.memo.get(a.id) as { actor: Actor; quotes: unknown; profile: ActorProfile } | undefined;
  const quotesNow = (coverage as { quotes?: unknown }).quotes;
  if (known && known.actor === a && known.quotes === quotesNow) return structuredClone(known.profile);
  const built = buildProfile(coverage, a);
  if (index.memo.size >= PROFILE_MEMO) index.memo.clear();
  index.memo.set(a.id, { actor: a, quotes: quotesNow, profile: built });
  return structuredClone(built);
}

/** The profiles of this many of the most mentioned actors are built by the warm-up, a slice at a
 *  time: at a million passages such a profile reads up to hundreds of thousands of sentences,
 *  seconds in one call. */
const HEAVY_COUNT = 256;

interface HeavyProfiles {
  model: ActorModel;
  quotes: unknown;
  profiles: Map<string, ActorProfile>;
}

export const HEAVY_PROFILES: IndexSlot<HeavyProfiles> = {
  name: "heavy actor profiles",
  build: (coverage) => runAll(heavyProfiles(coverage)),
  steps: heavyProfiles,
  fits: (built, coverage) =>
    built.model === coverage.actors && built.quotes === (coverage as { quotes?: unknown }).quotes,
};

function* heavyProfiles(coverage: Coverage): Generator<void, HeavyProfiles> {
  const profiles = new Map<string, ActorProfile>();
  const { actors } = coverage.actors;
  for (const i of actorIndex(coverage).byProminence().slice(0, HEAVY_COUNT))
    profiles.set(actors[i]!.id, yield* profileSteps(coverage, actors[i]!));
  return { model: coverage.actors, quotes: (coverage as { quotes?: unknown }).quotes, profiles };
}

function buildProfile(coverage: Coverage, a: Actor): ActorProfile {
  return runAll(profileSteps(coverage, a));
}

/** The descriptions without those another one ends with ("Leader" beside "Tory leader", "party
 *  leader" beside "Harbour Party leader"): the fuller says it all. Order kept. */
export function fullestForms(texts: string[]): string[] {
  const words = texts.map((t) => ` ${foldKey(t)}`);
  return texts.filter((_, i) =>
    words.every((w, k) => k === i || !(w.endsWith(words[i]!) && (w.length > words[i]!.length || k < i))),
  );
}

/** An actor's profile, built as pieces of work (PIECE sentences each). */
function* profileSteps(coverage: Coverage, a: Actor): Generator<void, ActorProfile> {
  const name = foldKey(a.name);
  const quotes = yield* quotesOf(coverage, a);
  yield;
  const rest = yield* statementsAndRelated(coverage, a);
  return {
    name: a.name,
    kind: a.kind,
    aliases: a.aliases.map((x) => x.text).filter((t) => foldKey(t) !== name),
    descriptions: fullestForms(a.descriptions.map((d) => d.text)),
    documents: [...a.documents],
    mentions: a.mentions,
    quotes,
    ...rest,
  };
}

/** The actor's quotations of 4+ words, one entry per quotation with every outlet carrying it
 *  (the same grouping as /quotes), the most widely carried first. */
function* quotesOf(coverage: Coverage, a: Actor): Generator<void, ActorProfile["quotes"]> {
  const own = quotesBySpeaker(coverage, a.id).filter((q) => q.text.trim().split(/\s+/).length >= 4);
  yield;
  return (yield* groupQuotationSteps(coverage, own, own))
    .map((group, i) => ({ group, i }))
    .sort((x, y) => y.group.length - x.group.length || x.i - y.i)
    .slice(0, MAX_QUOTES)
    .map(({ group }) => ({
      quote: group[0]!.text,
      sources: group.map((q) => sourceRef(coverage, q.docId, q.passageId, q.start, q.end)),
    }));
}

interface Candidate {
  docId: string;
  passageId: string;
  s: Sentence;
  text: string;
  score: number;
  order: number;
}

interface Statement {
  first: Candidate;
  grams: Set<number>;
  sources: SourceRef[];
  /** The articles of `sources`. */
  docIds: Set<string>;
}

/** Sentences read between two yields of a profile's build. */
const PIECE = 1024;

function* statementsAndRelated(
  coverage: Coverage,
  a: Actor,
): Generator<void, Pick<ActorProfile, "statements" | "related">> {
  const model = coverage.actors;
  const candidates: Candidate[] = [];
  const related = new Map<string, number>();
  let order = 0;
  const index = actorIndex(coverage);
  for (const docId of a.documents) {
    const article = coverage.articles.get(docId);
    if (!article) continue;
    for (const { placed, mention: m, named } of index.sentencesOf(a.id, docId)) {
      const { s, passageId } = placed;
      // who else is in this sentence (most sentences name no one else)
      if (named.some((id) => id !== a.id)) {
        const others = new Set<string>();
        for (const id of named) if (id !== a.id) others.add(id);
        for (const id of others) related.set(id, (related.get(id) ?? 0) + 1);
      }
      const text = article.text.slice(s.start, s.end);
      candidates.push({ docId, passageId, s, text, score: rankSentence(article, s, m), order: order++ });
      if (order % PIECE === 0) yield;
    }
  }
  const sorted = yield* sortArrayInSteps(candidates, (x, y) => y.score - x.score || x.order - y.order);
  // Copies of a kept statement (3-gram overlap, as `overlap` measures it) become its sources;
  // each sentence's grams are computed once.
  const statements: Statement[] = [];
  const holders = new Map<number, number[]>(); // gram → kept statements holding it
  const ref = (c: Candidate) => sourceRef(coverage, c.docId, c.passageId, c.s.start, c.s.end);
  // Grams shared with each kept statement, counted in one pass over a sentence's grams.
  const shared = new Array<number>(MAX_STATEMENTS * 3).fill(0);
  for (const [i, c] of sorted.entries()) {
    if (i % PIECE === PIECE - 1) yield;
    const grams = gramSet(c.text);
    shared.fill(0, 0, statements.length);
    for (const g of grams) {
      const list = holders.get(g);
      if (list) for (const k of list) shared[k]!++;
    }
    const same = statements.find(
      (o, k) => shared[k]! / Math.max(1, o.grams.size + grams.size - shared[k]!) >= SAME_TEXT,
    );
    if (same) {
      // One source per article (a wire statement has thousands of copies: a set, not a scan).
      if (!same.docIds.has(c.docId)) {
        same.docIds.add(c.docId);
        same.sources.push(ref(c));
      }
      continue;
    }
    if (statements.length >= MAX_STATEMENTS * 3) continue;
    for (const g of grams) {
      const list = holders.get(g);
      if (list) list.push(statements.length);
      else holders.set(g, [statements.length]);
    }
    statements.push({ first: c, grams, sources: [ref(c)], docIds: new Set([c.docId]) });
  }
  const weight = (x: Statement) => x.first.score + x.sources.length * 0.3;
  statements.sort((x, y) => weight(y) - weight(x) || x.first.order - y.first.order);
  return {
    statements: statements.slice(0, MAX_STATEMENTS).map((x) => ({ text: x.first.text, sources: x.sources })),
    related: [...related]
      .map(([id, count]) => ({ name: model.byId.get(id)?.name ?? id, count }))
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))
      .slice(0, MAX_RELATED),
  };
}

/** Subject position and an informative verb first; quotations (shown apart) and fragments last. */
export function rankSentence(article: Article, s: Sentence, m: Mention): number {
  const text = article.text.slice(s.start, s.end);
  const before = article.text.slice(s.start, m.start);
  const wordsBefore = before.split(/\s+/).filter(Boolean).length;
  let score = 0;
  if (wordsBefore <= 6 && !/["“”]/.test(before)) score += 2;
  const after = /^(?:['’]s?)?\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?([a-z]+)/.exec(
    article.text.slice(m.end, m.end + 40),
  );
  if (after && !LITTLE_SAYING_VERBS.has(after[1]!) && /(?:ed|es|s)$/.test(after[1]!)) score += 1;
  if (m.via === "name") score += 0.3;
  const quoted = (text.match(/[“"][^”"]*[”"]/g) ?? []).reduce((n, q) => n + q.length, 0);
  if (quoted > text.length * 0.5) score -= 1.5;
  if (text.length < 50) score -= 1;
  if (text.length > 400) score -= 0.5;
  return score;
}
