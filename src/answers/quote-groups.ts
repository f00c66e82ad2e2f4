// Shared by /whosaid and /quotes: the same quotation carried by several outlets is one
// quotation with several sources, and each outlet's attribution is kept.

import { findTimeExpressions } from "../analysis/dates/index.ts";
import { sourceRef } from "../corpus/source-ref.ts";
import type { Coverage } from "../coverage.ts";
import type { ActorModel, Quote, SourceRef } from "../types.ts";
import { keyOf, quoteIndex, sameQuotation } from "./quote-index.ts";
import type { QuotationMatch } from "./quote-types.ts";

export { keyOf, SAME_QUOTE_RUN, sameQuotation } from "./quote-index.ts";

export function actorsOf(coverage: Coverage): ActorModel | null {
  return (coverage as Coverage & { actors?: ActorModel }).actors ?? null;
}

/** The canonical name shown for a quotation's speaker. */
export function speakerOf(coverage: Coverage, q: Quote): string | null {
  if (q.speakerId) {
    const a = actorsOf(coverage)?.byId.get(q.speakerId);
    if (a) return a.name;
  }
  return q.speakerName ?? (q.speakerKind === "unnamed" ? q.speakerText : null) ?? null;
}

/** Groups quotations (best first) with every other outlet's copy of them from `pool`; stops after
 *  `limit` groups (a group never depends on later ones). Copies are found through the coverage's
 *  quotation index when `pool` is the coverage's quotations or a part of them in corpus order;
 *  otherwise by comparing with every quotation of the pool. */
