// A direct answer to a how many / how much / when / who / where question: one value of the asked
// kind, read from the sentences of /ask's top excerpts (and of every outlet carrying them) with the
// analyses' readers (direct-values.ts), the outlets that state it, and those that state another.
// Pure: a function of the coverage, the question and the excerpts. Null when no cited sentence
// about the question states a value of the asked kind — never a value the passages do not hold.

import { sourceRef } from "../corpus/source-ref.ts";
import type { Coverage } from "../coverage.ts";
import { tokens } from "../search/tokenize.ts";
import { foldKey } from "../text/fold.ts";
import type { Article, SourceRef } from "../types.ts";
import type { DirectAnswer, OtherValue } from "./direct-answer-types.ts";
import { type StatedValue, valuesIn } from "./direct-values.ts";
import { type AnswerKind, questionShape } from "./question-type.ts";
import type { Excerpt } from "./types.ts";

/** Excerpts read for an answer: the best ones only, as a reader would. */
const MAX_RESULTS = 5;
/** Share of the question's informative words (by IDF) a sentence, with its neighbours at half
 *  weight, must hold for its values to answer the question. */
export const MIN_SENTENCE_RELEVANCE = 0.5;
/** Words of a neighbouring sentence count this much toward a sentence's relevance. */
const NEIGHBOUR_WEIGHT = 0.5;
const RANK_WEIGHT = [1, 0.85, 0.7, 0.6, 0.5];

interface Candidate {
  v: StatedValue;
  docId: string;
  ref: SourceRef;
  relevance: number;
  score: number;
}

export function directAnswer(
  coverage: Coverage,
  question: string,
  results: readonly Excerpt[],
): DirectAnswer | null {
  const shape = questionShape(question);
  if (!shape) return null;
  const terms = [...new Set(tokens(shape.topic).map((t) => t.term))];
  const weights = new Map(terms.map((t) => [t, coverage.index.idf(t)]));
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  if (total <= 0) return null;
  const asked = new Set(tokens(question).map((t) => t.term));
  const askedFolded = ` ${foldKey(question)} `;
  const candidates: Candidate[] = [];
  results.slice(0, MAX_RESULTS).forEach((r, rank) => {
    for (const src of r.sources) {
      const article = coverage.articles.get(src.docId);
      if (!article) continue;
      const sentences = sentencesWithin(article, src.start, src.end);
      const termSets = sentences.map(
        (s) => new Set(tokens(article.text.slice(s.start, s.end)).map((t) => t.term)),
      );
      sentences.forEach((s, i) => {
        const relevance = relevanceOf(weights, total, termSets[i]!, [termSets[i - 1], termSets[i + 1]]);
        if (relevance < MIN_SENTENCE_RELEVANCE) return;
        const input = {
          docId: src.docId,
          text: article.text.slice(s.start, s.end),
          start: s.start,
          published: article.meta.published,
        };
        for (const v of valuesIn(shape.kind, input, shape.focus, coverage.actors)) {
          if (inQuestion(shape.kind, v, asked, askedFolded, coverage)) continue;
          const near = nearness(article.text, s.start, v, weights);
          candidates.push({
            v,
            docId: src.docId,
            ref: sourceRef(coverage, src.docId, src.passageId, s.start, s.end),
            relevance,
            score: relevance * v.fit * (RANK_WEIGHT[rank] ?? 0.5) * near,
          });
        }
      });
    }
  });
  return chooseAnswer(coverage, shape.kind, candidates);
}

/** The sentences of an article inside [start, end). */
function sentencesWithin(
  article: Article,
  start: number,
  end: number,
): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const p of article.paragraphs) {
    if (p.end <= start || p.start >= end) continue;
    for (const s of p.sentences) if (s.start >= start && s.end <= end) out.push(s);
  }
  return out;
}

function relevanceOf(
  weights: ReadonlyMap<string, number>,
  total: number,
  own: ReadonlySet<string>,
  neighbours: ReadonlyArray<ReadonlySet<string> | undefined>,
): number {
  let got = 0;
  for (const [t, w] of weights) {
    if (own.has(t)) got += w;
    else if (neighbours.some((n) => n?.has(t))) got += w * NEIGHBOUR_WEIGHT;
  }
  return got / total;
}

