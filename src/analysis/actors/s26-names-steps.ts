// Actor rules of session 26's name-form task (issue #13): the right actor named in a form the
// article's own full name is not joined to. An organisation's short form that leaves off a
// generic business tail ("Coastal Trust" for "Coastal Trust Bank"), and a four-word name whose
// first word is an unlisted given name, not a job written as a title ("Farid Omar Ben Salah").

import { STOPWORDS } from "../../search/stopwords.ts";
import { foldKey } from "../../text/fold.ts";
import { wordsStandingAlone } from "../../text/literal-at.ts";
import { literal } from "../../text/regex-literal.ts";
import { DEMONYMS, NATIONS, PLACE_STARTS, PLACES } from "../lexicons/places.ts";
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn, type Step } from "../steps.ts";
import { addPerson, lastPerson } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { appositive, midSentence, precedingRole } from "./cues.ts";
import { splitTitle } from "./titles.ts";
import type { ArticleState, Local, Vocab } from "./types.ts";
import { isCommon } from "./vocabulary.ts";
import { ROLE_WORDS_LC } from "./word-classes.ts";

/** Words a company's full name ends with that its everyday short form leaves off. */
const GENERIC_TAIL = new Set(
  `Bank Banking Bancorp Group Holdings Holding Capital Management Partners Investments Investment
  Securities Financial Finance Asset Assets Advisors Advisers Fund Funds Corp Corp. Corporation Inc
  Inc. Co Co. Company plc PLC Ltd Ltd. LLC LLP LP AG SA NV International Industries Enterprises
  Technologies Systems Communications Airlines Airways Motors Pharmaceuticals Entertainment Media
  Records Studios Pictures Broadcasting Telecom Insurance Services Worldwide Global Resources Brands
  Stores Associates Ventures Laboratories Networks Solutions`.split(/\s+/),
);

/** Moves every mention of `short` into `long`: the article names one organisation. */
export function joinInto(st: ArticleState, short: Local, long: Local, via: "alias" | "acronym") {
  for (const m of short.mentions) long.mentions.push({ ...m, via, local: long });
  long.descriptions.push(...short.descriptions);
  long.strong ||= short.strong;
  short.mentions = [];
  for (const [k, l] of [...st.orgs]) if (l === short) st.orgs.delete(k);
  st.all.splice(st.all.indexOf(short), 1);
}

/** The article's organisations with mentions, once each. */
/** The article's organisations that are still mentioned (each once; st.orgs maps every key). */
export const orgsOf = (st: ArticleState): Local[] =>
  [...new Set(st.orgs.values())].filter((l) => l.mentions.length);

/** Can `short` stand alone as a company's short form (not "Royal", "British", "Ireland")? */
function shortFormWords(ws: readonly string[]): boolean {
  if (ws.every((w) => GENERIC_TAIL.has(w))) return false;
  if (ws.length > 1) return true;
  const w = ws[0]!;
  return (
    w.length >= 3 &&
    !PLACES.has(w) &&
    !NATIONS.has(w) &&
    !DEMONYMS.has(w) &&
    !TITLE_MODIFIERS.has(w) &&
    !HONORIFICS.has(w)
  );
}

/** The one longer organisation of the article that is `short` plus generic tail words. */
function tailedFull(orgs: readonly Local[], short: Local): Local | null {
  const s = short.tokens.map(foldKey);
  const hits = orgs.filter(
    (l) =>
      l !== short &&
      l.tokens.length > s.length &&
      s.every((w, i) => foldKey(l.tokens[i]!) === w) &&
      l.tokens.slice(s.length).every((w) => GENERIC_TAIL.has(w)),
  );
  return hits.length === 1 ? hits[0]! : null;
}

