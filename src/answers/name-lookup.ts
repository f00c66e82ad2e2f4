// Name lookup over short strings: one NameLookup per list of names (actor names and aliases,
// speakers, event labels), built once per coverage as an answer index (answers/indexes.ts).
//
// Autocomplete (`complete`, one call per keystroke) must stay within a few milliseconds with the
// actors of a million passages, where a typed "m" or "the" starts hundreds of thousands of names:
// the names that start with the typed text, then those with a word that does, come from ranked
// prefix indexes (answers/ranked-prefix.ts), the most prominent first, without reading the rest.
// Only when those are fewer than asked does it match word by word through typos: each typed word a
// word of the name (the last a prefix, words of 4+ letters also one edit away, found with
// MiniSearch's radix tree), checked on a bounded number of the most prominent candidates.
// "Did you mean" (`closest`, once per unknown name) is MiniSearch's fuzzy search (the user's
// choice): each word up to one edit away, two from 6 letters, any word may match.
// Owners (an actor, a speaker, an event) come best first: the match class (the name starts with
// the typed text; a word does; fuzzy), then the caller's prominence.

import MiniSearch from "minisearch";
import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import type { ActorModel } from "../types.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";
import { LookupParts, lookupParts, PreparedNames, tokenize, wordsOf } from "./name-parts.ts";
import type { NearWords } from "./near-words.ts";
import type { RankedPrefixIndex } from "./ranked-prefix.ts";

export interface NameHit {
  /** The owner's position in the caller's list. */
  owner: number;
  /** 3: a name starts with the typed text; 2: a word of it does; 1: a fuzzy match. */
  match: number;
  score: number;
}

interface NameDoc {
  id: number;
  text: string;
}

const processTerm = (term: string): string | null => {
  const t = foldKey(term).replace(/[^\p{L}\p{N}]+/gu, "");
  return t === "" ? null : t;
};
/** Edits a "did you mean" allows per typed word: one, two from 6 letters, none under 3. */
function typoEdits(term: string): number | false {
  if (term.length < 3) return false;
  return term.length >= 6 ? 2 : 1;
}

/** Candidates a completion through typos checks at most, the most prominent first: bounds one
 *  keystroke's work when every typed word is a common one. */
const TYPO_CANDIDATES = 300;

/** Whether two words are at most one edit apart (a letter deleted, inserted or changed): linear,
 *  without the table of a general edit distance (text/similarity.ts), as it runs per candidate. */
function withinOneEdit(a: string, b: string): boolean {
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return true;
  // The first difference: a changed letter (same lengths) or a letter b has more.
  return a.length === b.length ? a.slice(i + 1) === b.slice(i + 1) : a.slice(i) === b.slice(i + 1);
}

/** A typed word as a completion matches it: the last one may be a prefix. */
interface TypedWord {
  term: string;
  last: boolean;
}

/** How many typed words a name's words match only one edit away, or -1 if one matches none. */
function editsToMatch(words: readonly string[], typed: readonly TypedWord[]): number {
  let edits = 0;
  for (const t of typed) {
    let best = 2;
    for (const w of words) {
      if (w === t.term || (t.last && w.startsWith(t.term))) {
        best = 0;
        break;
      }
      if (best > 1 && t.term.length >= 4 && withinOneEdit(w, t.term)) best = 1;
    }
    if (best > 1) return -1;
    edits += best;
  }
  return edits;
}

export class NameLookup {
  /** MiniSearch's index of the names, for "did you mean": built on first use (or by
   *  `prepareSuggestions`), as speakers and event labels are only ever completed. */
  private search: MiniSearch<NameDoc> | null = null;
  private readonly ownerOf: number[];
  /** How many owners the names were built for (a list that grew is indexed again). */
  owners = 0;
  private readonly texts: string[];
  private readonly folded: string[];
  /** Each name's words, space-joined (the folded name itself when they are the same). */
  private readonly words: string[];
  /** An owner's names: `docIds[docStart[o] .. docStart[o + 1])`. */
  private readonly docStart: Int32Array;
  private readonly docIds: Int32Array;
  /** Owners by prominence: 0 the most prominent (ties: the first owner). */
  private readonly rankOf: Int32Array;
  /** Whole folded names, and the words of names, each with its owners. */
  private readonly byName: RankedPrefixIndex;
  private readonly byWord: RankedPrefixIndex;
  /** The words again, by their one-letter deletions, for words one edit from a typed one. */
  private readonly vocabulary: NearWords;