/** A value the question itself names is no answer to it ("Who is Oracle's chief executive?"). */
function inQuestion(
  kind: AnswerKind,
  v: StatedValue,
  asked: ReadonlySet<string>,
  askedFolded: string,
  coverage: Coverage,
): boolean {
  if (kind === "who") {
    const actor = coverage.actors.byId.get(v.key);
    const names = [actor?.name ?? v.value, ...(actor?.aliases.map((a) => a.text) ?? [])];
    return (
      names.some((n) => askedFolded.includes(` ${foldKey(n)} `)) ||
      askedFolded.includes(` ${foldKey(v.text)} `)
    );
  }
  const words = tokens(v.text).map((t) => t.term);
  return words.length > 0 && words.every((t) => asked.has(t));
}

/** 1 when the value stands next to the question's words in its sentence, down to 0.7 far away. */
function nearness(
  text: string,
  sentenceStart: number,
  v: StatedValue,
  weights: ReadonlyMap<string, number>,
): number {
  let best = Number.POSITIVE_INFINITY;
  const from = Math.max(sentenceStart, v.start - 200);
  for (const t of tokens(text.slice(from, v.end + 200))) {
    if (!weights.has(t.term)) continue;
    const at = from + t.start;
    const d = at >= v.end ? at - v.end : v.start >= from + t.end ? v.start - (from + t.end) : 0;
    best = Math.min(best, d);
  }
  return Number.isFinite(best) ? 0.7 + 0.3 / (1 + best / 60) : 0.7;
}

function outletOf(coverage: Coverage, docId: string): string {
  return coverage.articles.get(docId)?.meta.outlet ?? docId;
}

function chooseAnswer(coverage: Coverage, kind: AnswerKind, candidates: Candidate[]): DirectAnswer | null {
  if (candidates.length === 0) return null;
  const groups = new Map<string, Candidate[]>();
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    const g = groups.get(c.v.key);
    if (g) g.push(c);
    else groups.set(c.v.key, [c]);
  }
  const ranked = [...groups.values()].sort((a, b) => groupScore(b) - groupScore(a));
  const best = ranked[0]!;
  const top = best[0]!;
  const perDoc = onePerDoc(best);
  const docs = new Set(perDoc.map((c) => c.docId));
  // Another value disagrees when another article states it about the question as squarely.
  const others: OtherValue[] = [];
  for (const g of ranked.slice(1)) {
    const mine = onePerDoc(g).filter((c) => !docs.has(c.docId));
    const head = mine[0];
    if (!head || head.v.unit !== top.v.unit || head.relevance < top.relevance || head.v.fit < top.v.fit)
      continue;
    if (head.score < top.score * 0.8) continue;
    others.push({
      value: head.v.value,
      text: head.v.text,
      outlets: [...new Set(mine.map((c) => outletOf(coverage, c.docId)))],
      sources: mine.map((c) => c.ref),
    });
    if (others.length >= 2) break;
  }
  const outlets = [...new Set(perDoc.map((c) => outletOf(coverage, c.docId)))];
  const shown = kind === "who" ? top.v.value : top.v.text;
  const otherText = others.map((o) => `; ${o.text} — ${o.outlets.join(", ")}`).join("");
  return {
    text: `${shown} — ${outlets.join(", ")}${otherText}`,
    kind,
    value: top.v.value,
    unit: top.v.unit,
    words: top.v.text,
    sources: perDoc.map((c) => c.ref),
    span: { docId: top.docId, start: top.v.start, end: top.v.end },
    agreement: {
      status: others.length > 0 ? "disagree" : perDoc.length > 1 ? "agree" : "single",
      outlets,
      others,
    },
  };
}

/** A value stated by several articles outranks one stated once, a little. */
function groupScore(g: readonly Candidate[]): number {
  const docs = new Set(g.map((c) => c.docId)).size;
  return g[0]!.score * (1 + 0.1 * Math.min(docs - 1, 3));
}

/** The best candidate of each article, best first. */
function onePerDoc(g: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return g.filter((c) => !seen.has(c.docId) && seen.add(c.docId));
}
