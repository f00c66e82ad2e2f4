// /quotes: what an actor is quoted as saying, a page at a time, each quotation with every
// outlet carrying it. Without a speaker (CLI), every quotation in the coverage.

import type { Coverage } from "../coverage.ts";
import type { ActorModel, Quote, QuoteKind } from "../types.ts";
import { sameTextKey } from "./cite.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { NameLookup } from "./name-lookup.ts";
import { pageWindow } from "./pages.ts";
import { cleanQuery } from "./query.ts";
import { actorsOf, groupQuotations, matchOf, paraphraseLabel, speakerOf } from "./quote-groups.ts";
import type { QuotesAnswer } from "./quote-types.ts";
import type { Choice, ErrorAnswer } from "./types.ts";

export const QUOTES_PAGE_SIZE = 5;

/** The order of a speaker's quotations by kind: what they said, then their words for things. */
const KIND_RANK: Record<QuoteKind, number> = { statement: 0, term: 1, reported: 2 };

interface SpeakerIndex {
  quotes: readonly Quote[];
  /** The actor model speakers were named from (another model: built again). */
  model: ActorModel | null;
  /** Quotations by actor id, in corpus order. */
  byActor: Map<string, Quote[]>;
  /** Quotations by displayed speaker name, in corpus order. */
  byName: Map<string, Quote[]>;
  /** Named speakers (not unnamed sources) with their quotation counts, in first-quoted order. */
  counts: Array<[string, number]>;
  /** Folded name → the first speaker (in `counts` order) with that folded name. */
  exact: Map<string, string>;
  /** Folded word → positions in `counts` of the speakers whose folded name has it. */
  words: Map<string, number[]>;
  /** The speakers autocomplete offers, most quoted first, then by name. */
  choices: Array<{ name: string; folded: string }>;
}

/** Speaker lookups for a coverage's quotations, one per coverage (answers/indexes.ts). */
export const SPEAKER_INDEX: IndexSlot<SpeakerIndex> = {
  name: "speakers",
  build: (coverage) => runAll(speakerIndexSteps(coverage)),
  steps: speakerIndexSteps,
  fits: (index, coverage) => index.quotes === coverage.quotes && index.model === actorsOf(coverage),
};

function speakerIndex(coverage: Coverage): SpeakerIndex {
  return indexesOf(coverage).get(SPEAKER_INDEX);
}

function* speakerIndexSteps(coverage: Coverage): Generator<void, SpeakerIndex> {
  const all = coverage.quotes;
  const byActor = new Map<string, Quote[]>();
  const byName = new Map<string, Quote[]>();
  const countMap = new Map<string, number>();
  const choiceCounts = new Map<string, number>();
  for (const [i, q] of all.entries()) {
    if (i % 1024 === 1023) yield;
    if (q.speakerId) {
      const list = byActor.get(q.speakerId);
      if (list) list.push(q);
      else byActor.set(q.speakerId, [q]);
    }
    const s = speakerOf(coverage, q);
    if (!s) continue;
    const list = byName.get(s);
    if (list) list.push(q);
    else byName.set(s, [q]);
    if (q.speakerKind === "unnamed") continue;
    countMap.set(s, (countMap.get(s) ?? 0) + 1);
    if (!/^(?:he|she|they|it|we|i)$/i.test(s)) choiceCounts.set(s, (choiceCounts.get(s) ?? 0) + 1);
  }
  const counts = [...countMap];
  const exact = new Map<string, string>();
  const words = new Map<string, number[]>();
  yield;
  for (const [i, [s]] of counts.entries()) {
    if (i % 1024 === 1023) yield;
    const f = sameTextKey(s);
    if (!exact.has(f)) exact.set(f, s);
    for (const w of new Set(f.split(" "))) {
      const list = words.get(w);
      if (list) list.push(i);
      else words.set(w, [i]);
    }
  }
  yield;
  const choices = [...choiceCounts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name]) => ({ name, folded: sameTextKey(name) }));
  return { quotes: all, model: actorsOf(coverage), byActor, byName, counts, exact, words, choices };
}

/** An actor's direct quotations (by speaker id), in corpus order: reported speech is the
 *  outlet's paraphrase, never shown among an actor's own words (/actor). */
export function quotesBySpeaker(coverage: Coverage, actorId: string): readonly Quote[] {
  if (!(coverage as { quotes?: unknown }).quotes) return [];
  return (speakerIndex(coverage).byActor.get(actorId) ?? []).filter((q) => q.kind !== "reported");
}

