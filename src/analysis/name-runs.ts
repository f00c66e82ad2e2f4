// The one capitalised-run finder: a name is a run of capitalised words, joined through a few
// lower-case particles ("Tren de Aragua", "Ludwig van Beethoven"). Analyses differ in the rules
// of the walk, given as named options: the actor model (actors/chunks.ts) joins any number of
// particles, checks the spacing between words, stops at words that are never names and lets
// "of"/"and"/"&" join organisation names; the speaker names of quotes (`SPEAKER_NAME_RUNS`) join
// at most three particles and nothing else.

import { PARTICLES_IN_SPEAKER_NAMES } from "./lexicons/person-names.ts";

export interface NameRunRules<T> {
  /** A capitalised word: starts or continues a run. */
  readonly cap: (t: T) => boolean;
  /** A lower-case word that joins two capitalised ones ("de", "van"). */
  readonly particle: (t: T) => boolean;
  /** At most this many particles in a row between two capitalised words. */
  readonly maxParticles: number;
  /** Whether two neighbouring words may stand in one run (spacing, a possessive between). */
  readonly joined: (a: T, b: T) => boolean;
  /** Particles may start a run when a capitalised word follows them ("de la Fuente"). */
  readonly particleStarts: boolean;
  /** A capitalised word that does not continue a run after `prev` (it still may after particles). */
  readonly stops: (t: T, prev: T) => boolean;
  /** For a word at `j` that may join the run [from, j) to a later capitalised word ("of",
   *  "and"): the index of that word, or -1. */
  readonly connector: (toks: readonly T[], from: number, j: number) => number;
}

/** The runs of `toks` as [from, to) index pairs, in text order. */
export function nameRuns<T>(toks: readonly T[], rules: NameRunRules<T>): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    const starts =
      rules.cap(t) || (rules.particleStarts && rules.particle(t) && throughParticles(toks, i, rules) >= 0);
    if (!starts) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length && rules.joined(toks[j - 1]!, toks[j]!)) {
      const next = toks[j]!;
      if (rules.cap(next) && !rules.stops(next, toks[j - 1]!)) {
        j++;
        continue;
      }
      if (rules.particle(next)) {
        const k = throughParticles(toks, j, rules);
        if (k >= 0) {
          j = k + 1;
          continue;
        }
      }
      const k = rules.connector(toks, i, j);
      if (k >= 0) {
        j = k + 1;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** The capitalised word after the particles starting at `i` (each joined to the next), or -1. */
function throughParticles<T>(toks: readonly T[], i: number, rules: NameRunRules<T>): number {
  let k = i;
  while (k < toks.length && k - i < rules.maxParticles && rules.particle(toks[k]!)) {
    if (k + 1 >= toks.length || !rules.joined(toks[k]!, toks[k + 1]!)) return -1;
    k++;
  }
  return k < toks.length && rules.cap(toks[k]!) && k > i ? k : -1;
}

/** A word or punctuation token as quotes' reporting clauses read them. */
export interface ClauseToken {
  readonly text: string;
  readonly lower: string;
  readonly type: string;
}

const isClauseWord = (t: ClauseToken) => t.type === "w";

/** Speaker names in quotes (DocNames): up to three particles, nothing else joins, no spacing check. */
export const SPEAKER_NAME_RUNS: NameRunRules<ClauseToken> = {
  cap: (t) => isClauseWord(t) && /^\p{Lu}/u.test(t.text),
  particle: (t) => isClauseWord(t) && PARTICLES_IN_SPEAKER_NAMES.has(t.lower),
  maxParticles: 3,
  joined: () => true,
  particleStarts: false,
  stops: () => false,
  connector: () => -1,
};