/** Is the span glued to a longer capitalised run ("New Coastal Trust", "Coastal Trust Insurance")? */
function inLongerRun(text: string, start: number, end: number): boolean {
  const prev = /(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return (
    (prev !== undefined && !STOPWORDS.has(prev.toLowerCase())) || /^ \p{Lu}/u.test(text.slice(end, end + 2))
  );
}

/**
 * Spans after `from` where the words stand alone (not inside a longer capitalised run) and no
 * actor or pending mention holds them: where a short form no rule read as an actor is written.
 */
export function bareSpans(st: ArticleState, words: readonly string[], from: number) {
  // Read in place, not gathered into one list first: the list cost more than the scan.
  const taken = (start: number, end: number) =>
    st.all.some((l) => l.mentions.some((m) => m.start < end && start < m.end)) ||
    st.pending.some((p) => p.start < end && start < p.end);
  const { text } = st;
  return wordsStandingAlone(text, words, from)
    .filter(([start, end]) => !taken(start, end) && !inLongerRun(text, start, end))
    .map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}

/** Bare short forms of `full` after its first mention that no actor holds yet ("Coastal Trust said"). */
function bareShortForms(st: ArticleState, full: Local, short: readonly string[]) {
  const from = Math.min(...full.mentions.map((m) => m.start));
  for (const span of bareSpans(st, short, from)) full.mentions.push({ ...span, via: "alias", local: full });
}

/** The switch of the mid-sentence reading in generic-tail-short-form. */
export const NAMED_MID_SENTENCE_STEP = {
  name: "short-form-named-mid-sentence",
  doc: "'Standard Trust' for 'Standard Trust Bank' though both words are common: the article writes it capitalised mid-sentence",
};

const GENERIC_TAIL_SHORT_FORM_STEP: Step<{ st: ArticleState; vocab: Vocab }> = {
  name: "generic-tail-short-form",
  doc: "'Coastal Trust said' in an article naming 'Coastal Trust Bank': a company's name without its generic tail (Bank, Group, Capital Management…) is that company",
  run: ({ st, vocab }) => {
    const orgs = orgsOf(st);
    if (orgs.length > 200) return;
    const surnames = new Set([...st.persons.values()].map((p) => p.surname));
    const free = (ws: readonly string[]) =>
      shortFormWords(ws) && !surnames.has(foldKey(ws.join(" "))) && !ws.every((w) => isCommon(w, vocab));
    // an organisation read as such and written capitalised mid-sentence is a name even when its
    // words are common ones ("on Standard Trust's website")
    const namedOn = isOn("actors", NAMED_MID_SENTENCE_STEP.name, st.switches);
    const named = (l: Local) =>
      namedOn &&
      shortFormWords(l.tokens) &&
      !surnames.has(foldKey(l.tokens.join(" "))) &&
      l.mentions.some((m) => midSentence(st.text, m.start));
    for (const short of orgs) {
      if (!free(short.tokens) && !named(short)) continue;
      const full = tailedFull(orgs, short);
      if (full?.mentions.length) joinInto(st, short, full, "alias");
    }
    // "Kestrel Ridge said" read as a person by its shape alone (no title, role or given name)
    for (const [k, p] of [...st.persons]) {
      if (p.strong || p.descriptions.length || !shortFormWords(p.tokens)) continue;
      const full = tailedFull(orgs, p);
      if (!full?.mentions.length) continue;
      st.persons.delete(k);
      joinInto(st, p, full, "alias");
    }
    // a short form no rule read as an actor: each such mention after the full name
    const live = orgsOf(st);
    for (const full of live) {
      let n = full.tokens.length;
      while (n > 0 && GENERIC_TAIL.has(full.tokens[n - 1]!)) n--;
      const short = full.tokens.slice(0, n);
      if (n === 0 || n === full.tokens.length || !free(short)) continue;
      const key = short.map(foldKey);
      const rivals = live.filter(
        (l) => l !== full && l.tokens.length >= n && key.every((w, i) => foldKey(l.tokens[i]!) === w),
      );
      if (rivals.length === 0) bareShortForms(st, full, short);
    }
  },
};

/** Article steps of this module, run after the lone words are resolved. */
export const S26_NAME_ARTICLE_STEPS: readonly Step<{ st: ArticleState; vocab: Vocab }>[] = [
  GENERIC_TAIL_SHORT_FORM_STEP,
];

/** Endings of English agent and job nouns ("Pollster", "Pastor", "Alderman", "Ohioan"). */
const JOB_ENDING = /(?:er|or|ist|man|woman|men|ant|ent|eer|ee|ess|ian|an|ic|ive|ary|ate)s?$/;

/** Does a capitalised word before a given name read as a job written as a title? */
function jobLike(word: string, vocab: Vocab): boolean {
  const lc = word.toLowerCase();
  const sg = lc.replace(/s$/, "");
  return (
    isCommon(word, vocab) ||
    ROLE_WORDS_LC.has(lc) ||
    ROLE_WORDS_LC.has(sg) ||
    TITLE_WORDS.has(lc) ||
    TITLE_WORDS.has(sg) ||
    JOB_ENDING.test(lc)
  );
}

/** Does the text write w[1…] as a name with no w[0] right before it? */
function writtenWithout(text: string, w: readonly string[]): boolean {
  const rest = w.slice(1).map(literal).join("\\s+");
  const lead = literal(w[0]!);
  return new RegExp(`(?<!${lead}\\s+)(?<![\\p{L}\\p{N}])${rest}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * "Farid Omar Ben Salah said": a capitalised word before a known given name and a surname is read
 * as a job written as a title ("Pollster Bob Hale") only when it reads as one; an unlisted word
 * that is no English job noun is the person's own first name.
 */
export const GIVEN_NAME_LEAD_RULE: ChunkRule = {
  name: "unlisted-given-name-lead",
  doc: "'Farid Omar Ben Salah': a capitalised word before a known given name that is no job noun is the first name, not a title",
  try: ({ st, s, c, vocab }) => {
    const w = c.map((t) => t.text);
    if (w.length < 3 || w.some((x) => TITLE_HEADS.has(x) || HONORIFICS.has(x))) return null;
    const split = splitTitle(w);
    if (split?.headAt !== 0 || split.nameFrom !== 1 || jobLike(w[0]!, vocab) || PLACE_STARTS.has(w[0]!))
      return null;
    // "Crooked Hillary Clinton": the article also writes the rest as a name of its own, so the
    // word is an epithet (a person's own full name is written whole throughout)
    if (writtenWithout(st.text, w)) return null;
    addPerson(st, c, precedingRole(st, s, c[0]!), true, vocab);
    const app = appositive(st.text, c[c.length - 1]!, st.switches);
    if (app) lastPerson(st)?.descriptions.push(app);
    return true;
  },
};
