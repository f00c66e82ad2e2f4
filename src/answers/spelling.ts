// Spelling correction for /ask: when a question finds nothing and some of its words are in no
// passage or headline, each such word is replaced by the closest words the coverage uses (one edit
// for a word of under LONG_WORD letters, two from there), and the question is searched again.
// A correction is kept only when the corrected question is answered by a passage holding every
// corrected word together with another word of the question (the evidence that the user meant
// that word here: a word the coverage lacks is not turned into a neighbour that has nothing to do
// with the rest of the question). Names (capitalised in the question) are corrected by one edit
// at most, and only with that evidence; a question of a lone misspelled word is corrected only
// when the word is no name and has MIN_ALONE letters or more.
//
// Candidates: the word's one-edit variants mapped to index terms (stemming makes "farez" → "fares"
// → fare), and for long words the terms within two edits of its stem, found by the deletion
// neighbourhood (spell-index.ts). Among corrections at the least total distance, the one with
// the most answering passages wins (frequent words that co-occur with the rest of the question).

import type { Coverage } from "../coverage.ts";
import { deletions, editDistance, singleEdits } from "../search/edits.ts";
import type { SearchHit } from "../search/index.ts";
import { type Token, termOf, tokens } from "../search/tokenize.ts";
import { MIN_QUERY_COVERAGE } from "./ask-rule.ts";
import { indexesOf } from "./indexes.ts";
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
const MAX_TRIES = 24;
/** Questions with more unseen words than this are not about the coverage, or not words. */
const MAX_UNSEEN = 3;

export interface Respelled {
  /** The question with each correction made. */
  text: string;
  corrections: Correction[];
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

/** The best-supported correction of a question that found nothing, or null. `attempt` searches
 *  a corrected question (as /ask does) and gives its answering hits. */
export function respell(
  coverage: Coverage,
  query: string,
  attempt: (text: string) => Attempt | null,
): Respelled | null {
  const { index } = coverage;
  const known = (t: string) => index.df(t) > 0 || index.titleDf(t) > 0;
  const all = tokens(query);
  const unseen: Unseen[] = [];
  for (const token of all) {
    if (known(token.term) || unseen.some((u) => u.token.term === token.term)) continue;
    const word = query.slice(token.start, token.end);
    const name = isName(query, token.start, word);
    unseen.push({ token, word, name, candidates: candidatesFor(coverage, word, name) });
  }
  if (unseen.length > MAX_UNSEEN) return null;
  // A word with no neighbour stays as typed: in a large coverage it still sinks every answer.
  const fixable = unseen.filter((u) => u.candidates.length > 0);
  if (fixable.length === 0) return null;
  const alone = all.every((t) => !known(t.term));
  if (alone && unseen.some((u) => u.name || u.word.length < MIN_ALONE)) return null;
  let best: { r: Respelled; distance: number; support: number; df: number } | null = null;
  for (const combo of combinations(fixable.map((u) => u.candidates))) {
    const distance = combo.reduce((s, c) => s + c.distance, 0);
    if (best && distance > best.distance) break;
    const r = rewrite(query, fixable, combo);
    const found = attempt(r.text);
    if (!found) continue;
    const support = supporting(coverage, found, combo, alone);
    const df = combo.reduce((s, c) => s + Math.log1p(c.df), 0);
    if (support > 0 && (!best || support > best.support || (support === best.support && df > best.df)))
      best = { r, distance, support, df };
  }
  return best?.r ?? null;
}

/** A name: capitalised past the first word of the question, or with a capital inside it. */
function isName(query: string, start: number, word: string): boolean {
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  return /^\p{Lu}/u.test(word) && /\p{L}/u.test(query.slice(0, start));
}

/** The index terms within reach of a word, closest first, then the most used. */
function candidatesFor(coverage: Coverage, word: string, name: boolean): Candidate[] {
  const lower = word.toLowerCase();
  if (lower.length < (name ? MIN_NAME : MIN_WORD) || !/^\p{L}+$/u.test(lower)) return [];
  const { index } = coverage;
  const df = (t: string) => index.df(t) + index.titleDf(t);
  const found = new Map<string, Candidate>();
  // One edit of the word as typed: the surface form shows the correction as a word.
  for (const e of singleEdits(lower)) {
    if (!sameStart(e, lower)) continue;
    const term = termOf(e);
    if (!term || df(term) === 0) continue;
    const had = found.get(term);
    if (!had || surfaceRank(e, lower) < surfaceRank(had.surface, lower))
      found.set(term, { term, surface: e, distance: 1, df: df(term) });
  }
  // Two edits need the spelling index: while the warm-up has not built it, one edit only (building
  // it here would hold every other interaction).
  const indexes = indexesOf(coverage);
  if (!name && lower.length >= LONG_WORD && (indexes.warming === null || indexes.has(SPELL_INDEX))) {
    const spell = indexes.get(SPELL_INDEX);
    const stem = termOf(lower) ?? lower;
    const ids = new Set<number>();
    for (const v of new Set([...deletions(stem, 2), ...deletions(lower, 2)])) termsUnder(spell, v, ids);
    for (const id of ids) {
      const term = spell.terms[id]!;
      if (found.has(term) || !sameStart(term, lower) || df(term) === 0) continue;
      const distance = Math.min(editDistance(stem, term, 2), editDistance(lower, term, 2));
      if (distance <= 2) found.set(term, { term, surface: "", distance, df: df(term) });
    }
  }
  const out = [...found.values()].sort((a, b) => a.distance - b.distance || b.df - a.df).slice(0, PER_WORD);
  for (const c of out) {
    // The coverage's own form of the word when it is as close ("fares" for "farez", not "fared").
    const seen = surfaceOf(coverage, c.term);
    if (seen && (!c.surface || editDistance(lower, seen.toLowerCase(), c.distance) <= c.distance))
      c.surface = seen;
    c.surface = inCaseOf(word, c.surface || c.term);
  }
  return out;
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

/** A word of the coverage for a term: as written in the passage that uses it most. */
function surfaceOf(coverage: Coverage, term: string): string | null {
  const hit = coverage.index.searchTerms([{ term, weight: 1 }], 1)[0];
  if (!hit) return null;
  const passage = coverage.passages[hit.ref]!;
  const t = tokens(passage.text).find((x) => x.term === term);
  return t ? passage.text.slice(t.start, t.end) : null;
}

/** `surface` in the case the user typed `word` in. */
function inCaseOf(word: string, surface: string): string {
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