export function groupQuotations(
  coverage: Coverage,
  best: Iterable<Quote>,
  pool: readonly Quote[],
  limit = Number.POSITIVE_INFINITY,
): Quote[][] {
  const steps = groupQuotationSteps(coverage, best, pool, limit);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Quotations grouped between two yields of `groupQuotationSteps`. */
const GROUPS_PER_STEP = 256;

/** `groupQuotations` as pieces of work (an actor quoted 10,000 times at a million passages is
 *  grouped in a warm-up's slices, not in one call of a tenth of a second). */
export function* groupQuotationSteps(
  coverage: Coverage,
  best: Iterable<Quote>,
  pool: readonly Quote[],
  limit = Number.POSITIVE_INFINITY,
): Generator<void, Quote[][]> {
  const all: readonly Quote[] | undefined = (coverage as { quotes?: readonly Quote[] }).quotes;
  const index = all ? quoteIndex(coverage) : null;
  let inPool: ((i: number) => boolean) | null = null;
  if (index && pool === all) inPool = () => true;
  else if (index) {
    const members = new Set<number>();
    let last = -1;
    for (const o of pool) {
      const at = index.position.get(o);
      if (at === undefined || at <= last) {
        members.clear();
        last = -2;
        break;
      }
      members.add(at);
      last = at;
    }
    if (last !== -2) inPool = (i) => members.has(i);
  }
  const groups: Quote[][] = [];
  const used = new Set<Quote>();
  const listedIn = new ListedInArticle();
  let read = 0;
  for (const q of best) {
    if (groups.length >= limit) break;
    if (used.has(q)) continue;
    if (++read % GROUPS_PER_STEP === 0) yield;
    if (listedIn.repeats(coverage, q)) continue;
    const group = [q];
    used.add(q);
    // One copy per other outlet: the fullest statement that is the same quotation.
    const perDoc = new Map<string, Quote>();
    const offer = (o: Quote) => {
      // A paraphrase and a quotation are never copies of each other.
      if (used.has(o) || o.docId === q.docId || (o.kind === "reported") !== (q.kind === "reported")) return;
      if (otherSpeakersTerm(coverage, q, o)) return;
      const had = perDoc.get(o.docId);
      if (!had || better(o, had)) perDoc.set(o.docId, o);
    };
    const at = index?.position.get(q);
    if (index && inPool && at !== undefined) {
      for (const j of index.neighbours(at)) if (inPool(j)) offer(index.quotes[j]!);
    } else {
      for (const o of pool) if (!used.has(o) && o.docId !== q.docId && sameQuotation(q, o)) offer(o);
    }
    for (const o of perDoc.values()) {
      group.push(o);
      used.add(o);
      listedIn.repeats(coverage, o); // (its article's repeats of it are listed with it)
    }
    groups.push(group);
  }
  return groups;
}

/** The quotations listed so far, by article: the same words of one speaker quoted twice in an
 *  article ("a disgrace" in the lead and again below), or one paraphrase inside another of the same
 *  speaker ("he believed the war would …" and "the war would …", from "told the audience he
 *  believed …"), are one quotation, listed once (the first listed, the better ranked). */
export class ListedInArticle {
  private readonly byDoc = new Map<string, Quote[]>();
  repeats(coverage: Coverage, q: Quote): boolean {
    const listed = this.byDoc.get(q.docId) ?? [];
    const speaker = speakerOf(coverage, q);
    const reported = q.kind === "reported";
    const same = (o: Quote) =>
      (o.kind === "reported") === reported &&
      (reported
        ? (o.start <= q.start && q.end <= o.end) || (q.start <= o.start && o.end <= q.end)
        : keyOf(o) === keyOf(q)) &&
      speakerOf(coverage, o) === speaker;
    if (listed.some(same)) return true;
    listed.push(q);
    this.byDoc.set(q.docId, listed);
    return false;
  }
}

/** Words under which two articles' same words are a shared term, not one quotation copied. */
const TERM_WORDS = 4;

/** Two articles' same short words ("pathetic") credited to two speakers are two people's words,
 *  not one quotation the outlets attribute differently. */
export function otherSpeakersTerm(coverage: Coverage, q: Quote, o: Quote): boolean {
  if (keyOf(q).split(" ").length >= TERM_WORDS) return false;
  const a = speakerOf(coverage, q);
  const b = speakerOf(coverage, o);
  return a !== null && b !== null && a !== b;
}

/** Of two copies of one quotation in an outlet, the one to show: a statement, else the fuller. */
export const better = (a: Quote, b: Quote) =>
  a.kind !== b.kind ? a.kind === "statement" : keyOf(a).length > keyOf(b).length;

/** The answer row for a group of copies of one quotation (the first is the best). */
export function matchOf(coverage: Coverage, group: Quote[]): QuotationMatch {
  const attributed = group.find((q) => speakerOf(coverage, q) !== null) ?? group[0]!;
  const sources: SourceRef[] = group.map((q) => sourceRef(coverage, q.docId, q.passageId, q.start, q.end));
  const byName = new Map<string, string[]>();
  for (const q of group) {
    const s = speakerOf(coverage, q);
    if (s === null) continue;
    const ids = byName.get(s) ?? [];
    if (!ids.includes(q.docId)) ids.push(q.docId);
    byName.set(s, ids);
  }
  const first = group[0]!;
  // When and where: from the attributed copy first, else the first copy that says (read only
  // until both are known: a wire quotation has thousands of copies).
  const ctx: { when: QuotationMatch["when"]; occasion: string | null } = { when: null, occasion: null };
  for (const q of [attributed, ...group.filter((x) => x !== attributed)]) {
    if (ctx.when && ctx.occasion) break;
    const c = contextOf(coverage, q);
    if (!ctx.when && c.when) ctx.when = c.when;
    if (!ctx.occasion && c.occasion) ctx.occasion = c.occasion;
  }
  const reported = first.kind === "reported";
  return {
    speaker: speakerOf(coverage, attributed),
    speakerId: attributed.speakerId,
    quote: first.text,
    kind: reported ? "reported" : group.some((q) => q.kind === "statement") ? "statement" : "term",
    cue: attributed.cue,
    when: ctx.when,
    occasion: ctx.occasion,
    sources,
    attributions: [...byName].map(([speaker, docIds]) => ({ speaker, docIds })),
    ...(reported ? { paraphrase: paraphraseLabel(sources[0]?.outlet ?? null) } : {}),
  };
}

/** The label every face shows on reported speech: whose words they are (the outlet's). */
export function paraphraseLabel(outlet: string | null): string {
  return `reported by ${outlet ?? "the article"}, not a direct quotation`;
}

const OCCASION =
  /\b(?:at|in|during|on|after|before|from)\s+(?:a|an|the|his|her|their|its|Wednesday['’]s|[A-Z]\w+['’]s)?\s*(?:[\w’'-]+\s+){0,5}?(?:news conference|press conference|briefing|interview|speech|address|statement|meeting|hearing|rally|summit|debate|session|visit|remarks|post|broadcast|programme|program|show|podcast|letter)\b(?:\s+(?:on|in|at|with|to)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?/;

/** When and where the article says the words were spoken, from the quotation's own sentence. */
function contextOf(coverage: Coverage, q: Quote): { when: QuotationMatch["when"]; occasion: string | null } {
  const article = coverage.articles.get(q.docId);
  if (!article) return { when: null, occasion: null };
  let sentence = { start: q.start, end: q.end };
  for (const p of article.paragraphs) {
    if (p.end < q.start || p.start > q.end) continue;
    const s = p.sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (s) sentence = { start: s.start, end: Math.max(s.end, q.end) };
  }
  // Only the words outside the quotation describe the occasion.
  const text = article.text.slice(sentence.start, sentence.end);
  const outside = `${text.slice(0, q.start - sentence.start)} ${" ".repeat(q.end - q.start)} ${text.slice(q.end - sentence.start)}`;
  const times = findTimeExpressions(outside, article.meta.published).filter((t) => t.confidence >= 0.5);
  const t = times[0];
  const occ = OCCASION.exec(outside)?.[0] ?? null;
  return {
    when: t ? { text: t.text, date: t.date } : null,
    occasion: occ ? occ.trim() : null,
  };
}
