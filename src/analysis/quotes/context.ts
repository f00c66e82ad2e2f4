// Stage 3, from context: quotations with no cue of their own take a speaker from a closing tag
// that speaks for the whole sentence, the quotation they continue, the split quotation before
// them, or the previous sentence's speaker; after the walk, a run-on quotation attributed only at
// its end gives that speaker to its start.

import type { Article } from "../../types.ts";
import { type Alternative, firstOf, isOn, type Step } from "../steps.ts";
import { TERM_BETWEEN_REPORTS } from "./between-reports.ts";
import { CONTINUED_OWN_TAG_SWITCH } from "./continued-own-tag.ts";
import { coordinateSubject } from "./coordinate-subject.ts";
import { JOINT_CUE } from "./joint-cue.ts";
import { kinSpoken } from "./kin-spoken.ts";
import { LEAD_INTERVIEWEE, MAIN_VOICE } from "./main-voice.ts";
import { type Cue, phraseAfter, sentenceSubject } from "./phrases.ts";
import { QUESTION_PARAGRAPH_ANSWER } from "./question-paragraphs.ts";
import { chainedSpeaker, QUOTATION_CHAIN_SWITCH } from "./quotation-chain.ts";
import { RECENT_SPEAKER } from "./recent-speaker.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { runNamesSubject } from "./run-about.ts";
import { answerAfterQuestion, DASH_FOOTER } from "./s22-cont-switches.ts";
import { openingTerm } from "./s22-nospk-switches.ts";
import { laterReporter } from "./s24-pron-switches.ts";
import { JOINT_NAMED_SPEAKERS } from "./s25-joint-speakers.ts";
import { pushHistory, type SentenceCtx } from "./sentence.ts";
import { TAIL_HEARER_SWITCH } from "./set27-switches.ts";
import { LATEST_VOICE, SOLE_VOICE, SOLE_VOICE_BEFORE } from "./sole-voice.ts";
import { attribute, type QuoteDoc, sentenceBeforeKey } from "./state.ts";
import { finalTag } from "./tags.ts";
import { TAIL_ROLE_NAME_SWITCH, tailTag } from "./tail-tag.ts";
import { TERM_BEFORE_PARTICIPLE } from "./term-before-participle.ts";
import { speaksOf } from "./third-person.ts";
import { firstSpanEndingAfter, isVerbish, type Tok, tokensOf } from "./tokens.ts";
import { TOLD_WORDS } from "./told-words.ts";
import type { QuoteFound, Speaker } from "./types.ts";
import { WORDS_CAME_FROM } from "./words-came-from.ts";

interface Attribution {
  sp: Speaker;
  cue: Cue | null;
  via: NonNullable<QuoteFound["via"]>;
  /** The speaker is a sentence's subject, not someone the article says spoke. */
  subjectOnly?: boolean;
}

interface Uncued {
  ctx: SentenceCtx;
  /** The quotation's token and its index in the spans. */
  j: number;
  q: number;
  /** No speaker of this sentence belongs to a quotation or a speech verb. */
  uncued: boolean;
}

/** Quotation k's speaker and cue, when it has one, for another quotation found `via`. */
function speakerOf(doc: QuoteDoc, k: number, via: Attribution["via"]): Attribution | null {
  const sp = doc.speakers[k];
  return sp ? { sp, cue: doc.cues[k]!, via } : null;
}

/** `…hero," said Keegan.` / `…hero," Keegan said.`: span q closes on a comma, then its sentence is
 *  only a speech verb and a capitalised phrase: that tag's attribution. */
function ownTagAfter(doc: QuoteDoc, q: number): Attribution | null {
  if (!isOn("quotes", CONTINUED_OWN_TAG_SWITCH.name, doc.switches)) return null;
  const s = doc.spans[q]!;
  if (!/,\s*$/.test(doc.text.slice(s.markClose - 2, s.markClose))) return null;
  const sent = doc.article.paragraphs[s.para]?.sentences.find(
    (x) => x.start <= s.markClose && s.markClose < x.end,
  );
  if (!sent) return null;
  const toks = tokensOf(doc.layer, s.start - 1, sent.end, doc.spans, q, doc.switches);
  if (toks[0]?.type !== "q") return null;
  const verb = (t: Tok | undefined) => t?.type === "w" && isVerbish(t);
  // "said Keegan" or "Keegan said", then the sentence's end
  const inverted = verb(toks[1]);
  const p = phraseAfter(toks, inverted ? 2 : 1, doc.text);
  if (!p || !/^\p{Lu}/u.test(p.text)) return null;
  const rest = toks.filter((t) => t.start >= p.end);
  const v = inverted ? toks[1]! : rest.shift();
  if (!verb(v) || rest.some((t) => t.type !== "p")) return null;
  const cue: Cue = { speaker: p, cue: v!.lower, label: false };
  return { sp: resolvePhrase(doc, p), cue, via: "cue" };
}

