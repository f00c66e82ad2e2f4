// Reference: the answer as it was before the precomputed indexes (a full scan per question), kept
// to test that the indexed answers are the same. Not used by the bot.

// /actor name: who the coverage says an actor is (names, roles), what they are quoted saying,
// what they did or had done to them (cited sentences), and who appears with them. A name the
// coverage does not hold gets `actor: null` and close names it does hold — never a made-up profile.

// Only the searches are the reference's own: an actor's sentences, quotations and copies are
// found by scanning. Ranking, limits and the suggestions (MiniSearch's name lookup) are the bot's.
import {
  findActor,
  fullestForms,
  MAX_QUOTES,
  MAX_RELATED,
  MAX_STATEMENTS,
  rankSentence,
  SAME_TEXT,
  suggest,
} from "../../src/answers/actor.ts";
import type { ActorAnswer, ActorProfile, CitedText } from "../../src/answers/actor-types.ts";
import { overlap } from "../../src/answers/cite.ts";
import { cleanQuery } from "../../src/answers/query.ts";
import type { ErrorAnswer } from "../../src/answers/types.ts";
import { sourceRef } from "../../src/corpus/source-ref.ts";
import type { Coverage } from "../../src/coverage.ts";
import { foldKey } from "../../src/text/fold.ts";
import type { Actor, Article, Quote, Sentence } from "../../src/types.ts";
import { groupQuotations } from "./quote-groups.ts";

interface PlacedSentence {
  s: Sentence;
  passageId: string;
}

function sentencesOf(article: Article): PlacedSentence[] {
  const out: PlacedSentence[] = [];
  for (const p of article.passages) {
    for (const s of article.paragraphs[p.paragraph]?.sentences ?? []) {
      if (s.start >= p.start && s.end <= p.end) out.push({ s, passageId: p.id });
    }
  }
  return out;
}

function sentenceIndex(list: PlacedSentence[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!.s;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function actor(coverage: Coverage, rawName: unknown): ActorAnswer | ErrorAnswer {
  const q = cleanQuery(rawName, "name");
  if (!q.ok) return { command: "actor", error: q.error };
  const found = findActor(coverage, q.text);
  if (!found) return { command: "actor", query: q.text, actor: null, suggestions: suggest(coverage, q.text) };
  return { command: "actor", query: q.text, actor: profile(coverage, found), suggestions: [] };
}

function profile(coverage: Coverage, a: Actor): ActorProfile {
  const name = foldKey(a.name);
  return {
    name: a.name,
    kind: a.kind,
    aliases: a.aliases.map((x) => x.text).filter((t) => foldKey(t) !== name),
    descriptions: fullestForms(a.descriptions.map((d) => d.text)),
    documents: [...a.documents],
    mentions: a.mentions,
    quotes: quotesOf(coverage, a),
    ...statementsAndRelated(coverage, a),
  };
}

function quotesOf(coverage: Coverage, a: Actor): ActorProfile["quotes"] {
  const all: readonly Quote[] = (coverage as { quotes?: readonly Quote[] }).quotes ?? [];
  // direct quotations only: reported speech is never shown as the actor's own words
  const own = all.filter(
    (q) => q.speakerId === a.id && q.kind !== "reported" && q.text.trim().split(/\s+/).length >= 4,
  );
  return groupQuotations(coverage, own, own)
    .map((group, i) => ({ group, i }))
    .sort((x, y) => y.group.length - x.group.length || x.i - y.i)
    .slice(0, MAX_QUOTES)
    .map(({ group }) => ({
      quote: group[0]!.text,
      sources: group.map((q) => sourceRef(coverage, q.docId, q.passageId, q.start, q.end)),
    }));
}

interface Candidate extends CitedText {
  score: number;
  order: number;
}

function statementsAndRelated(coverage: Coverage, a: Actor): Pick<ActorProfile, "statements" | "related"> {
  const model = coverage.actors;
  const candidates: Candidate[] = [];
  const related = new Map<string, number>();
  let order = 0;
  for (const docId of a.documents) {
    const article = coverage.articles.get(docId);
    if (!article) continue;
    const mentions = model.mentionsIn(docId);
    const sentences = sentencesOf(article);
    const seen = new Set<number>();
    for (const m of mentions) {
      if (m.actorId !== a.id || m.via === "pronoun") continue;
      const si = sentenceIndex(sentences, m.start);
      if (si < 0 || seen.has(si)) continue;
      seen.add(si);
      const { s, passageId } = sentences[si]!;
      const text = article.text.slice(s.start, s.end);
      // who else is in this sentence
      const others = new Set<string>();
      for (const o of mentions) {
        if (o.start >= s.start && o.end <= s.end && o.actorId !== a.id && o.via !== "pronoun")
          others.add(o.actorId);
      }
      for (const id of others) related.set(id, (related.get(id) ?? 0) + 1);
      candidates.push({
        text,
        sources: [sourceRef(coverage, docId, passageId, s.start, s.end)],
        score: rankSentence(article, s, m),
        order: order++,
      });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.order - y.order);
  const statements: Candidate[] = [];
  for (const c of candidates) {
    const same = statements.find((o) => overlap(o.text, c.text) >= SAME_TEXT);
    if (same) {
      if (!same.sources.some((s) => s.docId === c.sources[0]!.docId)) same.sources.push(c.sources[0]!);
      continue;
    }
    if (statements.length < MAX_STATEMENTS * 3) statements.push(c);
  }
  statements.sort(
    (x, y) => y.score + y.sources.length * 0.3 - (x.score + x.sources.length * 0.3) || x.order - y.order,
  );
  return {
    statements: statements.slice(0, MAX_STATEMENTS).map((c) => ({ text: c.text, sources: c.sources })),
    related: [...related]
      .map(([id, count]) => ({ name: model.byId.get(id)?.name ?? id, count }))
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))
      .slice(0, MAX_RELATED),
  };
}
