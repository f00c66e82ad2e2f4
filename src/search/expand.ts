// A question's concepts: each content word (or lexicon phrase) it asks about, with the other
// forms the coverage may use for it — a demonym for a country, "United States" for "US", a digit
// for a number word, "ceasefire" for "cease-fire", a reporter's synonym (paraphrases.ts). The
// other forms are searched at PARAPHRASE_WEIGHT, below the words asked.

import type { QueryTerm } from "./index.ts";
import { COUNTRY_NAMES, NEWS_PARAPHRASES, NUMBER_FORMS, PLACE_FORMS } from "./paraphrases.ts";
import { shouted, termOf, terms, tokens, wordTerm } from "./tokenize.ts";

/** What another form of a word counts for, against the word itself (1). */
export const PARAPHRASE_WEIGHT = 0.6;
/** Compounds are split or joined only from this length, into parts of at least this length. */
const MIN_COMPOUND = 8;
const MIN_PART = 4;

export interface Concept {
  /** The index terms of what was asked (one word, or a lexicon phrase). */
  terms: string[];
  /** Other forms of it, each a term sequence, searched with a lower weight. */
  alternatives: string[][];
}

type Group = string[][];

/** Lexicon groups as term sequences; a form's key is its terms joined by spaces. */
let groupsOf: Map<string, Group[]> | null = null;
let longestForm = 1;

function lexicon(): Map<string, Group[]> {
  if (groupsOf) return groupsOf;
  groupsOf = new Map();
  for (const table of [PLACE_FORMS, COUNTRY_NAMES, NUMBER_FORMS, NEWS_PARAPHRASES]) {
    for (const group of table) {
      const forms = uniqueSeqs(group.map((w) => terms(w)).filter((seq) => seq.length > 0));
      for (const f of forms) {
        const key = f.join(" ");
        groupsOf.set(key, [...(groupsOf.get(key) ?? []), forms]);
        longestForm = Math.max(longestForm, f.length);
      }
    }
  }
  return groupsOf;
}

function uniqueSeqs(seqs: string[][]): string[][] {
  const seen = new Set<string>();
  return seqs.filter((s) => {
    const k = s.join(" ");
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The question's concepts, in order. `known` tells whether the index has a term (for compounds). */
export function conceptsOf(asked: string, known: (term: string) => boolean): Concept[] {
  const text = plainCapitals(asked, known);
  const lex = lexicon();
  const ts = terms(text);
  const out: Concept[] = [];
  for (let i = 0; i < ts.length; ) {
    let len = Math.min(longestForm, ts.length - i);
    while (len > 1 && !lex.has(ts.slice(i, i + len).join(" "))) len--;
    const asked = ts.slice(i, i + len);
    const key = asked.join(" ");
    const alternatives = (lex.get(key) ?? []).flat().filter((f) => f.join(" ") !== key);
    if (len === 1) alternatives.push(...compoundForms(asked[0]!, known));
    if (!out.some((c) => c.terms.join(" ") === key))
      out.push({ terms: asked, alternatives: uniqueSeqs(alternatives) });
    i += len;
  }
  for (const [asked, other] of acronymForms(text, known)) {
    // "nhs" typed in lower case finds "NHS": as what was asked when its stem is in no passage.
    for (const c of out) {
      if (c.terms.length !== 1 || c.terms[0] !== asked) continue;
      if (known(asked)) c.alternatives.push([other]);
      else c.terms = [other];
    }
  }
  for (const [whole, parts] of hyphenated(text)) {
    // "cease-fire" was asked as two words: each also matches the joined form.
    for (const c of out)
      if (c.terms.length === 1 && parts.includes(c.terms[0]!)) c.alternatives.push([whole]);
  }
  return out;
}

/** A long word also written as two ("stockmarket" → "stock market"): the splits whose parts the
 *  index knows. */
function compoundForms(term: string, known: (t: string) => boolean): string[][] {
  if (term.length < MIN_COMPOUND || /\d/.test(term)) return [];
  const out: string[][] = [];
  for (let at = MIN_PART; at <= term.length - MIN_PART; at++) {
    const a = termOf(term.slice(0, at));
    const b = termOf(term.slice(at));
    if (a && b && known(a) && known(b)) out.push([a, b]);
  }
  return out;
}

/** The text with each word in capitals that no passage has as an acronym written in lower case:
 *  typed for emphasis ("What did Blair SAY"), it is the word, not an acronym no passage uses. */
export function plainCapitals(text: string, known: (term: string) => boolean): string {
  // A text typed all in capitals is read as words already (tokenize.ts).
  if (shouted(text)) return text;
  return text.replace(/(?<![\p{L}\p{N}'’.])\p{Lu}{2,5}(?![\p{L}\p{N}'’]|\.\p{L})/gu, (w) => {
    const t = wordTerm(w);
    return t && known(t) ? w : w.toLowerCase();
  });
}

/** A short word typed in lower case ("nhs", stemmed "nh") with the acronym term the index knows
 *  for it ("nhs", from "NHS", which is kept whole). */
function acronymForms(text: string, known: (t: string) => boolean): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const { term, start, end } of tokens(text)) {
    const raw = text.slice(start, end);
    // A word in capitals is an acronym already, or a word of a text typed in capitals.
    if (!/^\p{L}{2,5}$/u.test(raw) || !/\p{Ll}/u.test(raw)) continue;
    const lower = raw.toLowerCase();
    if (lower !== term && known(lower)) out.push([term, lower]);
  }
  return out;
}

/** Hyphenated words of the text: the joined term and the terms of its parts. */
function hyphenated(text: string): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)) {
    const whole = termOf(m[0].replace(/-/g, ""));
    if (whole) out.push([whole, terms(m[0])]);
  }
  return out;
}

/** The weighted terms to search: what was asked at 1, other forms at PARAPHRASE_WEIGHT. */
export function queryTerms(concepts: readonly Concept[]): QueryTerm[] {
  const weight = new Map<string, number>();
  for (const c of concepts) for (const t of c.terms) weight.set(t, 1);
  for (const c of concepts)
    for (const alt of c.alternatives)
      for (const t of alt) if (!weight.has(t)) weight.set(t, PARAPHRASE_WEIGHT);
  return [...weight].map(([term, w]) => ({ term, weight: w }));
}

/** Whether a passage's matched terms hold the concept: all its words, or all of another form. */
export function holds(concept: Concept, matched: ReadonlySet<string>): boolean {
  return [concept.terms, ...concept.alternatives].some((f) => f.every((t) => matched.has(t)));
}