/** The quotations of the speaker a typed name refers to: the actor model first, else names. */
export function quotesOf(coverage: Coverage, name: string): { speaker: string; quotes: Quote[] } | null {
  const index = speakerIndex(coverage);
  const actor = actorsOf(coverage)?.resolve(name);
  if (actor) {
    const quotes = index.byActor.get(actor.id) ?? [];
    if (quotes.length > 0) return { speaker: actor.name, quotes: [...quotes] };
  }
  const want = sameTextKey(name);
  if (!want) return null;
  const words = want.split(" ");
  // Partial: every typed word is a word of the name; the most quoted such speaker, the first
  // quoted on ties. Only speakers having the rarest typed word can qualify.
  let partial: string | undefined;
  let rarest: number[] | undefined;
  for (const w of words) {
    const list = index.words.get(w) ?? [];
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  }
  let bestCount = -1;
  for (const i of rarest ?? []) {
    const [s, count] = index.counts[i]!;
    if (count <= bestCount) continue;
    const have = new Set(sameTextKey(s).split(" "));
    if (words.every((w) => have.has(w))) {
      partial = s;
      bestCount = count;
    }
  }
  const speaker = index.exact.get(want) ?? partial;
  if (!speaker) return null;
  return { speaker, quotes: [...(index.byName.get(speaker) ?? [])] };
}

export function quotes(
  coverage: Coverage,
  rawSpeaker: unknown,
  rawPage: unknown = 1,
): QuotesAnswer | ErrorAnswer {
  // A bad page is told before the name is looked up.
  const early = pageWindow(Number.POSITIVE_INFINITY, QUOTES_PAGE_SIZE, rawPage);
  if ("error" in early) return { command: "quotes", error: early.error };
  let speaker: string | null = null;
  let query: string | null = null;
  let list: Quote[] = coverage.quotes;
  if (rawSpeaker !== undefined && rawSpeaker !== null && rawSpeaker !== "") {
    const q = cleanQuery(rawSpeaker, "name");
    if (!q.ok) return { command: "quotes", error: q.error };
    query = q.text;
    const found = quotesOf(coverage, q.text);
    if (!found) return { command: "quotes", error: `The coverage quotes no one called “${q.text}”.` };
    speaker = found.speaker;
    list = found.quotes;
  }
  // One entry per quotation: copies carried by other outlets become its sources. Whole
  // statements first, then quoted terms (a word or phrase in quotation marks), then reported
  // speech (each in corpus order).
  const groups = groupQuotations(coverage, list, list).sort(
    (a, b) => KIND_RANK[a[0]!.kind] - KIND_RANK[b[0]!.kind],
  );
  const w = pageWindow(groups.length, QUOTES_PAGE_SIZE, rawPage);
  if ("error" in w) return { command: "quotes", error: w.error };
  const items = groups.slice(w.from, w.to).map((g) => matchOf(coverage, g));
  return {
    command: "quotes",
    speaker,
    query,
    page: w.page,
    pages: w.pages,
    total: groups.length,
    items,
    quotes: list.map((q) => ({
      speaker: speakerOf(coverage, q),
      quote: q.text,
      kind: q.kind,
      cue: q.cue,
      docId: q.docId,
      start: q.start,
      end: q.end,
      ...(q.kind === "reported"
        ? { paraphrase: paraphraseLabel(coverage.articles.get(q.docId)?.meta.outlet ?? null) }
        : {}),
    })),
  };
}

/** The speakers autocomplete offers, in a MiniSearch name lookup (the most quoted first on equal
 *  matches), one per coverage (answers/indexes.ts). */
export const SPEAKER_NAMES: IndexSlot<{ index: SpeakerIndex; lookup: NameLookup }> = {
  name: "speaker-names",
  build: (coverage) => runAll(speakerNameSteps(coverage)),
  steps: speakerNameSteps,
  fits: (built, coverage) => built.index === speakerIndex(coverage),
};

function* speakerNameSteps(coverage: Coverage): Generator<void, { index: SpeakerIndex; lookup: NameLookup }> {
  const index = speakerIndex(coverage);
  const n = index.choices.length;
  const names = index.choices.map((c, i) => [i, c.name] as const);
  return { index, lookup: yield* NameLookup.inSteps(names, (i) => n - i) };
}

/** Speakers for a partly typed name (each typed word a prefix or, from 4 letters, one edit away),
 *  the most quoted first (Discord autocomplete). */
export function speakerChoices(coverage: Coverage, partial: string): Choice[] {
  const { choices } = speakerIndex(coverage);
  const picked = partial.trim()
    ? indexesOf(coverage)
        .get(SPEAKER_NAMES)
        .lookup.complete(partial, 25)
        .map((h) => choices[h.owner]!)
    : choices.slice(0, 25);
  return picked.map(({ name: s }) => {
    const name = s.length > 100 ? `${s.slice(0, 99)}…` : s;
    return { name, value: name };
  });
}
