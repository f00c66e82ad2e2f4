// The tagger's reading of one article as the actor rules ask it: which name (and type) the
// tagger gives the words of a run.

import type { NameWord as Token } from "../../text/views.ts";
import type { NerSpan, NerType } from "../ner/index.ts";

export interface NerView {
  /** The tagger's name that starts exactly at `first` and runs at least to `last`'s end. */
  nameAt(first: Token, last: Token): NerSpan | null;
  /** The type of the tagger's name covering this word, or null. */
  typeOf(t: Token): NerType | null;
  /** The word, standing alone elsewhere in the article, is read as a person ("Amsell denies"). */
  alonePerson(word: string): boolean;
  /** The article reads the word as a place more than as an organisation: the margins of the
   *  tagger's places holding it outweigh those of its organisations ("the Sydney Olympic champion
   *  … won in Sydney"; not "Atlanta 5 Florida 3 … Atlanta 2 Houston 1" under an "ATLANTA" dateline). */
  mostlyPlace(word: string): boolean;
}

/** The view over the tagger's names of an article (in text order). */
export function nerView(spans: readonly NerSpan[], text: string): NerView {
  const alone = new Set<string>();
  // per word, the summed margins of the places (+) and organisations (-) holding it
  const placeOverOrg = new Map<string, number>();
  for (const s of spans) {
    const w = text.slice(s.start, s.end);
    if (s.type === "PER" && !/\s/.test(w)) alone.add(w);
    if (s.type !== "LOC" && s.type !== "ORG") continue;
    const sign = s.type === "LOC" ? 1 : -1;
    for (const x of w.split(/\s+/)) {
      const k = x.replace(/['’]s?$/, "");
      placeOverOrg.set(k, (placeOverOrg.get(k) ?? 0) + sign * s.margin);
    }
  }
  const byStart = new Map(spans.map((s) => [s.start, s]));
  const covering = (at: number): NerSpan | null => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = spans[lo - 1];
    return s && at < s.end ? s : null;
  };
  return {
    nameAt(first, last) {
      const s = byStart.get(first.start);
      return s && s.end >= last.end ? s : null;
    },
    typeOf: (t) => covering(t.start)?.type ?? null,
    alonePerson: (w) => alone.has(w),
    mostlyPlace: (w) => (placeOverOrg.get(w) ?? 0) > 0,
  };
}
