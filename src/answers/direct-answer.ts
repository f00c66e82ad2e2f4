// A direct answer to a how many / how much / when / who / where question: one value of the asked
// kind, read from the sentences of /ask's top excerpts (and of every outlet carrying them) with the
// analyses' readers (direct-values.ts), the outlets that state it, and those that state another.
// Pure: a function of the coverage, the question and the excerpts. Null when no cited sentence
// about the question states a value of the asked kind — never a value the passages do not hold.

import { sourceRef } from "../corpus/source-ref.ts";
import type { Coverage } from "../coverage.ts";
import { plainCapitals } from "../search/expand.ts";
import { tokens } from "../search/tokenize.ts";
import { foldKey } from "../text/fold.ts";
import type { SourceRef } from "../types.ts";
import type { DirectAnswer, OtherValue } from "./direct-answer-types.ts";
import { agentFit, articleContext, askedNames, eventTerms, placeFit } from "./direct-context.ts";
import { type AskedRole, askedRole, roleFit, roleQuery } from "./direct-role.ts";
import { type StatedValue, valuesIn } from "./direct-values.ts";
import { termsOf } from "./question-terms.ts";
import { type AnswerKind, type QuestionShape, questionShape } from "./question-type.ts";
import type { Excerpt } from "./types.ts";

/** Excerpts read for an answer: the best ones only, as a reader would. */
const MAX_RESULTS = 5;
/** Share of the question's informative words (by IDF) a sentence, with its neighbours at half
 *  weight, must hold for its values to answer the question. */
export const MIN_SENTENCE_RELEVANCE = 0.5;
/** Words of a neighbouring sentence count this much toward a sentence's relevance. */
const NEIGHBOUR_WEIGHT = 0.5;
const RANK_WEIGHT = [1, 0.85, 0.7, 0.6, 0.5];
/** A continuation passage counts this much of its excerpt's rank weight. */
const CONTINUATION_WEIGHT = 0.8;
/** Another outlet's value disagrees only when its sentence states (nearly) the whole question. */
const DISAGREE_RELEVANCE = 0.9;
/** Passages read from the search for a role's holder, and how much each counts. */
const ROLE_SEARCH_LIMIT = 10;
const ROLE_SEARCH_POOL = 200;
const ROLE_SEARCH_WEIGHT = 0.5;
/** A sum of money named as another thing than the question asks about counts this much. */
const OTHER_NOUN_FIT = 0.5;

interface Candidate {
  v: StatedValue;
  docId: string;
  ref: SourceRef;
  relevance: number;
  score: number;
}

export function directAnswer(
  coverage: Coverage,
  typed: string,
  results: readonly Excerpt[],
): DirectAnswer | null {
  const question = plainCapitals(typed, (t) => coverage.index.df(t) > 0);
  const shape = questionShape(question);
  if (!shape) return null;
  const terms = [...new Set(termsOf(shape.topic))];
  const weights = new Map(terms.map((t) => [t, coverage.index.idf(t)]));
  const total = [...weights.values()].reduce((s, w) => s + w, 0);
  if (total <= 0) return null;
  const ask = askedOf(shape);
  const asked = new Set(tokens(question).map((t) => t.term));
  const askedFolded = spaced(question);
  const candidates: Candidate[] = [];
  const names = askedNames(question);
  for (const span of [...spansToRead(coverage, results), ...roleSpans(coverage, ask)]) {
    const article = coverage.articles.get(span.docId)!;
    const context = articleContext(coverage, article);
    for (const { s, own, neighbours, named } of context.sentencesWithin(span.start, span.end)) {
      const relevance = relevanceOf(weights, total, own, [...neighbours, context.title]);
      if (relevance < MIN_SENTENCE_RELEVANCE) continue;
      // The names asked about are in the sentence or beside it, not only in the headline: the
      // headline's runner is not the one "the Swede took gold" is about.
      if (!names.every((t) => own.has(t) || neighbours.some((n) => n.has(t)) || named().has(t))) continue;
      const text = article.text.slice(s.start, s.end);
      const input = { docId: span.docId, text, start: s.start, published: article.meta.published };
      const ownerInHeadline = ask.ownerTerms.every((t) => context.title.has(t));
      for (const v of valuesIn(shape.kind, input, shape.focus, coverage.actors)) {
        if (inQuestion(shape.kind, v, asked, askedFolded, coverage)) continue;
        const fit = shapeFit(ask, text, s.start, v, ownerInHeadline, weights);
        if (fit === 0) continue;
        candidates.push({
          v,
          docId: span.docId,
          ref: sourceRef(coverage, span.docId, span.passageId, s.start, s.end),
          relevance,
          score: relevance * v.fit * span.weight * nearness(article.text, s.start, v, weights) * fit,
        });
      }
    }
  }
  return chooseAnswer(coverage, shape.kind, candidates);
}

/** What a question asks beyond its kind: the verb of "who <verb>", the role of "who is the <role>
 *  of <owner>", the event of "where". */
