// /ask: the best excerpts for a question, each cited. The question's words are searched with
// their other forms (demonyms, "the US", synonyms reporters use) weighted below them, over the
// passages and their articles' headlines. Honest when the coverage is silent: a result must hold
// enough of the question's informative words (ask-rule.ts), or there is no result.

import { actorsDecoded } from "../analysis/actors/index.ts";
import { sourceRef } from "../corpus/source-ref.ts";
import { searchableTitle } from "../corpus/title.ts";
import { type Coverage, fieldsDecoded } from "../coverage.ts";
import { conceptsOf, queryTerms } from "../search/expand.ts";
import type { SearchHit } from "../search/index.ts";
import { tokens } from "../search/tokenize.ts";
import type { Passage } from "../types.ts";
import { answersQuestion, byConceptsHeld, weigh } from "./ask-rule.ts";
import { overlap, sameTextKey } from "./cite.ts";
import { directAnswer } from "./direct-answer.ts";
import { indexesOf } from "./indexes.ts";
import { cleanQuery } from "./query.ts";
import { saidAbout } from "./said-about.ts";
import { type Attempt, respell } from "./spelling.ts";
import type { AskAnswer, ErrorAnswer, Excerpt, HeadlineHit } from "./types.ts";

export const DEFAULT_ASK_LIMIT = 5;
/** Results scoring below this share of the best one are padding, not answers. */
export const MIN_RELATIVE_SCORE = 0.35;
/** Excerpts longer than this are trimmed to the sentences that matched. */
export const MAX_EXCERPT_CHARS = 420;
/** Texts sharing this share of word 3-grams are one result with several sources. */
export const SAME_TEXT_OVERLAP = 0.6;

export function ask(
  coverage: Coverage,
  rawQuery: unknown,
  limit = DEFAULT_ASK_LIMIT,
): AskAnswer | ErrorAnswer {
  const q = cleanQuery(rawQuery, "question");
  if (!q.ok) return { command: "ask", error: q.error };
  const query = q.text;
  const n = Math.max(1, Math.min(limit, 10));
  if (conceptsAsked(coverage, query).length === 0) {
    return {
      command: "ask",
      error: "That question has only common words; add what it is about (a name, a place, a thing).",
    };
  }
  // Words no passage uses: a misspelling is searched again corrected, only then. (In a large
  // coverage such a word sinks every answer; in a small one the rest of the question may find one.)
  // The question as typed is searched only when it is not corrected.
  const unseen = unseenWords(coverage.index, withoutQuestionPhrases(query));
  const fix = unseen.length > 0 ? respell(coverage, query, (text) => answering(coverage, text, n)) : null;
  const found = fix?.found ?? answering(coverage, query, n)!;
  const results = excerptsOf(coverage, found.hits, n);
  // While the warm-up still decodes the snapshot's analyses or the actor model, no direct answer: decoding it here would
  // hold every other interaction (answers/warm.ts).
  const cold =
    indexesOf(coverage).warming !== null && (!fieldsDecoded(coverage) || !actorsDecoded(coverage.actors));
  const answer = cold ? null : directAnswer(coverage, fix?.text ?? query, results);
  // "What did X say about Y": X's own quotations on Y lead the answer.
  const said = cold ? null : saidAbout(coverage, fix?.text ?? query, n);
  if (fix)
    return {
      command: "ask",
      query,
      results,
      answer,
      unseenWords: unseen,
      correctedQuery: fix.text,
      corrections: fix.corrections,
      ...(said ? { said } : {}),
    };
  if (results.length > 0) return { command: "ask", query, results, answer, ...(said ? { said } : {}) };
  return { command: "ask", query, results, answer, unseenWords: unseen, ...(said ? { said } : {}) };
}

/** The hits that answer the question (ask-rule.ts) among its best, with its concepts' terms;
 *  null when it has only common words. */
function answering(coverage: Coverage, query: string, n: number): Attempt | null {
  const { index } = coverage;
  const concepts = conceptsAsked(coverage, query);
  if (concepts.length === 0) return null;
  const weighed = weigh(index, concepts);
  const hits = index.searchTerms(queryTerms(concepts), n * 8);
  const top = hits[0]?.score ?? 0;
  const answers = hits.filter(
    (hit) => answersQuestion(weighed, hit) && hit.score >= top * MIN_RELATIVE_SCORE,
  );
  return { hits: byConceptsHeld(weighed, answers), terms: concepts.flatMap((c) => c.terms) };
}

/** What the question asks about: its concepts the coverage has words for. */
function conceptsAsked(coverage: Coverage, query: string) {
  return conceptsOf(withoutQuestionPhrases(query), (t) => coverage.index.df(t) > 0);
}

/** The answering hits as up to `n` excerpts, wire copies of one text merged into one. */
function excerptsOf(coverage: Coverage, hits: readonly SearchHit[], n: number): Excerpt[] {
  const results: Excerpt[] = [];
  const shownKeys = new Map<Excerpt, string[]>();
  for (const hit of hits) {
    const passage = coverage.passages[hit.ref]!;
    const excerpt = excerptOf(coverage, passage, new Set(hit.matched), hit.score);
    excerpt.headline = headlineHit(coverage, passage.docId, hit.titleMatched);
    // Wire copy: a result already shown that shares a whole sentence (or nearly all its
    // text) with this passage gains this outlet as a source instead of a second entry.
    let merged = false;
    let mine: KeyedSentence[] | null = null;
    for (const r of results) {
      if (r.docId === passage.docId || r.sources.some((x) => x.docId === passage.docId)) continue;
      mine ??= longSentences(coverage, passage.docId, passage.paragraph, passage.start, passage.end);
      const shared = sharedSentence(coverage, r, mine, shownKeys);
      if (shared || overlap(r.text, excerpt.text) >= SAME_TEXT_OVERLAP) {
        const at = shared ?? excerpt;
        r.sources.push(sourceRef(coverage, passage.docId, passage.id, at.start, at.end));
        merged = true;
        break;
      }
    }
    if (merged) continue;
    if (results.length < n) results.push(excerpt);
  }
  return results;
}

