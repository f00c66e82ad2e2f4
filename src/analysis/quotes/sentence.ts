// Stage 3, within one sentence: each quotation's kind and own cue, the other speakers the sentence
// names (indirect speech, a leading name), resolved in text order into the speaker history.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Alternative, firstOf, isOn, type Step } from "../steps.ts";
import { accordingToThing } from "./according-thing.ts";
import { unlessBarePlural } from "./bare-plural-opener.ts";
import { BUT_CLAUSE_NAMED_RULE } from "./but-clause.ts";
import { CLAUSE_SUBJECT_STANCE_RULE, clauseSubject, possessiveOwner } from "./clause-subject.ts";
import { clauseAfterConjunction } from "./clause-verbs.ts";
import { moreColon } from "./colon-more.ts";
import { colonName } from "./colon-name.ts";
import { cueAfter } from "./cue-after.ts";
import { cueBefore, subordinateSpeech, verbSubject } from "./cue-before.ts";
import { DASH_MOVE_SUBJECT } from "./dash-move.ts";
import { FOR_SAYING_OBJECT_RULE } from "./for-saying.ts";
import { frontedClauseCue } from "./fronted-clause.ts";
import { describedLeadingName, frontedSubject } from "./fronted-subject.ts";
import { GROUP_BELIEF_RULE } from "./group-belief.ts";
import { headlineColon } from "./headline-colon.ts";
import { IN_A_STATEMENT_RULE } from "./in-a-statement.ts";
import { unnamedPersonSource } from "./indefinite-source.ts";
import { INVERTED_OWN_TAG_SWITCH, runOnOwnTag } from "./inverted-own-tag.ts";
import { INVERTED_SUBJECT } from "./inverted-subject.ts";
import { IT_CLAUSE_SUBJECT_RULE } from "./it-clause-subject.ts";
import { quoteKind } from "./kind.ts";
import { loneSubject, modelOrganisation, roleThenUnknownWord } from "./leading-guards.ts";
import { namePredicate, namePredicateOverDescription } from "./name-predicate.ts";
import { CLOSING_TAG_RULES } from "./named-closing-tag.ts";
import { ONE_OF_GROUP_CUE } from "./one-of-group.ts";
import { verbColon, verbTag } from "./other-verbs.ts";
import { type Cue, leadingName, phraseAfter } from "./phrases.ts";
import { MODIFIER_SPEECH_NOUN_RULE, POSSESSIVE_SPEECH_NOUN_RULE } from "./possessive-speech-noun.ts";
import { POSSESSIVE_STANCE_RULE } from "./possessive-stance.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { roleNameSubject } from "./role-name-subject.ts";
import { S27_CUE_RULES } from "./s27-cue-rules.ts";
import { noSpeechVerb } from "./say-gap.ts";
import { OWNER_AFTER_PREPOSITION_SWITCH, ownerAfterPreposition } from "./scare18-switches.ts";
import { shortOn } from "./set24-switches.ts";
import { LATE_HISTORY_STEPS } from "./set35-according.ts";
import { anonymousSource } from "./speaker-words.ts";
import { NESTED_CUES, speechNounCue } from "./speech-noun.ts";
import { attribute, orgDescription, type QuoteDoc } from "./state.ts";
import { subjectColon } from "./subject-colon.ts";
import { tagSentence } from "./tags.ts";
import { isCap, isVerbish, lastWordOrQuote, nounUse, type Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";
import { verdictSentence, verdictTag } from "./verdict-tag.ts";
import { WHICH_CLAUSE_SUBJECT_RULE } from "./which-clause-subject.ts";
import { WORDS_OF_RULE } from "./words-of.ts";

/** A speaker the sentence names: of quotation q, of no quotation (null), or a leading name (-1). */
interface Found {
  at: number;
  q: number | null;
  cue: Cue;
}

export interface SentenceCtx {
  readonly doc: QuoteDoc;
  /** Paragraph and sentence index. */
  readonly pi: number;
  readonly si: number;
  readonly start: number;
  readonly toks: Tok[];
  /** Indices of the quotation tokens. */
  readonly qis: number[];
  readonly found: Found[];
}

interface QuoteAt {
  ctx: SentenceCtx;
  /** The quotation's token. */
  j: number;
}

/** Where a quotation's own cue is: alternatives, tried in order. */
export const CUE_RULES: readonly Alternative<QuoteAt, Cue>[] = [
  {
    name: "name-predicate-over-description",
    doc: '`Comair "deeply regrets …," the Delta subsidiary said`: the name before over the description after',
    try: ({ ctx, j }) => namePredicateOverDescription(ctx.toks, j, ctx.doc.text),
  },
  {
    name: "closing-tag",
    doc: 'the tag after the quotation: `," said X`, `," X said`, `" by X`, `," according to X`',
    try: ({ ctx, j }) => cueAfter(ctx.toks, j, ctx.doc.text, ctx.doc.switches),
  },
  {
    name: "speech-noun",
    doc: '`a claim by Joe Price that the council is a "cash machine"`: the speaker of the speech noun whose clause holds it',
    try: ({ ctx, j }) => speechNounCue(ctx.toks, j, ctx.doc.text),
  },
  POSSESSIVE_SPEECH_NOUN_RULE,
  MODIFIER_SPEECH_NOUN_RULE,
  GROUP_BELIEF_RULE,
  POSSESSIVE_STANCE_RULE,
  {
    // (session 33: before the speech verb the header's words hold, "Pollsters agree - Carl Bialik:")
    name: "dash-colon-name",
    doc: "`Pollsters agree - Carl Bialik: “…”`: a name set off by a dash right before the colon, over a speech verb before the dash",
    try: ({ ctx, j }) => {
      const c = colonName(ctx.toks, j, ctx.doc.text, ctx.doc.switches, ctx.doc.names);
      return c && /[―—–-]\s*$/.test(ctx.doc.text.slice(c.speaker.start - 3, c.speaker.start)) ? c : null;
    },
  },
  FOR_SAYING_OBJECT_RULE, // (s35: before the speech verb's subject: "branded Mr Hale … for claiming “…”")
  {
    name: "opening-cue",
    doc: 'the nearest speech verb before it in its sentence, with its subject ("Ms Hewitt said: “…”")',
    try: ({ ctx, j }) => cueBefore(ctx.toks, j, ctx.doc.text, ctx.doc.switches),
  },
  {
    name: "tag-sentence",
    doc: 'a quotation ending its sentence, then a sentence that is only a tag ("Trump said.")',
    try: ({ ctx, j }) =>
      j === lastWordOrQuote(ctx.toks)
        ? tagSentence(ctx.doc.article, ctx.pi, ctx.si + 1, ctx.doc.spans, ctx.doc.layer, ctx.doc.switches)
        : null,
  },
  {
    name: "verdict-tag",
    doc: '`"…," was the message from Bob Crow`, `"…." That was the verdict of Kate Hoey.`: a noun of saying names the speaker after it',
    try: ({ ctx, j }) => {
      const { doc, toks, pi, si } = ctx;
      const own = verdictTag(toks, j, doc.text);
      return (
        own ??
        (j === lastWordOrQuote(toks) ? verdictSentence(doc.article, pi, si + 1, doc.spans, doc.layer) : null)
      );
    },
  },
  WORDS_OF_RULE,
  {
    name: "colon-name",
    doc: "`Rep. Trey Gowdy: “…”`: a known name alone before a colon, opening the sentence or after a dash",
    try: ({ ctx, j }) => colonName(ctx.toks, j, ctx.doc.text, ctx.doc.switches, ctx.doc.names),
  },
  {
    name: "verb-colon",
    doc: "`Kasich resisted: “…”`: a name or he/she, any past-tense verb and a colon before the quotation",
    try: ({ ctx, j }) => verbColon(ctx.toks, j, ctx.doc.text, ctx.doc.switches),
  },
  {
    name: "colon-more",
    doc: "`Jane Doe was unrepentant: “…”`, `Jane Doe, the trust's chairman, disagreed: “…”`: a copula and a word of manner, or a verb in -eed, past an apposition or an opening But",
    try: ({ ctx, j }) => moreColon(ctx.toks, j, ctx.doc.text),
  },
  {
    // (the split rule gave it to the speaker before: a headline is the paper's, set 1's precedent)
    name: "headline-colon",
    doc: "`… in the Daily Echo under the headline: “Ted the Sad.”`: the paper the sentence names",
    try: ({ ctx, j }) => headlineColon(ctx.doc, ctx.toks, j),
  },
  {
    // (colon-more reads one word of manner only; "himself was at a loss to explain it:" is longer)
    name: "subject-colon",
    doc: "`Ted Morgan himself was at a loss to explain it: “…”`: a name opening the sentence, a verb of no saying, and a colon before a statement",
    try: ({ ctx, j }) =>
      ctx.doc.kinds[ctx.toks[j]!.quote!] === "term"
        ? null
        : subjectColon(ctx.toks, j, ctx.doc.text, ctx.doc.switches),
  },
  {
    name: "fronted-clause",
    doc: '`While accepting that people "have to be prepared" …, Mr Lamb said`: a quotation in a fronted participle clause is the main subject\'s',
    try: ({ ctx, j }) => frontedClauseCue(ctx.toks, j, ctx.doc.text),
  },
  ...CLOSING_TAG_RULES, // (before clause-subject: the tag, not the clause's subject, is the source)
  IN_A_STATEMENT_RULE, // (s31: "Ann Roe set the tone in a statement, “…”")
  ...S27_CUE_RULES, // (s27: "His message to X was:", past a fronted participle clause)
  WHICH_CLAUSE_SUBJECT_RULE, // (s35: "the Court - which ruled … “…”")
  {
    name: "clause-subject",
    doc: '`Ms Wood slated its "horrible" humour`: the opening subject of a clause with no speech verb',
    try: ({ ctx, j }) => unlessBarePlural(ctx.doc, clauseSubject(ctx.toks, j, ctx.doc.text)),
  },
  {
    // (the clause-subject rule knew verbs in -ed/-s and a few irregular ones only)
    name: "clause-subject-more",
    doc: '`Ann Lee paid tribute to the "lovely legacy"`, `Jo Marr, who won twice, hailed the "fine" film`: clause-subject through an irregular past of giving a view, or past a who-clause',
    try: ({ ctx, j }) => unlessBarePlural(ctx.doc, clauseSubject(ctx.toks, j, ctx.doc.text, true)),
  },
  CLAUSE_SUBJECT_STANCE_RULE, // (s35: "is concerned that" is no passive)
  BUT_CLAUSE_NAMED_RULE, // (s35: no comma before "but")
  IT_CLAUSE_SUBJECT_RULE, // (s35: "It cut its forecast by “…”")
  ONE_OF_GROUP_CUE, // (s35: "Some former staff are angry. One told …")
  {
    // (clause-subject takes no bare description: this one only when it stands for a named person)
    name: "clause-described-person",
    doc: '`Pierre Blanc … the Frenchman has endured a "difficult week"`: a person\'s description opening the clause, when it resolves to a named person',
    try: ({ ctx, j }) => describedPersonCue(ctx, j),
  },
  {
    name: "possessive-owner",
    doc: "`Aragones' “no comment”`: the name owning the quoted words",
    try: ({ ctx, j }) => {
      const c = possessiveOwner(ctx.toks, j, ctx.doc.text, ctx.doc.switches);
      // (a term only: `the pull of Obama's “if you like it, keep it” promise` is his saying)
      const term = ctx.doc.kinds[ctx.toks[j]!.quote!] === "term";
      const inPhrase = c && term && isOn("quotes", OWNER_AFTER_PREPOSITION_SWITCH.name, ctx.doc.switches);
      return inPhrase && ownerAfterPreposition(ctx.doc.text, c.speaker.start) ? null : c;
    },
  },
  {
    name: "verb-tag",
    doc: "`“Go back to your seat,” Trump barked.`: a name or he/she and any past-tense verb after the quotation",
    try: ({ ctx, j }) =>
      isOn("quotes", INVERTED_OWN_TAG_SWITCH.name, ctx.doc.switches) && runOnOwnTag(ctx.toks, j, ctx.doc.text)
        ? null
        : verbTag(ctx.toks, j, ctx.doc.text),
  },
  {
    name: "name-predicate",
    doc: '`Richard Roe "totally condemned" the plan`: the name whose predicate the quotation is',
    try: ({ ctx, j }) => namePredicate(ctx.toks, j, ctx.doc.text),
  },
];

/** What a sentence says about who speaks, before the speakers are resolved. */
export const SENTENCE_CUES: readonly Step<SentenceCtx>[] = [
  {
    name: "quote-kind",
    doc: "stage 2: each quotation a statement or a term",
    run: ({ doc, qis, toks, start }) => {
      for (const j of qis) {
        const q = toks[j]!.quote!;
        const span = doc.spans[q]!;
        const before = doc.text.slice(Math.max(start, span.markOpen - 80), span.markOpen);
        doc.kinds[q] = quoteKind(doc.text.slice(span.start, span.end), before, shortOn(doc));
      }
    },
  },
  {
    name: "quote-cue",
    doc: "each quotation's own cue (the cue rules, in order)",
    run: (ctx) => {
      for (const j of ctx.qis) {
        const cue = firstOf("quotes", CUE_RULES, { ctx, j }, ctx.doc.switches);
        if (cue) ctx.found.push({ at: cue.speaker.start, q: ctx.toks[j]!.quote!, cue });
      }
    },
  },
  {
    name: "indirect-speech",
    doc: "the subject of every other speech verb, for the history (indirect speech)",
    run: ({ toks, found, doc }) => {
      for (let j = 0; j < toks.length; j++) {
        const t = toks[j]!;
        if (
          t.type === "w" &&
          isVerbish(t) &&
          !isCap(t) &&
          !VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower) &&
          !nounUse(toks, j) &&
          !noSpeechVerb(toks, j, doc.switches)
        ) {
          const v = verbSubject(toks, j, doc.text, doc.switches);
          const p = v === "skip" ? null : v;
          const inner = p && isOn("quotes", "subordinate-speech", doc.switches) && subordinateSpeech(toks, p);
          if (p && !inner && !found.some((f) => f.at === p.start))
            found.push({ at: p.start, q: null, cue: { speaker: p, cue: t.lower, label: false } });
        }
      }
    },
  },
  ...LATE_HISTORY_STEPS,
  {
    name: "according-to-history",
    doc: '"A resale could triple the price, according to Mr Tobin. But he warned …": a named source of "according to" outside a tag, for the history',
    run: ({ toks, found, doc }) => {
      for (let j = 1; j < toks.length; j++) {
        if (toks[j]!.lower !== "to" || toks[j - 1]!.lower !== "according") continue;
        const p = phraseAfter(toks, j + 1, doc.text);
        // (a name or a named body, never a thing: "according to figures", "according to their count")
        if (!p || !/\p{Lu}/u.test(p.text) || accordingToThing(p) || found.some((f) => f.at === p.start))
          continue;
        found.push({ at: p.start, q: null, cue: { speaker: p, cue: "according to", label: false } });
      }
    },
  },
  {
    name: "leading-name",
    doc: "a name opening the sentence before any other speaker, for the history",
    run: ({ toks, found, doc }) => {
      let initial = toks[0] && isCap(toks[0]) && toks[0].type === "w" ? leadingName(toks, doc.text) : null;
      // A lone capitalised word opening a sentence ("Claims …", "If England …") is a name only
      // when the article gives it as part of a full name, or it is an acronym.
      if (
        initial &&
        !/\s/.test(initial.text) &&
        !/^\p{Lu}{2,}$/u.test(initial.text) &&
        !doc.names.hasWord(initial.text.toLowerCase()) &&
        !modelOrganisation(doc, initial) &&
        !loneSubject(doc, initial)
      )
        initial = null;
      if (initial && roleThenUnknownWord(doc, initial)) initial = null;
      if (initial && !found.some((f) => f.at <= initial.start)) {
        const low = initial.text.toLowerCase();
        if (!(low in PRONOUNS))
          found.push({ at: initial.start, q: -1, cue: { speaker: initial, cue: "", label: false } });
      }
    },
  },
  {
    name: "fronted-subject",
    // a he/she after "When X …, Dan Roper seized on it." is Roper: the history must hold him
    doc: '"When Kim Ode objected, Dan Roper seized on it.": the main subject after a fronted clause or phrase, for the history',
    run: ({ toks, found, doc }) => {
      const p = frontedSubject(doc, toks);
      if (p && !found.some((f) => f.at >= p.start && f.at < p.end))
        found.push({ at: p.start, q: -1, cue: { speaker: p, cue: "", label: false } });
    },
  },
  DASH_MOVE_SUBJECT,
  INVERTED_SUBJECT,
  {
    name: "described-leading-name",
    // the leading-name step reads "Republican" alone out of "Republican presidential nominee Dan Roper has …"
    doc: '"Republican presidential nominee Dan Roper has blasted …": the name after a description opening the sentence, for the history',
    run: ({ toks, found, doc }) => {
      const p = describedLeadingName(doc, toks);
      if (!p || found.some((f) => f.at >= p.start && f.at < p.end)) return;
      // (in place of the capitalised words the leading-name step took)
      const lead = found.findIndex((f) => f.q === -1 && f.at === toks[0]!.start);
      if (lead >= 0) found.splice(lead, 1);
      found.push({ at: p.start, q: -1, cue: { speaker: p, cue: "", label: false } });
    },
  },
  {
    name: "leading-role-name",
    // the leading-name step reads "Westland's foreign minister" alone: no person for a he/she to take up
    doc: '"Westland\'s foreign minister, Dan Roper, plays down …": the name in apposition to an opening role is the subject, for the history',
    run: ({ toks, found, doc }) => {
      // (the "apposition-name" rule's reading, at a sentence's opening: off with it)
      const p = isOn("quotes", "apposition-name", doc.switches) ? roleNameSubject(doc, toks) : null;
      if (!p || found.some((f) => f.at >= p.start && f.at < p.end)) return;
      // (in place of the role the leading-name step took)
      const role = found.findIndex((f) => f.q === -1 && f.at === p.role!.start);
      if (role >= 0) found.splice(role, 1);
      found.push({ at: p.start, q: -1, cue: { speaker: p, cue: "", label: false } });
    },
  },
];