interface Asked {
  verb: string | null;
  role: AskedRole | null;
  ownerTerms: string[];
  event: string[];
}

function askedOf(shape: QuestionShape): Asked {
  const role = shape.kind === "who" && !shape.verb ? askedRole(shape.topic) : null;
  return {
    verb: shape.verb,
    role,
    ownerTerms: role ? termsOf(role.of.join(" ")) : [],
    event: shape.kind === "where" ? eventTerms(shape.topic) : [],
  };
}

/** How well a value answers what the question asks, beyond its kind (0: not at all). A sum of money
 *  standing before a noun the question does not ask about ("a $206bn settlement" for what was
 *  demanded) fits less. */
function shapeFit(
  ask: Asked,
  sentence: string,
  sentenceStart: number,
  v: StatedValue,
  ownerInHeadline: boolean,
  weights: ReadonlyMap<string, number>,
): number {
  const agent = ask.verb ? agentFit(sentence, sentenceStart, v, ask.verb) : 1;
  const role = ask.role ? roleFit(sentence, sentenceStart, v, ask.role, ownerInHeadline) : 1;
  const place = ask.event.length > 0 ? placeFit(sentence, sentenceStart, v, ask.event) : 1;
  const noun = v.noun && !weights.has(v.noun) ? OTHER_NOUN_FIT : 1;
  return agent * role * place * noun;
}

interface SpanToRead {
  docId: string;
  passageId: string;
  start: number;
  end: number;
  weight: number;
}

/** For a role question, the passages naming the owner found by a search for the owner and the role
 *  ("Middlesbrough mayor"), however the question's other words rank them; only a name in
 *  apposition with the role is read from them (roleFit). */
function roleSpans(coverage: Coverage, ask: Asked): SpanToRead[] {
  if (!ask.role || ask.ownerTerms.length === 0) return [];
  const query = roleQuery(ask.role, ask.ownerTerms);
  const roles = new Set(query.map((q) => q.term).filter((t) => !ask.ownerTerms.includes(t)));
  return coverage.index
    .searchTerms(query, ROLE_SEARCH_POOL)
    .filter((h) => ask.ownerTerms.every((t) => h.matched.includes(t)) && h.matched.some((t) => roles.has(t)))
    .slice(0, ROLE_SEARCH_LIMIT)
    .map((h) => {
      const p = coverage.passages[h.ref]!;
      return { docId: p.docId, passageId: p.id, start: p.start, end: p.end, weight: ROLE_SEARCH_WEIGHT };
    });
}

/** The cited text of the best excerpts (every outlet carrying each), then the passage after each
 *  excerpt in its article (where a story's lead is continued: "He was arrested in Barstow …"),
 *  weighted by the excerpt's rank. An answer read from a continuation cites it in its sources. */
function spansToRead(coverage: Coverage, results: readonly Excerpt[]): SpanToRead[] {
  const out: SpanToRead[] = [];
  const seen = new Set<string>();
  const add = (span: SpanToRead) => {
    const key = `${span.docId}:${span.start}`;
    if (seen.has(key) || !coverage.articles.has(span.docId)) return;
    seen.add(key);
    out.push(span);
  };
  const top = results.slice(0, MAX_RESULTS);
  top.forEach((r, rank) => {
    for (const src of r.sources) add({ ...src, weight: RANK_WEIGHT[rank]! });
  });
  top.forEach((r, rank) => {
    const article = coverage.articles.get(r.docId);
    const n = Number(r.passageId.slice(r.docId.length + 1));
    const next = article?.passages[n + 1];
    if (next)
      add({
        docId: r.docId,
        passageId: next.id,
        start: next.start,
        end: next.end,
        weight: RANK_WEIGHT[rank]! * CONTINUATION_WEIGHT,
      });
  });
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

/** Folded words between spaces, punctuation dropped on both sides ("… of Nike?" names "Nike"). */
const spaced = (text: string): string =>
  ` ${foldKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

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
    return names.some((n) => askedFolded.includes(spaced(n))) || askedFolded.includes(spaced(v.text));
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
  // Several people or places may each answer a who/where question; only a number or a day conflicts.
  for (const g of kind === "who" || kind === "where" ? [] : ranked.slice(1)) {
    const mine = onePerDoc(g).filter((c) => !docs.has(c.docId));
    const head = mine[0];
    if (!head || head.v.unit !== top.v.unit || head.v.fit < top.v.fit) continue;
    if (head.relevance < Math.max(top.relevance, DISAGREE_RELEVANCE)) continue;
    others.push({
      value: head.v.value,
      text: head.v.text,
      outlets: [...new Set(mine.map((c) => outletOf(coverage, c.docId)))],
      sources: mine.map((c) => c.ref),
    });
    if (others.length >= 2) break;
  }
  const outlets = [...new Set(perDoc.map((c) => outletOf(coverage, c.docId)))];
  const shown =
    kind === "who"
      ? top.v.value
      : kind === "when" && top.v.value !== top.v.text
        ? `${top.v.value} (“${top.v.text}”)`
        : top.v.text;
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
