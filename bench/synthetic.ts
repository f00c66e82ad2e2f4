// Synthetic news corpus for benchmarks beyond the size of the real data sets. Deterministic from
// a seed. Text is news-shaped rather than meaningful: a Zipf-distributed pseudo-word vocabulary
// (s ≈ 1.07) set in a small English phrase grammar, so function words come at realistic rates
// (about 40% of tokens) and stopword handling matters; recurring people with titles, organisations
// and places; quotations in about 20% of paragraphs; numbers with units; weekday dates.
//
// One passage = one paragraph of 1–4 sentences (≈ 48 words); `passages` sets their total exactly.
//
// CLI: npx tsx bench/synthetic.ts --passages 100000 --out DIR [--seed 1] [--queries 500 --queries-out FILE]
// writes DIR/<docId>.txt, each with a YAML front-matter block, streaming (one article in memory).

import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceMeta } from "../src/types.ts";

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a 32-bit seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  readonly next: () => number;
  private spare: number | null = null;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Index drawn with the given (unnormalised) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Samples ranks 0..n-1 with P(rank r) ∝ 1 / (r + 1)^s. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let r = 0; r < n; r++) {
      total += 1 / (r + 1) ** s;
      this.cumulative[r] = total;
    }
    for (let r = 0; r < n; r++) this.cumulative[r] = (this.cumulative[r] ?? 0) / total;
  }
  sample(rng: Rng): number {
    const x = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

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
const RESERVED = new Set(
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

const capitalize = (w: string): string => (w ? w[0]!.toUpperCase() + w.slice(1) : w);

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

// ---------------------------------------------------------------------------------------------
// Articles

export interface SyntheticArticle {
  docId: string;
  /** The article body: paragraphs separated by a blank line (no front matter, no title line). */
  text: string;
  meta: SourceMeta;
  /** Paragraph count: the passages this article contributes. */
  passages: number;
}

export interface GenerateOptions {
  /** Total passages (= paragraphs) to produce, exactly. */
  passages: number;
  seed: number;
  vocabulary?: SyntheticVocabulary;
  /** Share of paragraphs carrying a quotation. Default 0.2. */
  quoteShare?: number;
}

const OUTLETS = [
  "The Daily Ledger",
  "Northern Courier",
  "Harbor City Times",
  "The Evening Dispatch",
  "Capital Wire",
  "Westfield Gazette",
  "The Morning Record",
  "Continental Press",
  "Riverside Tribune",
  "Global Newsroom",
  "The Sentinel",
  "Metro Herald",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const UNITS = [
  "barrels",
  "tonnes",
  "people",
  "jobs",
  "troops",
  "vehicles",
  "homes",
  "acres",
  "miles",
  "kilometres",
  "votes",
  "shares",
  "students",
  "cases",
  "pounds",
  "flights",
];
const SMALL_NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens of"];
// Repetition stands in for weights: roughly the relative rates of news English.
const DETS = "the the the the the the the the the the a a a a its their this his her these".split(" ");
const PREPS =
  "of of of of of of in in in in to to to for for for on with with at by from over after into".split(" ");
const ADVERBS = ["also", "now", "still", "already", "only", "recently", "again", "largely", "quickly"];
const LEADS = ["However,", "Earlier,", "Meanwhile,", "Last year,", "In a statement,", "Since then,", "But"];

/** Per-article state: its cast and topic words, so an article keeps returning to its subject. */
interface Story {
  vocab: SyntheticVocabulary;
  rng: Rng;
  cast: SyntheticPerson[];
  mentioned: Set<SyntheticPerson>;
  orgs: string[];
  places: string[];
  topic: string[];
  curly: boolean;
}

function singularNoun(st: Story): string {
  return st.rng.chance(0.25)
    ? st.rng.pick(st.topic)
    : (st.vocab.nouns[st.vocab.zipf.nouns.sample(st.rng)] as string);
}
function noun(st: Story): string {
  const w = singularNoun(st);
  return st.rng.chance(0.3) ? plural(w) : w;
}
/** An organisation as it reads mid-sentence: "the Ministry of ...", but "Zorbat Corp". */
const orgRef = (org: string): string => (/^(Ministry|Institute|Commission) /.test(org) ? `the ${org}` : org);
const adjective = (st: Story): string =>
  st.vocab.adjectives[st.vocab.zipf.adjectives.sample(st.rng)] as string;
const verb = (st: Story): string => st.vocab.verbs[st.vocab.zipf.verbs.sample(st.rng)] as string;

function personRef(st: Story, p: SyntheticPerson): string {
  if (!st.mentioned.has(p)) {
    st.mentioned.add(p);
    return p.title ? `${p.title} ${p.first} ${p.last}` : `${p.first} ${p.last}`;
  }
  return st.rng.chance(0.35) ? `${p.honorific} ${p.last}` : p.last;
}

function numberPhrase(st: Story): string {
  const r = st.rng;
  switch (r.weighted([4, 3, 2, 1, 1])) {
    case 0: {
      const n = Math.round(r.logNormal(900, 1.6)) + 2;
      return `${n.toLocaleString("en-US")} ${r.pick(UNITS)}`;
    }
    case 1: {
      const amount = r.chance(0.5) ? String(r.int(2, 999)) : (r.int(10, 99) / 10).toFixed(1);
      return `$${amount} ${r.chance(0.75) ? "million" : "billion"}`;
    }
    case 2:
      return r.chance(0.7) ? `${r.int(1, 95)}%` : `${r.int(1, 40)}.${r.int(0, 9)} percent`;
    case 3:
      return `${r.pick(SMALL_NUMBERS)} ${plural(singularNoun(st))}`;
    default:
      return `${r.int(2, 40)} times`;
  }
}

function when(st: Story): string {
  const r = st.rng;
  switch (r.weighted([6, 2, 2, 1])) {
    case 0:
      return `on ${r.pick(WEEKDAYS)}`;
    case 1:
      return `last ${r.pick(WEEKDAYS)}`;
    case 2:
      return `on ${r.pick(WEEKDAYS)} ${r.pick(["night", "morning", "afternoon"])}`;
    default:
      return `on ${r.pick(MONTHS)} ${r.int(1, 28)}`;
  }
}

function nounPhrase(st: Story, out: string[]): void {
  const r = st.rng;
  const roll = r.next();
  if (roll < 0.12) out.push(personRef(st, r.pick(st.cast)));
  else if (roll < 0.2) out.push(orgRef(r.pick(st.orgs)));
  else if (roll < 0.24) out.push(r.pick(st.places));
  else if (roll < 0.3) out.push(numberPhrase(st));
  else {
    out.push(r.pick(DETS));
    if (r.chance(0.4)) out.push(adjective(st));
    out.push(noun(st));
    if (r.chance(0.15)) out.push("of the", noun(st));
  }
}

function verbPhrase(st: Story, out: string[]): void {
  const r = st.rng;
  const v = verbForms(verb(st));
  switch (r.weighted([5, 2, 2, 2, 1, 1, 1])) {
    case 0:
      out.push(v.past);
      break;
    case 1:
      out.push("has", v.past);
      break;
    case 2:
      out.push(r.pick(["was", "were"]), v.past);
      break;
    case 3:
      out.push(r.pick(["will", "would", "could"]), verb(st));
      break;
    case 4:
      out.push(r.pick(["is", "are", "was"]), v.ing);
      break;
    case 5:
      out.push(r.pick(ADVERBS), v.past);
      break;
    default:
      out.push(v.s);
  }
}

const wordCount = (parts: readonly string[]): number => {
  let n = 0;
  for (const part of parts) for (const w of part.split(" ")) if (w && w !== ",") n++;
  return n;
};

/** One clause, then modifiers until the log-normal target length (median 22 words) is reached. */
function sentenceWords(st: Story, target: number): string[] {
  const r = st.rng;
  const out: string[] = [];
  if (r.chance(0.12)) out.push(r.pick(LEADS));
  nounPhrase(st, out);
  verbPhrase(st, out);
  nounPhrase(st, out);
  let dated = false;
  let placed = false;
  // Phrases add ~3 words on average: stop one short of the target so the median lands on it.
  for (let words = wordCount(out); words < target - 1; ) {
    const from = out.length;
    switch (r.weighted([7, 3, dated ? 0 : 2, 2, 1, placed ? 0 : 1, 2])) {
      case 0:
        out.push(r.pick(PREPS));
        nounPhrase(st, out);
        break;
      case 1:
        out.push(r.pick([", and", ", and", ", but", "and", "that", "which", "as", "while"]));
        nounPhrase(st, out);
        verbPhrase(st, out);
        break;
      case 2:
        out.push(when(st));
        dated = true;
        break;
      case 3:
        out.push(r.pick(["by", "to", "more than", "about", "nearly", "from"]), numberPhrase(st));
        break;
      case 4:
        out.push("to", verb(st), "the", noun(st));
        break;
      case 5:
        out.push("in", r.pick(st.places));
        placed = true;
        break;
      default:
        out.push("and");
        nounPhrase(st, out);
    }
    words += wordCount(out.slice(from));
  }
  return out;
}

/** "a"/"an" by the sound of the next word (near enough: by its first letter). */
const fixArticles = (text: string): string =>
  text.replace(/\b([Aa])n? (?=(\S))/g, (_m, a: string, next: string) =>
    /[aeiouAEIOU]/.test(next) ? `${a}n ` : `${a} `,
  );

function sentenceBody(st: Story): string {
  const target = Math.max(5, Math.min(70, Math.round(st.rng.logNormal(22, 0.4))));
  const text = sentenceWords(st, target).join(" ").replace(/ ,/g, ",");
  return capitalize(fixArticles(text));
}

function quote(st: Story): string {
  const r = st.rng;
  const [open, close] = st.curly ? ["\u201c", "\u201d"] : ['"', '"'];
  const speakerPerson = r.chance(0.85);
  const speaker = speakerPerson
    ? personRef(st, r.pick(st.cast))
    : `a spokesperson for ${orgRef(r.pick(st.orgs))}`;
  const said = r.chance(0.8) ? "said" : r.pick(["told reporters", "added", "wrote", "said in a statement"]);
  const q = sentenceBody(st);
  switch (r.weighted([6, 2, 2])) {
    case 0:
      return `${open}${q},${close} ${speaker} ${said}.`;
    case 1:
      return `${capitalize(speaker)} ${said}: ${open}${q}.${close}`;
    default:
      return `${open}${q},${close} ${said === "said" ? `said ${speaker}` : `${speaker} ${said}`}.`;
  }
}

function headline(st: Story): string {
  const r = st.rng;
  const p = r.pick(st.cast);
  switch (r.weighted([3, 3, 2, 2])) {
    case 0:
      return `${p.last} says ${noun(st)} ${noun(st)} will ${verb(st)}`;
    case 1:
      return `${r.pick(st.orgs)} to ${verb(st)} ${adjective(st)} ${st.topic[0]}`;
    case 2:
      return `${capitalize(adjective(st))} ${st.topic[0]} ${verbForms(verb(st)).s} ${noun(st)} in ${r.pick(st.places)}`;
    default:
      return `${capitalize(plural(st.topic[0] as string))} ${verbForms(verb(st)).past} as ${p.last} ${verbForms(verb(st)).s} ${numberPhrase(st)}`;
  }
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);

function planSizes(rng: Rng, remaining: number): number {
  if (remaining <= 25) return remaining;
  const k = Math.max(5, Math.min(25, Math.round(rng.logNormal(11, 0.45))));
  // Never leave a tail too short to be an article of its own.
  return remaining - k < 5 ? remaining - 5 : k;
}

function makeArticle(
  vocab: SyntheticVocabulary,
  seed: number,
  index: number,
  paragraphs: number,
  quoteShare: number,
) {
  const rng = new Rng((seed * 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const castSize = rng.int(2, 4);
  const cast: SyntheticPerson[] = [];
  for (let i = 0; i < castSize; i++)
    cast.push(vocab.people[vocab.zipf.people.sample(rng)] as SyntheticPerson);
  const orgs = [
    vocab.orgs[vocab.zipf.orgs.sample(rng)] as string,
    vocab.orgs[vocab.zipf.orgs.sample(rng)] as string,
  ];
  const places = [vocab.places[vocab.zipf.places.sample(rng)] as string];
  if (rng.chance(0.5)) places.push(vocab.places[vocab.zipf.places.sample(rng)] as string);
  const topic: string[] = [];
  // Topic words are mid-frequency (log-uniform over ranks 30..10,000): what makes a story findable.
  for (let i = 0; i < 8; i++) topic.push(vocab.nouns[Math.floor(30 * (10_000 / 30) ** rng.next())] as string);
  const st: Story = { vocab, rng, cast, mentioned: new Set(), orgs, places, topic, curly: rng.chance(0.5) };

  const title = headline(st);
  st.mentioned.clear();
  const paras: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const count = 1 + rng.weighted([30, 37, 23, 10]);
    const quoted = rng.chance(quoteShare) ? rng.int(0, count - 1) : -1;
    const sentences: string[] = [];
    for (let s = 0; s < count; s++) sentences.push(s === quoted ? quote(st) : `${sentenceBody(st)}.`);
    paras.push(sentences.join(" "));
  }
  const outlet = OUTLETS[index % OUTLETS.length] as string;
  const day = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 364) * 86_400_000).toISOString().slice(0, 10);
  const docId = `synth-${String(index).padStart(7, "0")}`;
  const article: SyntheticArticle = {
    docId,
    text: paras.join("\n\n"),
    meta: {
      outlet,
      title,
      url: `https://example.com/${slug(outlet)}/${day.replaceAll("-", "/")}/${slug(title)}-${index}`,
      published: day,
      byline: rng.chance(0.6) ? `By ${rng.pick(vocab.people).first} ${rng.pick(vocab.people).last}` : null,
    },
    passages: paragraphs,
  };
  return article;
}

/**
 * Yields articles lazily until exactly `passages` paragraphs have been produced (articles of
 * 5–25 paragraphs). Article i depends only on (seed, i, its size), so output is reproducible.
 */
export function* generateCorpus(options: GenerateOptions): Generator<SyntheticArticle> {
  const vocab = options.vocabulary ?? buildVocabulary();
  const quoteShare = options.quoteShare ?? 0.2;
  const sizes = new Rng(options.seed ^ 0x51e5);
  let remaining = Math.max(0, Math.floor(options.passages));
  let index = 0;
  while (remaining > 0) {
    const k = planSizes(sizes, remaining);
    remaining -= k;
    yield makeArticle(vocab, options.seed, index++, k, quoteShare);
  }
}

const yamlValue = (v: string): string =>
  /^[\w$][\w .,$'()/&-]*$/.test(v) && !/^(true|false|null|yes|no|~)$/i.test(v) && !/: | #/.test(v)
    ? v
    : JSON.stringify(v);

/** The file text the CLI writes: YAML front matter, then the body. */
export function toFileText(article: SyntheticArticle): string {
  const m = article.meta;
  const lines = ["---"];
  if (m.outlet) lines.push(`outlet: ${yamlValue(m.outlet)}`);
  if (m.title) lines.push(`title: ${yamlValue(m.title)}`);
  if (m.url) lines.push(`url: ${m.url}`);
  if (m.published) lines.push(`published: ${m.published}`);
  if (m.byline) lines.push(`byline: ${yamlValue(m.byline)}`);
  lines.push("---", "");
  return `${lines.join("\n")}${article.text}\n`;
}

// ---------------------------------------------------------------------------------------------
// Queries

export interface SyntheticQuery {
  id: string;
  text: string;
  /** The template it came from, e.g. "say-about". */
  kind: string;
}

const GENERIC_VERBS = ["cut", "raised", "approved", "blocked", "sold", "closed", "announced", "delayed"];

/**
 * Realistic user questions (3–12 words, stopwords included) whose content words are drawn from
 * the corpus vocabulary with the same Zipf weights, so they hit. `corpusVocabulary` is the
 * vocabulary the corpus was generated with (default: the default vocabulary) or a plain list of
 * words in frequency order (e.g. from a real corpus), in which case person templates use its
 * capitalised words.
 */
export function generateQueries(
  n: number,
  seed: number,
  corpusVocabulary?: SyntheticVocabulary | readonly string[],
): SyntheticQuery[] {
  const rng = new Rng(seed ^ 0x0de7);
  let lex: {
    noun: () => string;
    adj: () => string;
    past: () => string;
    ing: () => string;
    person: () => string;
    org: () => string;
    place: () => string;
  };
  if (corpusVocabulary === undefined || !Array.isArray(corpusVocabulary)) {
    const v = (corpusVocabulary as SyntheticVocabulary | undefined) ?? buildVocabulary();
    const personName = (p: SyntheticPerson): string =>
      rng.weighted([5, 3, 2]) === 0
        ? p.last
        : rng.chance(0.6)
          ? `${p.first} ${p.last}`
          : `${p.title ?? p.honorific} ${p.last}`;
    lex = {
      noun: () => v.nouns[v.zipf.nouns.sample(rng) + (rng.chance(0.5) ? 20 : 0)] ?? (v.nouns[0] as string),
      adj: () => v.adjectives[v.zipf.adjectives.sample(rng)] as string,
      past: () => verbForms(v.verbs[v.zipf.verbs.sample(rng)] as string).past,
      ing: () => verbForms(v.verbs[v.zipf.verbs.sample(rng)] as string).ing,
      person: () => personName(v.people[v.zipf.people.sample(rng)] as SyntheticPerson),
      org: () => orgRef(v.orgs[v.zipf.orgs.sample(rng)] as string),
      place: () => v.places[v.zipf.places.sample(rng)] as string,
    };
  } else {
    const words = corpusVocabulary as readonly string[];
    const lower = words.filter((w) => /^[a-z]{3,}$/.test(w) && !RESERVED.has(w));
    const caps = words.filter((w) => /^[A-Z][a-z]{2,}$/.test(w));
    if (lower.length === 0) throw new Error("generateQueries: the vocabulary has no lowercase words");
    const zl = new Zipf(lower.length, ZIPF_S);
    const zc = caps.length > 0 ? new Zipf(caps.length, ZIPF_S) : null;
    const word = () => lower[zl.sample(rng)] as string;
    const cap = () => (zc ? (caps[zc.sample(rng)] as string) : capitalize(word()));
    lex = {
      noun: word,
      adj: word,
      past: () => rng.pick(GENERIC_VERBS),
      ing: () => `${word()}`,
      person: cap,
      org: cap,
      place: cap,
    };
  }
  const templates: Array<[kind: string, weight: number, make: () => string]> = [
    ["say-about", 4, () => `what did ${lex.person()} say about ${lex.noun()} ${lex.noun()}`],
    ["how-many", 3, () => `how many ${plural(lex.noun())} were ${lex.past()}`],
    ["how-many-where", 2, () => `how many ${plural(lex.noun())} were ${lex.past()} in ${lex.place()}`],
    ["org-announce", 2, () => `what did ${lex.org()} announce about the ${lex.noun()}`],
    ["why", 2, () => `why was the ${lex.adj()} ${lex.noun()} ${lex.past()}`],
    ["when", 2, () => `when will the ${lex.noun()} ${lex.noun()} be ${lex.past()}`],
    ["who-weekday", 2, () => `who ${lex.past()} the ${lex.noun()} on ${rng.pick(WEEKDAYS)}`],
    ["happened", 2, () => `what happened to the ${lex.adj()} ${lex.noun()} in ${lex.place()}`],
    ["how-much", 1, () => `how much did ${lex.org()} spend on ${plural(lex.noun())}`],
    ["still", 1, () => `is the ${lex.noun()} still ${lex.ing()}`],
    ["keywords", 2, () => `${lex.noun()} ${lex.noun()} ${lex.place()}`],
    ["latest", 1, () => `latest on the ${lex.noun()} ${lex.noun()}`],
    ["doing", 1, () => `what is ${lex.person()} doing about the ${lex.adj()} ${lex.noun()}`],
  ];
  const weights = templates.map((t) => t[1]);
  const out: SyntheticQuery[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 20) {
    const [kind, , make] = templates[rng.weighted(weights)] as (typeof templates)[number];
    let text = make().replace(/\bthe the\b/g, "the");
    const words = text.split(/\s+/).length;
    if (words < 3 || words > 12) continue;
    if (rng.chance(0.5)) text = capitalize(text);
    if (kind !== "keywords" && kind !== "latest" && rng.chance(0.6)) text += "?";
    out.push({ id: `sq-${String(out.length).padStart(5, "0")}`, text, kind });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv: string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const [key, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) args[key] = inline;
    else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new Error(`--${key} needs a value`);
      args[key] = value;
      i++;
    }
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const passages = Number(args.passages);
  const out = args.out;
  if (!out || !Number.isFinite(passages) || passages <= 0) {
    console.error(
      "usage: npx tsx bench/synthetic.ts --passages N --out DIR [--seed S] [--queries N --queries-out FILE]",
    );
    process.exit(2);
  }
  const seed = Number(args.seed ?? 1);
  await mkdir(out, { recursive: true });
  const started = performance.now();
  const vocabulary = buildVocabulary();
  let articles = 0;
  let paragraphs = 0;
  let bytes = 0;
  const pending = new Set<Promise<void>>();
  for (const article of generateCorpus({ passages, seed, vocabulary })) {
    const text = toFileText(article);
    bytes += Buffer.byteLength(text);
    articles++;
    paragraphs += article.passages;
    const p = writeFile(join(out, `${article.docId}.txt`), text).then(() => {
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${articles} articles, ${paragraphs} passages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s ` +
      `(${Math.round(paragraphs / seconds)} passages/s) → ${resolve(out)}`,
  );
  if (args.queries) {
    const file = args["queries-out"] ?? `${out.replace(/[/\\]+$/, "")}.queries.jsonl`;
    const queries = generateQueries(Number(args.queries), seed, vocabulary);
    await writeFile(file, `${queries.map((q) => JSON.stringify(q)).join("\n")}\n`);
    console.log(`${queries.length} queries → ${resolve(file)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
