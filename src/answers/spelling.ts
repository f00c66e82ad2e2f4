// Spelling correction for /ask: when some words of a question are in no passage or headline (in
// a coverage of 1,000+ passages the question then finds nothing), each is replaced by the closest
// words the coverage uses — one edit from MIN_WORD letters, two from LONG_WORD, keeping the first
// letter — and the question is searched again. A correction is kept only when a passage answering
// the corrected question holds every corrected word and at least MIN_QUERY_COVERAGE of the IDF
// mass of the rest of the question: the evidence that the user meant that word here, so a word
// the coverage lacks is not turned into a neighbour that has nothing to do with the rest of the
// question. Names (capitalised in the question) get one edit at most and need that evidence; a
// question of misspelled words alone is corrected only for words of MIN_ALONE letters, no names.
//
// Candidates: the word's one-edit forms that stem to an index term ("farez" → "fares" → fare),
// and for long words the terms within two edits of its stem, found through the deletion
// neighbourhood (spell-index.ts). Among corrections at the least total distance, the one with
// the most supporting passages wins (frequent words that co-occur with the rest of the question).

import type { Coverage } from "../coverage.ts";
import { deletions, forEachEdit } from "../search/edits.ts";
import type { SearchHit } from "../search/index.ts";
import { type Token, termOf, tokens } from "../search/tokenize.ts";
import { editDistance } from "../text/similarity.ts";
import { MIN_QUERY_COVERAGE } from "./ask-rule.ts";
import { type IndexSlot, indexesOf } from "./indexes.ts";
import { SPELL_INDEX, termsUnder } from "./spell-index.ts";
import type { Correction } from "./types.ts";

/** Words shorter than this are never corrected: too many real words lie one edit away. Names
 *  need one letter more (a three-letter name is an initialism as often as a slip). */
const MIN_WORD = 3;
const MIN_NAME = 4;
/** From this length a word may be two edits from what was meant. */
const LONG_WORD = 8;
/** A question of misspelled words alone is corrected only for words this long. */
const MIN_ALONE = 5;
/** Candidates kept per word, and corrected questions tried in all. */
const PER_WORD = 8;
const MAX_TRIES = 8;
/** Questions with more unseen words than this are not about the coverage, or not words. */
const MAX_UNSEEN = 3;

export interface Respelled {
  /** The question with each correction made. */
  text: string;
  corrections: Correction[];
}

/** A correction chosen, with what its question found (so it is not searched again). */
export interface Corrected extends Respelled {
  found: Attempt;
}

/** What a corrected question finds: its answering hits and its concepts' terms. */
export interface Attempt {
  hits: SearchHit[];
  terms: string[];
}

interface Candidate {
  term: string;
  surface: string;
  distance: number;
  df: number;
}

interface Unseen {
  token: Token;
  word: string;
  name: boolean;
  candidates: Candidate[];
}

/** The best-supported correction of the words of a question no passage uses, or null. `attempt`
 *  searches a corrected question (as /ask does) and gives its answering hits. */
export function respell(
  coverage: Coverage,
  query: string,
  attempt: (text: string) => Attempt | null,
): Corrected | null {
  const { index } = coverage;
  const known = (t: string) => index.df(t) > 0 || index.titleDf(t) > 0;
  const all = tokens(query);
  const unseen: Unseen[] = [];
  for (const token of all) {
    if (known(token.term) || unseen.some((u) => u.token.term === token.term)) continue;
    const word = query.slice(token.start, token.end);
    const name = isName(query, token.start, word);
    const candidates = cached(coverage, `${name ? "N" : "w"}${word}`, () => oneEdit(coverage, word, name));
    unseen.push({ token, word, name, candidates });
  }
  if (unseen.length === 0 || unseen.length > MAX_UNSEEN) return null;
  const alone = all.every((t) => !known(t.term));
  if (alone && unseen.some((u) => u.name || u.word.length < MIN_ALONE)) return null;
  let best = bestCombination(coverage, query, unseen, alone, attempt);
  // Two edits only when one does not do: long words' farther neighbours, in their place.
  if (!best && unseen.some((u) => !u.name && u.word.length >= LONG_WORD)) {
    let more = false;
    for (const u of unseen) {
      if (u.name || u.word.length < LONG_WORD) continue;
      // Not cached while the warm-up has not built the spelling index (none are found then).
      const far = indexesOf(coverage).warming
        ? twoEdits(coverage, u.word, u.candidates)
        : cached(coverage, `2${u.word}`, () => twoEdits(coverage, u.word, u.candidates));
      if (far.length > 0) {
        u.candidates = far;
        more = true;
      }
    }
    if (more) best = bestCombination(coverage, query, unseen, alone, attempt);
  }
  if (!best) return null;
  // Shown in the coverage's own form when it is as close ("fares" for "farez", not "fared").
  for (const c of best.combo) {
    const u = best.words[best.combo.indexOf(c)]!;
    const seen = surfaceOf(coverage, c.term);
    if (seen && editDistance(u.word.toLowerCase(), seen.toLowerCase(), c.distance, true) <= c.distance)
      c.surface = seen;
    c.surface = inCaseOf(u.word, c.surface);
  }
  return { ...rewrite(query, best.words, best.combo), found: best.found };
}