/** The question's words that no passage and no headline uses, as typed: a question about
 *  something the coverage never names, or a misspelling the user can fix. */
function unseenWords(index: Coverage["index"], text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (index.df(t.term) > 0 || index.titleDf(t.term) > 0) continue;
    const word = text.slice(t.start, t.end);
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/** Sentences of at least this many words, identical in two outlets, are wire copy. */
const MIN_SHARED_WORDS = 6;

interface KeyedSentence {
  start: number;
  end: number;
  key: string;
}

/** The sentences of a paragraph within [start, end) long enough to be wire copy, with their keys. */
function longSentences(
  coverage: Coverage,
  docId: string,
  paragraph: number,
  start: number,
  end: number,
): KeyedSentence[] {
  const article = coverage.articles.get(docId)!;
  const out: KeyedSentence[] = [];
  for (const s of article.paragraphs[paragraph]?.sentences ?? []) {
    if (s.start < start || s.end > end) continue;
    const key = sameTextKey(article.text.slice(s.start, s.end));
    let words = 1;
    for (let i = 0; i < key.length && words < MIN_SHARED_WORDS; i++) if (key.charCodeAt(i) === 32) words++;
    if (words >= MIN_SHARED_WORDS) out.push({ start: s.start, end: s.end, key });
  }
  return out;
}

/** The sentence of a passage (its long sentences, `mine`) that also stands in the shown
 *  excerpt (one containing the other, as when one outlet adds "Trump said" after the same
 *  quotation), if any. The shown excerpt's keys are worked out once per question. */
function sharedSentence(
  coverage: Coverage,
  shown: Excerpt,
  mine: readonly KeyedSentence[],
  shownKeys: Map<Excerpt, string[]>,
): { start: number; end: number } | null {
  if (mine.length === 0) return null;
  let keys = shownKeys.get(shown);
  if (!keys) {
    // Passage ids are `<docId>:<n>`: a direct lookup, not a scan of the corpus.
    const shownPassage = coverage.articles.get(shown.docId)?.passages[
      Number(shown.passageId.slice(shown.docId.length + 1))
    ];
    keys = shownPassage
      ? longSentences(coverage, shown.docId, shownPassage.paragraph, shown.start, shown.end).map((s) => s.key)
      : [];
    shownKeys.set(shown, keys);
  }
  if (keys.length === 0) return null;
  return mine.find((s) => keys.some((k) => k.includes(s.key) || s.key.includes(k))) ?? null;
}

/** "How long", "how many", "what time": the shape of the question, not its topic. */
function withoutQuestionPhrases(query: string): string {
  return query.replace(
    /\bhow\s+(?:long|many|much|often|far|big|large|old|soon)\b|\bwhat\s+(?:time|day|date|year)\b/gi,
    " ",
  );
}

function excerptOf(coverage: Coverage, passage: Passage, matched: Set<string>, score: number): Excerpt {
  const article = coverage.articles.get(passage.docId)!;
  let { start, end } = passage;
  if (end - start > MAX_EXCERPT_CHARS) {
    const sentences = (article.paragraphs[passage.paragraph]?.sentences ?? []).filter(
      (s) => s.start >= passage.start && s.end <= passage.end,
    );
    const hitsIn = sentences.map(
      (s) => tokens(article.text.slice(s.start, s.end)).filter((t) => matched.has(t.term)).length,
    );
    // Start from the sentence with most matches; grow towards neighbours with matches.
    let best = hitsIn.indexOf(Math.max(...hitsIn));
    if (best < 0) best = 0;
    let lo = best;
    let hi = best;
    const len = () => sentences[hi]!.end - sentences[lo]!.start;
    while (true) {
      const canNext =
        hi + 1 < sentences.length && sentences[hi + 1]!.end - sentences[lo]!.start <= MAX_EXCERPT_CHARS;
      const canPrev = lo > 0 && sentences[hi]!.end - sentences[lo - 1]!.start <= MAX_EXCERPT_CHARS;
      if (canNext && hitsIn[hi + 1]! >= (canPrev ? hitsIn[lo - 1]! : 0)) hi++;
      else if (canPrev) lo--;
      else break;
      if (len() >= MAX_EXCERPT_CHARS) break;
    }
    if (sentences.length > 0) {
      start = sentences[lo]!.start;
      end = sentences[hi]!.end;
    }
  }
  const text = article.text.slice(start, end);
  const highlights = tokens(text)
    .filter((t) => matched.has(t.term))
    .map((t): [number, number] => [t.start, t.end]);
  const src = sourceRef(coverage, passage.docId, passage.id, start, end);
  return {
    docId: passage.docId,
    passageId: passage.id,
    text,
    score: Math.round(score * 1000) / 1000,
    outlet: src.outlet,
    url: src.url,
    published: src.published,
    start,
    end,
    title: article.displayTitle,
    highlights,
    sources: [src],
    headline: null,
  };
}

/** The article's searchable headline, with the words the question matched in it, or null. */
function headlineHit(coverage: Coverage, docId: string, matched: readonly string[]): HeadlineHit | null {
  if (matched.length === 0) return null;
  const article = coverage.articles.get(docId)!;
  const text = searchableTitle(article);
  if (!text) return null;
  const want = new Set(matched);
  const highlights = tokens(text)
    .filter((t) => want.has(t.term))
    .map((t): [number, number] => [t.start, t.end]);
  return { text, url: article.meta.url, highlights };
}