/** Adds a named speaker (or a plural or anonymous source) to the history, once per position. */
export function pushHistory(doc: QuoteDoc, sp: Speaker, para: number, speaker: boolean): void {
  if (
    sp.name &&
    (sp.kind !== "unnamed" ||
      sp.gender === "plural" ||
      anonymousSource(sp.text) ||
      orgDescription(sp) ||
      (speaker &&
        isOn("quotes", "indefinite-source", doc.switches) &&
        unnamedPersonSource(sp, doc.text.slice(sp.end, sp.end + 8), doc.switches))) &&
    !doc.inHistory.has(sp.start)
  ) {
    doc.inHistory.add(sp.start);
    doc.history.push({ ...sp, para, speaker });
  }
}

/** Resolves what the sentence found, in text order: the history, the sentence's speaker, each cued quotation. */
export function resolveFound({ doc, pi, si, found }: SentenceCtx): void {
  found.sort((a, b) => a.at - b.at);
  const resolved = new Map<number, Speaker>();
  const key = `${pi}:${si}`;
  for (const f of found) {
    const quote =
      f.q !== null && f.q >= 0 ? doc.text.slice(doc.spans[f.q]!.start, doc.spans[f.q]!.end) : null;
    const sp = resolved.get(f.at) ?? resolvePhrase(doc, f.cue.speaker, quote);
    resolved.set(f.at, sp);
    // "The mayor rejected claims from Ann Roe that he ran a "…". He said": the speaker of a speech
    // noun nested in another clause is no speaker a he/she after it goes on from (switch).
    const nested = NESTED_CUES.has(f.cue) && isOn("quotes", "speech-noun-not-history", doc.switches);
    if (nested) {
      if (f.q !== null && f.q >= 0) attribute(doc, f.q, sp, f.cue, "cue");
      continue;
    }
    pushHistory(doc, sp, pi, f.q !== -1);
    if (f.q === null || f.q >= 0) {
      if (!doc.sentenceSpeaker.has(key) || f.q !== null) doc.sentenceSpeaker.set(key, sp);
    }
    if (f.q === -1 && sp.kind === "person" && sp.id) doc.sentenceSubject.set(key, sp);
    if (f.q !== null && f.q >= 0) attribute(doc, f.q, sp, f.cue, "cue");
  }
}

/** clause-described-person: the clause's (or the clause after ", but"'s) person description, when it
 *  resolves to a named person. */
function describedPersonCue(ctx: SentenceCtx, j: number): Cue | null {
  const from = clauseAfterConjunction(ctx.toks, j);
  const c = clauseSubject(ctx.toks.slice(from), j - from, ctx.doc.text, false, true);
  const sp = c ? resolvePhrase(ctx.doc, c.speaker) : null;
  return sp?.kind === "person" && /^\p{Lu}/u.test(sp.name ?? "") ? c : null;
}