/** Among the corrections at the least total distance that some passage supports, the one most
 *  passages support (then the most used words); null when none is supported. */
function bestCombination(
  coverage: Coverage,
  query: string,
  unseen: Unseen[],
  alone: boolean,
  attempt: (text: string) => Attempt | null,
): { words: Unseen[]; combo: Candidate[]; found: Attempt } | null {
  // A word with no neighbour stays as typed: in a large coverage it still sinks every answer.
  const words = unseen.filter((u) => u.candidates.length > 0);
  if (words.length === 0) return null;
  let best: { combo: Candidate[]; distance: number; support: number; df: number; found: Attempt } | null =
    null;
  for (const combo of combinations(words.map((u) => u.candidates))) {
    const distance = combo.reduce((s, c) => s + c.distance, 0);
    if (best && distance > best.distance) break;
    const found = attempt(rewrite(query, words, combo).text);
    if (!found) continue;
    const support = supporting(coverage, found, combo, alone);
    const df = combo.reduce((s, c) => s + Math.log1p(c.df), 0);
    if (support > 0 && (!best || support > best.support || (support === best.support && df > best.df)))
      best = { combo: combo.map((c) => ({ ...c })), distance, support, df, found };
  }
  return best && { words, combo: best.combo, found: best.found };
}

/** A name: capitalised past the first word of the question, or with a capital inside it. A
 *  question in capitals throughout (a wire headline) says nothing of names. */
function isName(query: string, start: number, word: string): boolean {
  if (!/\p{Ll}/u.test(query)) return false;
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  return /^\p{Lu}/u.test(word) && /\p{L}/u.test(query.slice(0, start));
}

/** Words asked again (people repeat their misspellings, and a word the coverage lacks stays
 *  lacking): their one-edit candidates per coverage, up to CACHED words (then started afresh). */
const CANDIDATE_CACHE: IndexSlot<Map<string, Candidate[]>> = {
  name: "spelling candidates",
  build: () => new Map(),
};
const CACHED = 10_000;

function cached(coverage: Coverage, key: string, find: () => Candidate[]): Candidate[] {
  const cache = indexesOf(coverage).get(CANDIDATE_CACHE);
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size >= CACHED) cache.clear();
    hit = find();
    cache.set(key, hit);
  }
  // Copies: a chosen candidate's surface is set to the coverage's form of it.
  return hit.map((c) => ({ ...c }));
}

/** The index terms one edit from a word as typed ("farez" → "fares" → fare), the most used first;
 *  each with that form of it (it stems to the term). */
function oneEdit(coverage: Coverage, word: string, name: boolean): Candidate[] {
  const lower = word.toLowerCase();
  if (lower.length < (name ? MIN_NAME : MIN_WORD) || !/^\p{L}+$/u.test(lower)) return [];
  const df = dfOf(coverage);
  const found = new Map<string, Candidate>();
  forEachEdit(lower, (e) => {
    const term = termOf(e);
    if (!term || df(term) === 0) return;
    const had = found.get(term);
    if (!had || surfaceRank(e, lower) < surfaceRank(had.surface, lower))
      found.set(term, { term, surface: e, distance: 1, df: df(term) });
  });
  return ranked([...found.values()]);
}

/** The index terms two edits from a long word (or its stem) not among `near`, through the
 *  spelling index; none while the warm-up has not built it (building it here would hold every
 *  other interaction). */
function twoEdits(coverage: Coverage, word: string, near: readonly Candidate[]): Candidate[] {
  const indexes = indexesOf(coverage);
  if (indexes.warming !== null && !indexes.has(SPELL_INDEX)) return [];
  const spell = indexes.get(SPELL_INDEX);
  const lower = word.toLowerCase();
  if (!/^\p{L}+$/u.test(lower)) return [];
  const df = dfOf(coverage);
  const stem = termOf(lower) ?? lower;
  const ids = new Set<number>();
  for (const v of new Set([...deletions(stem, 2), ...deletions(lower, 2)])) termsUnder(spell, v, ids);
  const out: Candidate[] = [];
  for (const id of ids) {
    const term = spell.terms[id]!;
    if (near.some((c) => c.term === term) || !sameStart(term, lower) || df(term) === 0) continue;
    const distance = Math.min(editDistance(stem, term, 2, true), editDistance(lower, term, 2, true));
    if (distance <= 2) out.push({ term, surface: "", distance, df: df(term) });
  }
  // Each with a word of the coverage for it, so the corrected question searches that term.
  for (const c of ranked(out)) c.surface = surfaceOf(coverage, c.term) ?? "";
  return ranked(out).filter((c) => c.surface && termOf(c.surface) === c.term);
}

