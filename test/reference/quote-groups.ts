// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// Shared by /whosaid and /quotes: the same quotation carried by several outlets is one
// quotation with several sources, and each outlet's attribution is kept.

import { findTimeExpressions } from "../../src/analysis/dates.ts";
import { sameTextKey, sourceRef } from "../../src/answers/cite.ts";
import type { QuotationMatch } from "../../src/answers/quote-types.ts";
import type { Coverage } from "../../src/coverage.ts";
import type { ActorModel, Quote, SourceRef } from "../../src/types.ts";

/** Words two quotations must share in one unbroken run to be the same quotation. */
export const SAME_QUOTE_RUN = 8;

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

const keyCache = new WeakMap<Quote, string>();
export function keyOf(q: Quote): string {
  let k = keyCache.get(q);
  if (k === undefined) {
    k = sameTextKey(q.text);
    keyCache.set(q, k);
  }
  return k;
}

function runs(key: string, n: number): Set<string> {
  const w = key.split(" ");
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(" "));
  return out;
}

/** Same quotation: one holds the other (3+ words), or they share an 8-word run. */
export function sameQuotation(a: Quote, b: Quote): boolean {
  const ka = keyOf(a);
  const kb = keyOf(b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.split(" ").length >= 4 && ` ${long} `.includes(` ${short} `)) return true;
  if (short.split(" ").length < SAME_QUOTE_RUN) return false;
  const ra = runs(ka, SAME_QUOTE_RUN);
  for (const r of runs(kb, SAME_QUOTE_RUN)) if (ra.has(r)) return true;
  return false;
}

/** Groups quotations (best first) with every other outlet's copy of them from `pool`. */
export function groupQuotations(coverage: Coverage, best: Quote[], pool: readonly Quote[]): Quote[][] {
  const groups: Quote[][] = [];
  const used = new Set<Quote>();
  for (const q of best) {
    if (used.has(q)) continue;
    const group = [q];
    used.add(q);
    // One copy per other outlet: the fullest statement that is the same quotation.
    const perDoc = new Map<string, Quote>();
    for (const o of pool) {
      if (used.has(o) || o.docId === q.docId || !sameQuotation(q, o)) continue;
      const had = perDoc.get(o.docId);
      if (!had || better(o, had)) perDoc.set(o.docId, o);
    }
    for (const o of perDoc.values()) {
      group.push(o);
      used.add(o);
    }
    groups.push(group);
  }
  void coverage;
  return groups;
}

const better = (a: Quote, b: Quote) =>
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
  // When and where: from the attributed copy first, else any copy that says.
  const ctxs = [attributed, ...group.filter((q) => q !== attributed)].map((q) => contextOf(coverage, q));
  const ctx = {
    when: ctxs.find((c) => c.when)?.when ?? null,
    occasion: ctxs.find((c) => c.occasion)?.occasion ?? null,
  };
  return {
    speaker: speakerOf(coverage, attributed),
    speakerId: attributed.speakerId,
    quote: first.text,
    kind: group.some((q) => q.kind === "statement") ? "statement" : "term",
    cue: attributed.cue,
    when: ctx.when,
    occasion: ctx.occasion,
    sources,
    attributions: [...byName].map(([speaker, docIds]) => ({ speaker, docIds })),
  };
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