/** `"A," Bosvelt said. "B. … "C," said Keegan.`: C's own tag names someone other than the
 *  speaker of the quotation just before B in its paragraph, so B is that one's, not C's. */
function ownTagAfterOther(doc: QuoteDoc, k: number, from: number): boolean {
  const before =
    from > 0 && doc.spans[from - 1]!.para === doc.spans[from]!.para ? doc.speakers[from - 1] : undefined;
  return !!before && before.id !== doc.speakers[k]!.id && ownTagAfter(doc, k) !== null;
}

/** A statement that opens its sentence, or sits in a sentence with no speech verb at all. */
function bareStatement({ ctx, j, q, uncued }: Uncued): boolean {
  const startsSentence = ctx.toks.slice(0, j).every((t) => t.type !== "w");
  return (startsSentence || uncued) && ctx.doc.kinds[q] !== "term";
}

export const CONTEXT_RULES: readonly Alternative<Uncued, Attribution>[] = [
  {
    name: "continuation",
    doc: "a quotation continuing an unclosed one takes its speaker",
    try: ({ ctx, q }) => {
      const from = ctx.doc.spans[q]!.continues;
      // (`… Keegan. "He is an unsung hero," said Keegan.`: a span the copy's lost mark left
      // looking like a continuation, that closes on a comma before its own tag, is the tag's)
      const own = from !== null ? ownTagAfter(ctx.doc, q) : null;
      if (own) return own;
      return from !== null ? speakerOf(ctx.doc, from, "continuation") : null;
    },
  },
  {
    name: "term-sentence-opener",
    doc: "\"And he hit back at Labour claims he had used her as a “human shield”. “She's not …”\": a bare statement after another's term goes to the he/she or description the sentence before opens on",
    try: (input) => {
      if (!bareStatement(input)) return null;
      const { ctx, q } = input;
      const { doc } = ctx;
      const prevKey = previousSentenceKey(ctx);
      const prev = q > 0 && prevKey ? sentenceAt(doc.article, prevKey) : null;
      const term = doc.speakers[q - 1];
      if (!prev || !term || doc.kinds[q - 1] !== "term" || doc.spans[q - 1]!.start < prev.start) return null;
      // (a named subject too: "Tory spokesman Mr Lewis reminded MPs that Ian Roe called him a
      // “Fagin”. “Given the outrage …”" is Mr Lewis's; switch "term-sentence-named-opener")
      const named = isOn("quotes", "term-sentence-named-opener", doc.switches)
        ? doc.history.find((h) => h.start >= prev.start && h.start < prev.end && h.speaker)
        : undefined;
      const sp = (named?.kind === "person" && named.id ? named : undefined) ?? leadingSubject(doc, prevKey!);
      return sp && sp.id !== term.id && sp.start < doc.spans[q - 1]!.markOpen
        ? { sp, cue: null, via: "context" }
        : null;
    },
  },
  {
    name: "split-quotation",
    doc: "a bare statement right after an attributed quotation of its paragraph (“A.” “B,” he said.)",
    try: (input) => {
      if (!bareStatement(input)) return null;
      const { ctx, q } = input;
      const { spans, sentenceSpeaker } = ctx.doc;
      const prevQ = q > 0 && spans[q - 1]!.para === ctx.pi ? q - 1 : -1;
      // …unless the sentence before names a speaker of its own after that quotation ("Mr Florin
      // said the challenge was …. “There's an indication …”"): the latest speaker speaks on.
      const prevKey = previousSentenceKey(ctx);
      const prevSp = prevKey ? sentenceSpeaker.get(prevKey) : undefined;
      // …or opens on a new person ("US coach Patrick McEnroe wants …. “I think …”").
      const prevSubject =
        prevKey && isOn("quotes", "split-after-new-subject", ctx.doc.switches)
          ? ctx.doc.sentenceSubject.get(prevKey)
          : undefined;
      // …and a sentence reporting another's speech since hands the turn to that speaker (switch).
      const reporter = prevQ >= 0 ? laterReporter(ctx.doc, prevQ, q) : null;
      if (reporter) return { sp: reporter, cue: null, via: "context" };
      const close = prevQ >= 0 ? spans[prevQ]!.markClose : Infinity;
      const later =
        (!!prevSp && prevSp.start > close) ||
        (!!prevSubject && prevSubject.start > close && prevSubject.id !== ctx.doc.speakers[prevQ]?.id);
      return prevQ >= 0 && !later ? speakerOf(ctx.doc, prevQ, "split") : null;
    },
  },
  {
    name: "question-answer",
    doc: '`Is the party finished, as its founder Ann Bell once said? "No. …"`: the interviewee answers the writer\'s question',
    try: (input) => {
      if (!bareStatement(input)) return null;
      const { doc } = input.ctx;
      const prevKey = previousSentenceKey(input.ctx);
      const cited = prevKey ? doc.sentenceSpeaker.get(prevKey) : undefined;
      const sp = cited && answerAfterQuestion(doc, sentenceAt(doc.article, prevKey!), cited, input.ctx.pi);
      return sp ? { sp, cue: null, via: "context" } : null;
    },
  },
  {
    name: "previous-speaker",
    doc: "a bare statement takes the speaker of the sentence before",
    try: (input) => {
      if (!bareStatement(input)) return null;
      const prevKey = previousSentenceKey(input.ctx);
      const sp = prevKey ? input.ctx.doc.sentenceSpeaker.get(prevKey) : undefined;
      return sp ? { sp, cue: null, via: "context" } : null;
    },
  },
  {
    ...QUOTATION_CHAIN_SWITCH,
    try: (input) => {
      // (only a quotation opening its sentence: a sentence of narrative has a subject of its own)
      const opens = input.ctx.toks.slice(0, input.j).every((t) => t.type !== "w");
      const sp = opens && bareStatement(input) ? chainedSpeaker(input.ctx, input.q) : null;
      return sp ? { sp, cue: null, via: "context" } : null;
    },
  },
  {
    name: "previous-subject",
    doc: '"Mr Blair went on to list his achievements. “So now we have a choice …”": the person the sentence before opens on',
    try: (input) => {
      // Only a sentence that is the quotation alone ("…,” reads an editorial" has a cue of its own).
      const { toks, doc } = input.ctx;
      if (toks.some((t) => t.type === "w") || doc.kinds[input.q] === "term") return null;
      const prevKey = previousSentenceKey(input.ctx);
      const { sentenceSpeaker, sentenceSubject } = doc;
      const sp =
        prevKey && !sentenceSpeaker.has(prevKey)
          ? (sentenceSubject.get(prevKey) ??
            leadingSubject(doc, prevKey) ??
            coordinateSubject(doc, sentenceAt(doc.article, prevKey)))
          : undefined;
      return sp ? { sp, cue: null, via: "context", subjectOnly: true } : null;
    },
  },
];