const dfOf = (coverage: Coverage) => (t: string) => coverage.index.df(t) + coverage.index.titleDf(t);

/** Closest first, then the most used; at most PER_WORD. */
function ranked(list: Candidate[]): Candidate[] {
  return list.sort((a, b) => a.distance - b.distance || b.df - a.df).slice(0, PER_WORD);
}

/** Whether a form keeps the word's first letter (or swaps its first two): people rarely get the
 *  first letter wrong, and a name changed there is another name. */
function sameStart(form: string, typed: string): boolean {
  return form[0] === typed[0] || (form[0] === typed[1] && form[1] === typed[0]);
}

/** Which of two one-edit forms to show: one as long as the word typed, then the shorter. */
function surfaceRank(form: string, typed: string): number {
  return form.length === typed.length ? 0 : form.length < typed.length ? 1 : 2;
}

/** Each term's word as the coverage writes it (surfaceOf), up to CACHED terms: a common word's
 *  best passage is a search of hundreds of thousands of postings at a million passages, and the
 *  same corrections come back ("latest" → "lates" → late). */
const SURFACE_CACHE: IndexSlot<Map<string, string | null>> = {
  name: "spelling surfaces",
  build: () => new Map(),
};

/** A word of the coverage for a term: as written in the passage that uses it most. */
function surfaceOf(coverage: Coverage, term: string): string | null {
  const cache = indexesOf(coverage).get(SURFACE_CACHE);
  const known = cache.get(term);
  if (known !== undefined) return known;
  if (cache.size >= CACHED) cache.clear();
  const found = bestSurface(coverage, term);
  cache.set(term, found);
  return found;
}

function bestSurface(coverage: Coverage, term: string): string | null {
  const hit = coverage.index.searchTerms([{ term, weight: 1 }], 1)[0];
  if (!hit) return null;
  const passage = coverage.passages[hit.ref]!;
  const t = tokens(passage.text).find((x) => x.term === term);
  return t ? passage.text.slice(t.start, t.end) : null;
}

/** `surface` in the case the user typed `word` in. */
function inCaseOf(word: string, surface: string): string {
  if (!/\p{Ll}/u.test(word)) return surface.toUpperCase();
  if (/^\p{Lu}/u.test(word)) return surface[0]!.toUpperCase() + surface.slice(1);
  return /\p{Lu}/u.test(surface.slice(1)) ? surface : surface.toLowerCase();
}

/** Every choice of one candidate per word, by total distance (then the words' own order). */
function combinations(lists: Candidate[][]): Candidate[][] {
  let out: Candidate[][] = [[]];
  for (const list of lists) out = out.flatMap((combo) => list.map((c) => [...combo, c]));
  const total = (c: Candidate[]) => c.reduce((s, x) => s + x.distance, 0);
  return out.sort((a, b) => total(a) - total(b)).slice(0, MAX_TRIES);
}

function rewrite(query: string, fixable: Unseen[], combo: Candidate[]): Respelled {
  let text = query;
  // Letters only (candidatesFor): the word is safe in a pattern. Each time it is typed, it is corrected.
  fixable.forEach((u, i) => {
    text = text.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${u.word}(?![\\p{L}\\p{N}])`, "giu"),
      combo[i]!.surface,
    );
  });
  return { text, corrections: fixable.map((u, i) => ({ from: u.word, to: combo[i]!.surface })) };
}

/** The answering passages holding every corrected word and, unless the question is nothing
 *  else, another word of the question too. */
function supporting(coverage: Coverage, found: Attempt, combo: Candidate[], alone: boolean): number {
  const fixed = new Set(combo.map((c) => c.term));
  const others = [...new Set(found.terms.filter((t) => !fixed.has(t)))];
  const idf = others.map((t) => coverage.index.idf(t));
  const total = idf.reduce((s, x) => s + x, 0);
  let n = 0;
  for (const hit of found.hits) {
    const held = new Set([...hit.matched, ...hit.titleMatched]);
    if (![...fixed].every((t) => held.has(t))) continue;
    let mass = 0;
    others.forEach((t, i) => {
      if (held.has(t)) mass += idf[i]!;
    });
    if (alone || (mass > 0 && mass >= MIN_QUERY_COVERAGE * total)) n++;
  }
  return n;
}