  /** `names[i]` = [owner, name]: an owner may have several names (aliases). */
  constructor(
    names: Iterable<readonly [number, string]> | PreparedNames | LookupParts,
    private readonly prominence: (owner: number) => number,
  ) {
    const parts =
      names instanceof LookupParts
        ? names
        : runAll(
            lookupParts(
              names instanceof PreparedNames ? names : runAll(PreparedNames.inSteps(names)),
              prominence,
            ),
          );
    const { prepared } = parts;
    ({ texts: this.texts, ownerOf: this.ownerOf, folded: this.folded, words: this.words } = prepared);
    this.owners = prepared.owners;
    ({ rankOf: this.rankOf, byName: this.byName, byWord: this.byWord, vocabulary: this.vocabulary } = parts);
    [this.docStart, this.docIds] = this.namesByOwner();
  }

  /** The same lookup built as pieces of work (a warm-up's slices): its names folded a few dozen
   *  at a time, its owners ranked and its prefix indexes sorted in steps. */
  static *inSteps(
    names: Iterable<readonly [number, string]>,
    prominence: (owner: number) => number,
  ): Generator<void, NameLookup> {
    const prepared = yield* PreparedNames.inSteps(names);
    yield;
    return new NameLookup(yield* lookupParts(prepared, prominence), prominence);
  }

  /** Owners whose names match a partly typed name, at most `limit`: names that start with it, then
   *  names with a word that does, then names whose words the typed words are (the last a prefix,
   *  words of 4+ letters also one edit away); the most prominent first within each. */
  complete(partial: string, limit: number): NameHit[] {
    const want = foldKey(partial);
    const out: NameHit[] = [];
    if (!want || limit <= 0) return out;
    const taken = new Set<number>();
    const take = (owners: Iterable<number>, match: number): boolean => {
      for (const owner of owners) {
        if (taken.has(owner)) continue;
        taken.add(owner);
        out.push({ owner, match, score: 1 });
        if (out.length >= limit) return true;
      }
      return false;
    };
    if (take(this.byName.ranked([this.byName.range(want)]), 3)) return out;
    const one = want.includes(" ") ? null : wordsOf(want).join("");
    if (one && take(this.byWord.ranked([this.byWord.range(one)]), 2)) return out;
    for (const hit of this.completeThroughTypos(want, limit - out.length, taken)) out.push(hit);
    return out;
  }

  /** The fuzzy class of `complete`: owners not yet `taken` whose names hold every typed word. */
  private completeThroughTypos(want: string, limit: number, taken: ReadonlySet<number>): NameHit[] {
    // A last word of one or two letters ("Tamsin O") would expand to every word starting so: the
    // lookup runs without it, and it filters the names found.
    const parts = want.split(" ");
    const tail =
      parts.length > 1 && parts[parts.length - 1]!.length < 3 ? wordsOf(parts.pop()!).join("") : null;
    const terms = wordsOf(parts.join(" "));
    const typed = terms.map((term, i) => ({ term, last: i === terms.length - 1 }));
    // One word under 4 letters has no typo to get through: the prefix classes found its names.
    if (typed.length === 0 || (typed.length === 1 && !tail && typed[0]!.term.length < 4)) return [];
    // The candidates: the names of the typed word with the fewest (as typed, or as a prefix for the
    // last word), the most prominent first; that word's near spellings join them.
    let driver = typed[0]!;
    let cost = Infinity;
    for (const t of typed) {
      const c = this.byWord.postings(...this.wordRange(t));
      if (c < cost) [driver, cost] = [t, c];
    }
    const ranges = [this.wordRange(driver), ...this.nearSpellings(driver)];
    const found: Array<{ owner: number; edits: number }> = [];
    const seen = new Set<number>();
    let exact = 0;
    for (const owner of this.byWord.ranked(ranges)) {
      if (seen.has(owner)) continue;
      seen.add(owner);
      if (seen.size > TYPO_CANDIDATES || exact >= limit) break;
      if (taken.has(owner)) continue;
      const edits = this.editsOf(owner, typed, tail);
      if (edits < 0) continue;
      found.push({ owner, edits });
      if (edits === 0) exact++;
    }
    return found
      .sort((a, b) => a.edits - b.edits || this.rankOf[a.owner]! - this.rankOf[b.owner]!)
      .slice(0, limit)
      .map(({ owner, edits }) => ({ owner, match: 1, score: 1 / (1 + edits) }));
  }

  /** The word keys a typed word is: itself, or the words it starts when it is the last one. */
  private wordRange(t: TypedWord): [number, number] {
    return t.last ? this.byWord.range(t.term) : this.byWord.exact(t.term);
  }

  /** The word keys one edit away from a typed word of 4+ letters. */
  private nearSpellings(t: TypedWord): Array<[number, number]> {
    if (t.term.length < 4) return [];
    const out: Array<[number, number]> = [];
    for (const w of this.vocabulary.near(t.term))
      if (!(t.last && w.startsWith(t.term))) out.push(this.byWord.exact(w));
    return out;
  }

