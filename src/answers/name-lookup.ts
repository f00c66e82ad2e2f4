// Name lookup with MiniSearch (the user's choice), where it is strongest: prefix and fuzzy search
// over short strings. One NameLookup per list of names (actor names and aliases, speakers, event
// labels), built once per coverage as an answer index (answers/indexes.ts). It serves every
// autocomplete (`complete`: each typed word a prefix, words of 4+ letters also one edit away) and
// every "did you mean" (`closest`: each word up to one edit away, two from 6 letters, any word may
// match). Owners (an actor, a speaker, an event) are returned best first: the match class (the
// name starts with the typed text; a word does; fuzzy), then the caller's prominence, then score.

import MiniSearch from "minisearch";
import type { Coverage } from "../coverage.ts";
import { foldKey } from "../text/fold.ts";
import type { ActorModel } from "../types.ts";
import { type IndexSlot, indexesOf, runAll } from "./indexes.ts";

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
// Names split at spaces, hyphens, slashes and punctuation ("Jean-Luc", "AT&T").
const tokenize = (text: string): string[] => text.split(/[\s\-/&,;:()"“”.]+/u);

/** Edits a "did you mean" allows per typed word: one, two from 6 letters, none under 3. */
function typoEdits(term: string): number | false {
  if (term.length < 3) return false;
  return term.length >= 6 ? 2 : 1;
}

export class NameLookup {
  private readonly search: MiniSearch<NameDoc>;
  private readonly ownerOf: number[] = [];
  /** How many owners the names were built for (a list that grew is indexed again). */
  owners = 0;
  private readonly folded: string[] = [];

  /** `names[i]` = [owner, name]: an owner may have several names (aliases). */
  constructor(
    names: Iterable<readonly [number, string]>,
    private readonly prominence: (owner: number) => number,
  ) {
    this.search = new MiniSearch<NameDoc>({ fields: ["text"], processTerm, tokenize });
    runAll(this.adding(names));
  }

  /** The same lookup built a few hundred names at a time (a warm-up's slices). */
  static *inSteps(
    names: Iterable<readonly [number, string]>,
    prominence: (owner: number) => number,
  ): Generator<void, NameLookup> {
    const lookup = new NameLookup([], prominence);
    yield* lookup.adding(names);
    return lookup;
  }

  private *adding(names: Iterable<readonly [number, string]>): Generator<void> {
    for (const [owner, text] of names) {
      if (this.ownerOf.length % 64 === 63) yield;
      this.search.add({ id: this.ownerOf.length, text });
      this.ownerOf.push(owner);
      this.owners = Math.max(this.owners, owner + 1);
      this.folded.push(foldKey(text));
    }
  }

  /** Owners whose names match a partly typed name: the typed words words of the name, the last a
   *  prefix (words of 4+ letters also one edit away). */
  complete(partial: string, limit: number): NameHit[] {
    const want = foldKey(partial);
    if (!want) return [];
    // A last word of one or two letters ("Tamsin O") would expand to every word starting so:
    // the lookup runs without it, and it filters the names found.
    const words = want.split(" ");
    const tail = words.length > 1 && words[words.length - 1]!.length < 3 ? words.pop()! : null;
    let hits = this.search.search(words.join(" "), {
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 4 ? 1 : false),
      combineWith: "AND",
    });
    if (tail) hits = hits.filter((h) => this.folded[h.id]!.split(/[\s-]+/).some((w) => w.startsWith(tail)));
    return this.rank(want, hits, limit);
  }

  /** Owners whose names are close to a typed one (typos, a part of the name). */
  closest(name: string, limit: number): NameHit[] {
    const want = foldKey(name);
    if (!want) return [];
    const hits = this.search.search(want, { prefix: true, fuzzy: typoEdits, combineWith: "OR" });
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
  return { model, lookup: yield* NameLookup.inSteps(names(), (i) => actors[i]!.mentions) };
}

/** The actor name lookup a coverage is served with. */
export function actorNames(coverage: Coverage): NameLookup {
  return indexesOf(coverage).get(ACTOR_NAMES).lookup;
}
