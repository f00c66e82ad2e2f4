// What a name lookup (answers/name-lookup.ts) is built from, as pieces of work for the warm-up's
// slices: the names folded and split into words, the owners ranked by prominence, the ranked
// prefix indexes of whole names and of words, and the words' radix tree for fuzzy lookup.

import { foldKey } from "../text/fold.ts";
import { NearWords } from "./near-words.ts";
import { RankedPrefixIndex } from "./ranked-prefix.ts";
import { sortArrayInSteps } from "./sort-steps.ts";

// Names split at spaces, hyphens, slashes and punctuation ("Jean-Luc", "AT&T").
export const tokenize = (text: string): string[] => text.split(/[\s\-/&,;:()"“”.]+/u);
/** The words of a folded name or typed text as completion compares them (MiniSearch's terms,
 *  without folding again). */
export const wordsOf = (folded: string): string[] => {
  const out: string[] = [];
  for (const token of tokenize(folded)) {
    const w = token.replace(/[^\p{L}\p{N}]+/gu, "");
    if (w) out.push(w);
  }
  return out;
};

/** The names as the lookup reads them: each name's text, owner, folded form and words. */
export class PreparedNames {
  readonly texts: string[] = [];
  readonly ownerOf: number[] = [];
  readonly folded: string[] = [];
  /** Each name's words, space-joined (the folded name itself when they are the same). */
  readonly words: string[] = [];
  owners = 0;

  static *inSteps(names: Iterable<readonly [number, string]>): Generator<void, PreparedNames> {
    const out = new PreparedNames();
    for (const [owner, text] of names) {
      if (out.texts.length % 64 === 63) yield;
      out.texts.push(text);
      out.ownerOf.push(owner);
      out.owners = Math.max(out.owners, owner + 1);
      const folded = foldKey(text);
      out.folded.push(folded);
      const words = wordsOf(folded).join(" ");
      out.words.push(words === folded ? folded : words);
    }
    return out;
  }
}

/** What a lookup is built from its prepared names: ranks, prefix indexes and vocabulary. */
export class LookupParts {
  constructor(
    readonly prepared: PreparedNames,
    readonly rankOf: Int32Array,
    readonly byName: RankedPrefixIndex,
    readonly byWord: RankedPrefixIndex,
    readonly vocabulary: NearWords,
  ) {}
}

/** Names and words between two yields while they are listed by key. */
const NAMES_PER_STEP = 2048;

export function* lookupParts(
  prepared: PreparedNames,
  prominence: (owner: number) => number,
): Generator<void, LookupParts> {
  const owners = Array.from({ length: prepared.owners }, (_, i) => [i, prominence(i)] as const);
  const byProminence = yield* sortArrayInSteps(owners, (a, b) => b[1] - a[1] || a[0] - b[0]);
  const rankOf = new Int32Array(prepared.owners);
  byProminence.forEach(([owner], rank) => {
    rankOf[owner] = rank;
  });
  const byName = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, owner: number) => {
    const list = map.get(key);
    if (list) list.push(owner);
    else map.set(key, [owner]);
  };
  for (let d = 0; d < prepared.ownerOf.length; d++) {
    if (d % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
    const owner = prepared.ownerOf[d]!;
    add(byName, prepared.folded[d]!, owner);
    for (const w of prepared.words[d]!.split(" ")) if (w) add(byWord, w, owner);
  }
  const nameIndex = yield* RankedPrefixIndex.inSteps(byName, rankOf);
  const wordIndex = yield* RankedPrefixIndex.inSteps(byWord, rankOf);
  const vocabulary = yield* NearWords.inSteps(wordIndex.count, (k) => wordIndex.keyAt(k));
  return new LookupParts(prepared, rankOf, nameIndex, wordIndex, vocabulary);
}
