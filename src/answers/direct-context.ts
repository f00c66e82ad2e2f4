// What a sentence is about, for direct answers: its own words, the names of the actors it refers
// to by pronoun, role or surname (the actor model's mentions: "He was arrested in Barstow" is
// about Suge Knight), its neighbours in the paragraph and the article's headline; past forms of
// irregular verbs count as their base ("sold" answers "sell").

import { tokens } from "../search/tokenize.ts";
import type { Article } from "../types.ts";
import type { StatedValue } from "./direct-values.ts";
import { termsOf } from "./question-terms.ts";

export interface SentenceContext {
  s: { start: number; end: number };
  own: ReadonlySet<string>;
  neighbours: ReadonlyArray<ReadonlySet<string>>;
  /** The terms of the names and aliases of the actors the sentence and its neighbours mention
   *  ("ons" where it names the Office for National Statistics); read only when asked for. */
  named(): ReadonlySet<string>;
}

interface Actors {
  byId: ReadonlyMap<string, { name: string; aliases?: ReadonlyArray<{ text: string }> }>;
  mentionsIn(docId: string): ReadonlyArray<{ actorId: string; start: number; end: number; via: string }>;
}

/** The sentences of an article and what each is about, for one question. */
export function articleContext(
  coverage: { actors: Actors },
  article: Article,
): {
  title: ReadonlySet<string>;
  sentencesWithin(start: number, end: number): SentenceContext[];
} {
  const mentions = coverage.actors.mentionsIn(article.docId);
  const termsIn = (s: { start: number; end: number }): Set<string> => {
    const own = new Set(termsOf(article.text.slice(s.start, s.end)));
    for (const m of mentions) {
      if (m.start < s.start || m.end > s.end || m.via === "name") continue;
      const name = coverage.actors.byId.get(m.actorId)?.name;
      if (name) for (const t of termsOf(name)) own.add(t);
    }
    return own;
  };
  const namedIn = (from: number, to: number): Set<string> => {
    const out = new Set<string>();
    for (const m of mentions) {
      if (m.start < from || m.end > to) continue;
      const actor = coverage.actors.byId.get(m.actorId);
      if (!actor) continue;
      for (const n of [actor.name, ...(actor.aliases ?? []).map((a) => a.text)])
        for (const t of termsOf(n)) out.add(t);
    }
    return out;
  };
  return {
    title: new Set(termsOf(article.displayTitle)),
    sentencesWithin(start, end) {
      const all = article.paragraphs.flatMap((p) => p.sentences);
      const sets = new Map<number, Set<string>>();
      const at = (i: number) => {
        if (i < 0 || i >= all.length) return undefined;
        const known = sets.get(i);
        if (known) return known;
        const set = termsIn(all[i]!);
        sets.set(i, set);
        return set;
      };
      const out: SentenceContext[] = [];
      all.forEach((s, i) => {
        if (s.start < start || s.end > end) return;
        // The sentences before and after, across paragraphs: a one-sentence lead names whom the
        // next paragraph's "he" is.
        const neighbours = [at(i - 1), at(i + 1)].filter((x): x is Set<string> => x !== undefined);
        const from = all[Math.max(0, i - 1)]!.start;
        const to = all[Math.min(all.length - 1, i + 1)]!.end;
        out.push({ s, own: at(i)!, neighbours, named: () => namedIn(from, to) });
      });
      return out;
    },
  };
}

/**
 * For "who <verb> …" questions: 0 when the sentence does not say the act (no answer from it), 1
 * for the act's agent (right before the verb, or "by X" after it), else 0.6.
 */
export function agentFit(sentence: string, sentenceStart: number, v: StatedValue, verb: string): number {
  const at = tokens(sentence).filter((t) => termsOf(sentence.slice(t.start, t.end))[0] === verb);
  if (at.length === 0) return 0;
  const start = v.start - sentenceStart;
  const end = v.end - sentenceStart;
  for (const t of at) {
    const before = sentence.slice(end, t.start);
    if (
      end <= t.start &&
      /^[\s,]*(?:(?:has|had|have|was|who|which|also|then|first|jointly)\s+)*$/i.test(before)
    )
      return 1;
    if (start >= t.end && /^\s+by\s+(?:the\s+)?$/i.test(sentence.slice(t.end, start))) return 1;
  }
  // The sentence's subject is the agent of a verb joined to its own ("Serena Williams staged a
  // recovery to beat Lindsay Davenport and win"), not the object standing before it.
  const subject = /^[\s"“'‘]*(?:(?:the|a|an)\s+)?$/i.test(sentence.slice(0, start));
  if (subject && at.some((t) => t.start > end && /\b(?:and|to|then)\s+$/i.test(sentence.slice(end, t.start))))
    return SUBJECT_FIT;
  return 0.6;
}

/** agentFit of a sentence's subject for a verb joined to its own by "and"/"to". */
const SUBJECT_FIT = 0.9;

/** The words of the event a where-question asks about: its lowercase words ("did Mido give his
 *  news conference" → news, conference), not the names of who or what it is about. */
export function eventTerms(topic: string): string[] {
  const lower = topic.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
  return [...new Set(termsOf(lower.join(" ")))];
}

/**
 * For where-questions: 0 when the sentence says none of the asked event's words (a place named
 * about something else: "came from England to Egypt", for where a news conference was held); 1
 * when the place's phrase follows one of them ("a news conference in Cairo", "arrested in
 * Barstow"); else 0.8.
 */
export function placeFit(
  sentence: string,
  sentenceStart: number,
  v: StatedValue,
  event: readonly string[],
): number {
  if (event.length === 0) return 1;
  const at = tokens(sentence).filter((t) => event.includes(termsOf(sentence.slice(t.start, t.end))[0] ?? ""));
  if (at.length === 0) return 0;
  const start = v.start - sentenceStart;
  const attached = at.some((t) => t.end <= start && /^[^,.;:!?]{0,24}$/.test(sentence.slice(t.end, start)));
  return attached ? 1 : 0.8;
}

const CALENDAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;

/** The terms of the names a question asks about: its words in capitals or with a capital, the
 *  first word and calendar words aside ("When did the ONS report inflation?" → "ons"). A question
 *  typed all in capitals or all in lower case names nothing this way. */
export function askedNames(question: string): string[] {
  const out: string[] = [];
  const words = tokens(question);
  if (words.every((w) => /^\p{Lu}/u.test(question.slice(w.start, w.end)))) return out;
  for (const [i, w] of words.entries()) {
    const raw = question.slice(w.start, w.end);
    if (i === 0 && w.start === question.search(/\p{L}/u)) continue;
    if (/^\p{Lu}/u.test(raw) && !CALENDAR.test(raw)) out.push(w.term);
  }
  return out;
}
