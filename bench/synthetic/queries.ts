// Synthetic questions over the corpus vocabulary, with the same Zipf weights, so they hit.

import { orgRef, WEEKDAYS } from "./articles.ts";
import { Rng, Zipf } from "./random.ts";
import {
  buildVocabulary,
  capitalize,
  plural,
  RESERVED,
  type SyntheticPerson,
  type SyntheticVocabulary,
  verbForms,
  ZIPF_S,
} from "./vocabulary.ts";

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
