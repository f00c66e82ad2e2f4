// The synthetic corpus's vocabulary: pseudo-words with Zipf weights, people, organisations, places.

import { Rng, Zipf } from "./random.ts";

export interface SyntheticPerson {
  first: string;
  last: string;
  /** "Secretary of State", "President", ... or null for a plain "Mr"/"Ms" person. */
  title: string | null;
  honorific: "Mr" | "Ms";
}

/** Everything the generator draws words from; build once with `buildVocabulary` and share. */
export interface SyntheticVocabulary {
  /** Each list is in rank order: index 0 is the most frequent. */
  nouns: string[];
  /** Verb stems; see `verbForms`. */
  verbs: string[];
  adjectives: string[];
  people: SyntheticPerson[];
  orgs: string[];
  places: string[];
  zipf: { nouns: Zipf; verbs: Zipf; adjectives: Zipf; people: Zipf; orgs: Zipf; places: Zipf };
}

/** The vocabulary seed used unless one is given: corpora and queries built apart still share words. */
export const DEFAULT_VOCABULARY_SEED = 1987;
export const ZIPF_S = 1.07;

const ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr bl cl fl gl pl sl st sp sk sh ch th"
  .split(" ")
  .concat(["", "", ""]);
const VOWELS = "a e i o u a e i o ai ea ou io".split(" ");
const CODAS = ["", "", "", "n", "r", "l", "s", "t", "m", "nd", "rt", "st", "ck", "x", "ng"];

/** Words the pseudo-vocabulary must never produce: function words and the grammar's own words. */
export const RESERVED = new Set(
  (
    "a an the of and to in is was were be been being are for on with as by at from his her its their this that " +
    "which who will would could should can may might has have had not or but it he she they we you i said says " +
    "say more than about after before over under into also still only now then there here what when where why how " +
    "do does did no so if up out all one two three mr ms dr per cent"
  ).split(" "),
);

function pseudoWord(rng: Rng, syllables: number): string {
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += rng.pick(ONSETS) + rng.pick(VOWELS);
    if (i === syllables - 1 || rng.chance(0.3)) word += rng.pick(CODAS);
  }
  return word;
}

function uniqueWords(rng: Rng, count: number, taken: Set<string>, minSyllables: number): string[] {
  const out: string[] = [];
  let guard = 0;
  while (out.length < count && guard++ < count * 50) {
    const syllables = minSyllables + rng.weighted([4, 5, 3, 1]);
    const word = pseudoWord(rng, syllables);
    if (word.length < 3 || taken.has(word) || RESERVED.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  // Frequent words are short in every language: rank by length, ties in generation order.
  return out
    .map((w, i) => ({ w, key: w.length + (i / out.length) * 4 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.w);
}

export const capitalize = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

const PERSON_TITLES = [
  "President",
  "Secretary of State",
  "Prime Minister",
  "Finance Minister",
  "Foreign Minister",
  "Senator",
  "Governor",
  "Mayor",
  "Judge",
  "General",
  "Commissioner",
  "Ambassador",
];
const ORG_SUFFIXES = [
  "Corp",
  "Group",
  "Bank",
  "Holdings",
  "Ministry",
  "Agency",
  "Council",
  "Institute",
  "Party",
  "Union",
  "Industries",
  "Foundation",
  "Authority",
  "Commission",
];

/** Builds the ~50k-word vocabulary, its people, organisations and places, deterministically. */
export function buildVocabulary(seed: number = DEFAULT_VOCABULARY_SEED): SyntheticVocabulary {
  const rng = new Rng(seed ^ 0x5eed);
  const taken = new Set<string>();
  const nouns = uniqueWords(rng, 26_000, taken, 1);
  const verbs = uniqueWords(rng, 9_000, taken, 1);
  const adjectives = uniqueWords(rng, 10_000, taken, 1);
  const firstNames = uniqueWords(rng, 1_500, taken, 2).map(capitalize);
  const lastNames = uniqueWords(rng, 4_000, taken, 2).map(capitalize);
  const placeWords = uniqueWords(rng, 1_000, taken, 2).map(capitalize);
  const orgWords = uniqueWords(rng, 2_500, taken, 1).map(capitalize);
  const people: SyntheticPerson[] = [];
  for (let i = 0; i < 20_000; i++) {
    people.push({
      first: rng.pick(firstNames),
      last: rng.pick(lastNames),
      title: rng.chance(0.45) ? rng.pick(PERSON_TITLES) : null,
      honorific: rng.chance(0.5) ? "Mr" : "Ms",
    });
  }
  const orgs: string[] = [];
  for (const w of orgWords) {
    const suffix = rng.pick(ORG_SUFFIXES);
    orgs.push(
      suffix === "Ministry" || suffix === "Institute" || suffix === "Commission"
        ? `${suffix} of ${rng.pick(placeWords)} ${capitalize(rng.pick(nouns.slice(0, 2000)))}`
        : `${w} ${suffix}`,
    );
  }
  return {
    nouns,
    verbs,
    adjectives,
    people,
    orgs,
    places: placeWords,
    zipf: {
      nouns: new Zipf(nouns.length, ZIPF_S),
      verbs: new Zipf(verbs.length, ZIPF_S),
      adjectives: new Zipf(adjectives.length, ZIPF_S),
      people: new Zipf(people.length, ZIPF_S),
      orgs: new Zipf(orgs.length, ZIPF_S),
      places: new Zipf(placeWords.length, ZIPF_S),
    },
  };
}

/** Inflections of a pseudo-verb stem: past ("gorbated"), gerund ("gorbating"), 3rd person ("gorbates"). */
export function verbForms(stem: string): { past: string; ing: string; s: string } {
  const e = stem.endsWith("e");
  return {
    past: e ? `${stem}d` : `${stem}ed`,
    ing: e ? `${stem.slice(0, -1)}ing` : `${stem}ing`,
    s: /(s|x|ch|sh)$/.test(stem) ? `${stem}es` : `${stem}s`,
  };
}

export const plural = (noun: string): string => (/(s|x|ch|sh)$/.test(noun) ? `${noun}es` : `${noun}s`);