/** After the sentence's own cues are resolved. */
export const SENTENCE_CONTEXT: readonly Step<SentenceCtx>[] = [
  TOLD_WORDS,
  {
    name: "final-tag",
    doc: "`…, says the assembly government.`: a closing tag speaks for the quotations before it",
    run: (ctx) => tagForSentence(ctx, finalTag),
  },
  {
    name: "tail-tag",
    doc: '`"…" that he can win, said Owen Falk, an analyst.`: a tag closing the sentence past its quotation',
    // A term inside the sentence ("Suggestions that "outsourcing" is to blame are wrong, Ms D says") is no quotation of hers.
    run: (ctx) => {
      const roleName = isOn("quotes", TAIL_ROLE_NAME_SWITCH.name, ctx.doc.switches);
      const hearer = isOn("quotes", TAIL_HEARER_SWITCH.name, ctx.doc.switches);
      tagForSentence(ctx, (toks, text) => tailTag(toks, text, roleName, hearer), true);
    },
  },
  {
    name: "term-before-tag",
    doc: '`Despite this "clever trick," the plan stood "no chance," he said.`: a term before a statement with a closing tag is the tag\'s',
    run: ({ doc, toks, qis }) => {
      const { speakers, cues, kinds, spans, text } = doc;
      for (let a = qis.length - 2; a >= 0; a--) {
        const q = toks[qis[a]!]!.quote!;
        const next = toks[qis[a + 1]!]!.quote!;
        const cue = cues[next];
        // A lowercase phrase closing a clause inside its marks ("clever trick,"), as the tag's own words are.
        if (
          speakers[q] ||
          kinds[q] !== "term" ||
          !/^\p{Ll}.*,$/u.test(text.slice(spans[q]!.start, spans[q]!.end))
        )
          continue;
        if (!speakers[next] || kinds[next] === "term" || doc.via[next] !== "cue" || !cue) continue;
        if (cue.speaker.start > spans[next]!.end) attribute(doc, q, speakers[next]!, cue, "cue");
      }
    },
  },
  TERM_BEFORE_PARTICIPLE,
  {
    name: "context-speaker",
    doc: "quotations still without a speaker: the context rules, in order",
    run: (ctx) => {
      const { doc, toks, qis, found } = ctx;
      const uncued = !found.some((f) => f.q !== -1);
      for (const j of qis) {
        const q = toks[j]!.quote!;
        if (doc.speakers[q]) continue;
        const a = firstOf("quotes", CONTEXT_RULES, { ctx, j, q, uncued }, doc.switches);
        if (a && !aboutSpeaker(doc, q, a)) attribute(doc, q, a.sp, a.cue, a.via);
      }
    },
  },
];

