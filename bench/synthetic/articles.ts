// Synthetic articles: sentences from a small English phrase grammar over the vocabulary,
// quotations, numbers with units, weekday dates; and their file text with YAML front matter.

import type { SourceMeta } from "../../src/types.ts";
import { Rng } from "./random.ts";
import {
  buildVocabulary,
  capitalize,
  plural,
  type SyntheticPerson,
  type SyntheticVocabulary,
  verbForms,
} from "./vocabulary.ts";

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
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
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
export const orgRef = (org: string): string =>
  /^(Ministry|Institute|Commission) /.test(org) ? `the ${org}` : org;
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