  /** The fewest typed words an owner's names match only one edit away, or -1 if none matches. */
  private editsOf(owner: number, typed: readonly TypedWord[], tail: string | null): number {
    let best = -1;
    for (let i = this.docStart[owner]!; i < this.docStart[owner + 1]!; i++) {
      const words = this.words[this.docIds[i]!]!.split(" ");
      if (tail && !words.some((w) => w.startsWith(tail))) continue;
      const edits = editsToMatch(words, typed);
      if (edits >= 0 && (best < 0 || edits < best)) best = edits;
    }
    return best;
  }

  /** Each owner's names, as CSR arrays (start offsets, name ids). */
  private namesByOwner(): [Int32Array, Int32Array] {
    const start = new Int32Array(this.owners + 1);
    for (const owner of this.ownerOf) start[owner + 1]!++;
    for (let o = 0; o < this.owners; o++) start[o + 1]! += start[o]!;
    const ids = new Int32Array(this.ownerOf.length);
    const next = start.slice(0, this.owners);
    this.ownerOf.forEach((owner, d) => {
      ids[next[owner]!++] = d;
    });
    return [start, ids];
  }

  /** Builds the "did you mean" index now rather than on the first `closest`. */
  prepareSuggestions(): MiniSearch<NameDoc> {
    return runAll(this.suggestionsInSteps());
  }

  /** The "did you mean" index built a few dozen names at a time (a warm-up's slices). */
  *suggestionsInSteps(): Generator<void, MiniSearch<NameDoc>> {
    if (this.search) return this.search;
    const search = new MiniSearch<NameDoc>({ fields: ["text"], processTerm, tokenize });
    for (let id = 0; id < this.texts.length; id++) {
      if (id % 64 === 63) yield;
      search.add({ id, text: this.texts[id]! });
    }
    this.search = search;
    return search;
  }

  /** Owners whose names are close to a typed one (typos, a part of the name). */
  closest(name: string, limit: number): NameHit[] {
    const want = foldKey(name);
    if (!want) return [];
    const hits = this.prepareSuggestions().search(want, {
      prefix: true,
      fuzzy: typoEdits,
      combineWith: "OR",
    });
    return this.rank(want, hits, limit);
  }

  private rank(want: string, hits: ReadonlyArray<{ id: number; score: number }>, limit: number): NameHit[] {
    const best = new Map<number, NameHit>();
    for (const h of hits) {
      const owner = this.ownerOf[h.id]!;
      const f = this.folded[h.id]!;
      const match = f.startsWith(want) ? 3 : f.split(/[\s-]+/).some((w) => w.startsWith(want)) ? 2 : 1;
      const known = best.get(owner);
      if (!known || match > known.match || (match === known.match && h.score > known.score))
        best.set(owner, { owner, match, score: h.score });
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          b.match - a.match ||
          (a.match === 1 ? b.score - a.score : 0) ||
          this.prominence(b.owner) - this.prominence(a.owner) ||
          b.score - a.score ||
          a.owner - b.owner,
      )
      .slice(0, limit);
  }
}

/** Every actor's name and aliases, the most mentioned first on equal matches. */
export const ACTOR_NAMES: IndexSlot<{ model: ActorModel; lookup: NameLookup }> = {
  name: "actor-names",
  build: (coverage) => runAll(actorNameSteps(coverage)),
  steps: actorNameSteps,
  fits: (index, coverage) =>
    index.model === coverage.actors && index.lookup.owners === coverage.actors.actors.length,
};

function* actorNameSteps(coverage: Coverage): Generator<void, { model: ActorModel; lookup: NameLookup }> {
  const model = coverage.actors;
  const actors = model.actors;
  function* names(): Generator<readonly [number, string]> {
    for (let i = 0; i < actors.length; i++) {
      const a = actors[i]!;
      const seen = new Set<string>();
      for (const text of [a.name, ...a.aliases.map((x) => x.text)]) {
        const key = foldKey(text);
        if (seen.has(key)) continue;
        seen.add(key);
        yield [i, text];
      }
    }
  }
  const lookup = yield* NameLookup.inSteps(names(), (i) => actors[i]!.mentions);
  // /actor's "did you mean" needs MiniSearch's index: built with the rest (in the warm-up).
  yield* lookup.suggestionsInSteps();
  return { model, lookup };
}

/** The actor name lookup a coverage is served with. */
export function actorNames(coverage: Coverage): NameLookup {
  return indexesOf(coverage).get(ACTOR_NAMES).lookup;
}