/** A tag that speaks for the sentence's quotations before it with no speaker yet. */
function tagForSentence(
  { doc, toks, qis, pi }: SentenceCtx,
  find: (toks: SentenceCtx["toks"], text: string) => { cue: Cue; at: number } | null,
  statementsOnly = false,
): void {
  const { speakers } = doc;
  const tail = qis.some((j) => !speakers[toks[j]!.quote!]) ? find(toks, doc.text) : null;
  if (!tail) return;
  const sp = resolvePhrase(doc, tail.cue.speaker);
  pushHistory(doc, sp, pi, true);
  for (const j of qis) {
    const q = toks[j]!.quote!;
    if (statementsOnly && doc.kinds[q] === "term" && !openingTerm(toks, j, doc.switches)) continue;
    if (!speakers[q] && toks[j]!.end <= tail.at) attribute(doc, q, sp, tail.cue, "cue");
  }
}

/** After every sentence. */
export const ARTICLE_STEPS: readonly Step<QuoteDoc>[] = [
  {
    name: "run-on-start",
    doc: "a run-on quotation attributed only at its last paragraph gives that speaker to the first",
    run: (doc) => {
      const { spans, speakers, cues, via } = doc;
      for (let k = spans.length - 1; k >= 0; k--) {
        const from = spans[k]!.continues;
        if (
          from !== null &&
          speakers[k] &&
          (!speakers[from] || via[from] === "context") &&
          !ownTagAfterOther(doc, k, from)
        )
          attribute(doc, from, speakers[k]!, cues[k]!, "continuation");
      }
    },
  },
  DASH_FOOTER,
  QUESTION_PARAGRAPH_ANSWER,
  WORDS_CAME_FROM,
  SOLE_VOICE,
  SOLE_VOICE_BEFORE,
  LATEST_VOICE,
  RECENT_SPEAKER,
  MAIN_VOICE,
  LEAD_INTERVIEWEE,
  TERM_BETWEEN_REPORTS,
  // (before joint-cue, which takes the one conjunct away)
  JOINT_NAMED_SPEAKERS,
  JOINT_CUE,
];

/**
 * "Bob was a good player": the subject of the sentence before is not the speaker of a quotation
 * that speaks of them (by name, or by he/she first) (switch "not-about-speaker"). A speaker the
 * article says spoke keeps the quotation ("I'm not working for Trump," from Trump).
 */
function aboutSpeaker(doc: QuoteDoc, q: number, a: Attribution): boolean {
  if (!a.subjectOnly || !isOn("quotes", "not-about-speaker", doc.switches)) return false;
  const s = doc.spans[q]!;
  const quote = doc.text.slice(s.start, s.end);
  return speaksOf(quote, a.sp, true) || runNamesSubject(doc, q, a.sp) || kinSpoken(doc.text, a.sp, quote);
}

/**
 * "He finished with an appeal to the fans. “One day …”", "The 34-year-old striker has been
 * linked …. “…”": a he/she or a person's description opening sentence `key`, read only when a
 * bare quotation follows it (the history after it is skipped, so the answer is the same as then).
 */
function leadingSubject(doc: QuoteDoc, key: string): Speaker | undefined {
  if (!isOn("quotes", "leading-pronoun", doc.switches)) return undefined;
  const sent = sentenceAt(doc.article, key);
  const toks = tokensOf(
    doc.layer,
    sent.start,
    sent.end,
    doc.spans,
    firstSpanEndingAfter(doc.spans, sent.start),
    doc.switches,
  );
  // "But after the game he …": past the sentence's opening words and phrase.
  const p = sentenceSubject(toks, toks.length, doc.text);
  if (!p || !/^(?:he|she|the\s.+)$/i.test(p.text)) return undefined;
  const sp = resolvePhrase(doc, p);
  return sp.kind === "person" && sp.id ? sp : undefined;
}

/** The sentence of key "paragraph:sentence". */
function sentenceAt(article: Article, key: string): { start: number; end: number } {
  const [pi, si] = key.split(":").map(Number);
  return article.paragraphs[pi!]!.sentences[si!]!;
}

function previousSentenceKey({ doc, pi, si }: SentenceCtx): string | null {
  return sentenceBeforeKey(doc.article, pi, si);
}
