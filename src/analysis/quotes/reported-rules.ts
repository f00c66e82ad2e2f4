// Reported speech, within one sentence: where a reporting cue's content is and who its subject
// is. Each rule looks at one cue word and proposes the speaker's phrase and the content's span;
// the first rule with an answer wins (REPORTED_RULES, in order). Boundaries are the sentence's:
// content runs to the sentence end (or, for a tag after it, from the sentence start), and the
// caller cuts it where another attribution of the same sentence begins.

import { HEARER_VERBS, REPORTED_BARE_VERBS, REPORTED_THAT_VERBS } from "../lexicons/verbs.ts";
import { type Alternative, isOn } from "../steps.ts";
import { type Phrase, phraseAfter, phraseOf } from "./phrases.ts";
import { accordingMedial } from "./reported-according.ts";
import { REPORTED_AFTER_PARTICIPLE } from "./reported-after-participle.ts";
import {
  AUXILIARY,
  clauseAt,
  clauseBeforeThat,
  contentFrom,
  lastContentTok,
  looseClauseAt,
  pastHearer,
  pastPhrase,
  pastTimeWords,
  TIME_WORDS,
} from "./reported-clause.ts";
import { REPORTED_COLON } from "./reported-colon.ts";
import { type CueAt, cueWith, type ReportedCue, subjectOf, verbCue } from "./reported-cue.ts";
import { REPORTED_DOCUMENT_OBJECT } from "./reported-document-object.ts";
import { REPORTED_FINDING } from "./reported-finding.ts";
import { REPORTED_INTENT } from "./reported-intent.ts";
import { invertedTagEnds } from "./reported-long-subject.ts";
import { countedObject } from "./reported-object-guards.ts";
import { REPORTED_OPENING } from "./reported-opening.ts";
import { REPORTED_PASSIVE } from "./reported-passive.ts";
import { REPORTED_POSSESSIVE_NOUN } from "./reported-possessive-noun.ts";
import { REPORTED_PREP } from "./reported-prep.ts";
import { nameAfterLowerRole } from "./reported-tag-role.ts";
import { stanceVerb, thatVerb } from "./reported-verbs.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

export type { ReportedCue };

/** Content before a tag: from the sentence start to the comma before the tag (token `comma`). */
function contentBefore(toks: Tok[], comma: number): { start: number; end: number } | null {
  let b = comma - 1;
  while (b >= 0 && toks[b]!.type === "p") b--;
  return b >= 0 ? { start: toks[0]!.start, end: toks[b]!.end } : null;
}

/** After the verb only the sentence end, or a short "on Tuesday", "in a statement". */
function tagEnds(toks: Tok[], k: number): boolean {
  const last = lastContentTok(toks, 0);
  if (k > last) return true;
  if (last - k > 6) return false;
  for (let m = k; m <= last; m++)
    if (toks[m]!.type === "q" || REPORTED_THAT_VERBS.has(toks[m]!.lower)) return false;
  return (
    /^(?:on|in|at|during|after|before|to|with|from)$/.test(toks[k]!.lower) || TIME_WORDS.has(toks[k]!.lower)
  );
}

/**
 * The source after "according to": the words up to the comma or the sentence end ("a count by
 * The Associated Press", "early results of exit polls conducted by Edison Research") when they
 * name someone (a capital), else the noun phrase there.
 */
function sourceAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let e = at;
  while (e < toks.length && e - at < 22 && toks[e]!.type === "w") e++;
  const end = toks[e];
  if (e > at + 1 && (!end || end.text === "," || end.text === ".") && toks.slice(at + 1, e).some(isCap))
    return phraseOf(toks, at, e - 1, text);
  return phraseAfter(toks, at, text);
}

/** Stance verbs with the particle before their object ("called for", "referred to", "railed against"). */
const PARTICLES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^call/, /^(?:for|on)$/],
  [/^apologi/, /^for$/],
  [/^refer/, /^to$/],
  [/^rail/, /^against$/],
];

/** A day or month right after a stance verb: no object ("a poll released Monday"). */
const DATED =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|january|february|march|april|june|july|august|september|october|november|december)$/;

const FINDING = /^(?:found|finds|show|shows|showed|suggests|suggested|indicates|indicated)$/;

/** Verbs a headline capitalises: "Says", "Tells", "Warns". */
export const HEADLINE_WORDS =
  "Says|Said|Tells|Told|Warns|Warned|Claims|Claimed|Insists|Admits|Argues|Vows|Predicts";
const HEADLINE_VERBS = new RegExp(`^(?:${HEADLINE_WORDS})$`);

/** A title-case line: at least four words, and four in five of its words capitalised. */
function titleCase(toks: Tok[]): boolean {
  const ws = toks.filter((t) => t.type === "w" && /^\p{L}/u.test(t.text));
  return ws.length >= 4 && ws.filter(isCap).length >= 0.8 * ws.length;
}

/** Words after a tag's verb that open no speaker's name ("said on Tuesday", "said in a statement"). */
const TAG_NOT_AFTER = /^(?:on|in|at|during|after|before|with|to|from|this|last|earlier|later|that)$/;

/** Plain "say": after it almost any words are what was said. */
const SAY = /^(?:say|says|said|saying)$/;

/**
 * `Teachers there are "very, very pro-Bernie," Kilfoyle said`: words of the writer's before the
 * quotation that closes the content, so the whole is a paraphrase (the quotation alone is the
 * direct record's). The caller drops content that is mostly quoted.
 */
const partlyQuoted = (c: CueAt, comma: number) =>
  isOn("quotes", "reported-partial-quote", c.switches) &&
  c.toks.slice(0, comma).filter((t) => t.type === "w").length >= 3;

/** Past the words between a medial tag's verb and its comma ("said in an interview", "told CNN"). */
function tagComma(toks: Tok[], j: number): number {
  let k = pastTimeWords(toks, toks[j + 1]?.lower === "out" ? j + 2 : j + 1);
  if (HEARER_VERBS.has(toks[j]!.lower)) k = pastTimeWords(toks, pastHearer(toks, k));
  if (/^(?:in|on|at|during|after|before)$/.test(toks[k]?.lower ?? ""))
    for (let m = k + 1; m < toks.length && m - k <= 5 && toks[m]!.type === "w"; m++)
      if (toks[m + 1]?.text === ",") return m + 1;
  return toks[k]?.text === "," ? k : -1;
}

/**
 * "Congressman Ray Tull, a port commissioner, said the berths …": the name opening the sentence
 * and its apposition are the subject of "said", not words an inverted tag ("…, said X") closes.
 */
function openingSubject(c: CueAt): boolean {
  if (!isOn("quotes", "reported-apposition-not-tag", c.switches)) return false;
  const own = subjectOf(c);
  return own !== null && own.start === c.toks[0]!.start && own.end < c.toks[c.j - 1]!.start;
}

/**
 * "…, said the company's finance chief, Dmitri Halvorsen.": after an inverted tag's verb, a role in
 * lower case and the name in apposition closing the sentence; the name is the speaker.
 */
function namedAfterRole(c: CueAt, sp: Phrase | null): Phrase | null {
  const { toks, text } = c;
  if (sp && !/^\p{Lu}/u.test(sp.text)) sp = nameAfterLowerRole(toks, sp, text, c.switches) ?? sp;
  if (!sp || /^\p{Lu}/u.test(sp.text) || !isOn("quotes", "reported-tag-role-name", c.switches)) return sp;
  const k = toks.findIndex((t) => t.start >= sp.end);
  if (k < 0 || toks[k]!.text !== ",") return sp;
  let e = k + 1;
  while (e < toks.length && e - k <= 5 && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
  return e > k + 1 && lastContentTok(toks, k) < e ? phraseOf(toks, k + 1, e - 1, text) : sp;
}

/** Refinements inside the rules, each switchable for the ablation table. */
export const REPORTED_SWITCHES: readonly { name: string; doc: string }[] = [
  {
    name: "reported-verb-modifiers",
    doc: '"Walker now says", "has long said": the subject before the verb\'s modifiers',
  },
  {
    name: "reported-say-loose-clause",
    doc: '"said Trump\'s use of social media gives …": after "say", any clause',
  },
  {
    name: "reported-participle-subject",
    doc: '"Calloway spoke at the pier, noting that …": the participle\'s subject is the name opening the sentence',
  },
  {
    name: "reported-tag-not-time",
    doc: '"Devine, an adviser, said on Tuesday that …": no tag whose "speaker" is a time or place',
  },
  {
    name: "reported-according-no-comma",
    doc: '"Traffic rose according to a count by the Harbour Board.": no comma before a closing source',
  },
  {
    name: "reported-tag-role-name",
    doc: '"…, said the company\'s finance chief, Dmitri Halvorsen.": the name after the role closing an inverted tag',
  },
  {
    name: "reported-colon-single-mark",
    doc: '"Okafor: ‘We Will Win’": a headline\'s words in single marks after a name and a colon',
  },
  {
    name: "reported-tag-hearer",
    doc: '"The plan failed, Okafor told reporters.": a tag\'s verb may take its hearer before the sentence end',
  },
  {
    name: "reported-apposition-not-tag",
    doc: '"Ray Tull, a port commissioner, said the berths …": the opening name and apposition are the subject, not a tag\'s content',
  },
  {
    name: "reported-that-past-clause",
    doc: '"said she would not jump to that conclusion": no "that" read past an auxiliary (a clause, not a "that" clause)',
  },
  {
    name: "reported-relative-subject",
    doc: '"the Harbour Forum (HF), who say …": a relative pronoun\'s verb speaks for the name before the comma',
  },
  {
    name: "reported-dated-participle",
    doc: '"a poll released Monday found …": a stance verb before a day has no object (a participle of a noun)',
  },
  {
    name: "reported-partial-quote",
    doc: '`Teachers are "very pro-Bernie," Kilfoyle said`: writer\'s words around a quotation',
  },
];

/** How a reporting cue's speaker and content are found, tried in order. */
export const REPORTED_RULES: readonly Alternative<CueAt, ReportedCue>[] = [
  {
    name: "reported-according-to",
    doc: '"according to X, …" and "…, according to X": the rest of the sentence',
    try: ({ toks, j, text, switches }) => {
      if (toks[j]!.lower !== "according" || toks[j + 1]?.lower !== "to") return null;
      const sp = sourceAfter(toks, j + 2, text);
      if (!sp) return null;
      if (toks[j - 1]?.text === ",")
        return cueWith(sp, "according to", accordingMedial(toks, sp, switches) ?? contentBefore(toks, j - 1));
      // "Traffic rose by a third according to a count by …": no comma, the source closing the sentence.
      if (j > 2 && toks[j - 1]!.type === "w" && isOn("quotes", "reported-according-no-comma", switches))
        return toks[lastContentTok(toks, j)]!.end <= sp.end
          ? cueWith(sp, "according to", contentBefore(toks, j))
          : null;
      if (j > 0) return null;
      let a = j + 2;
      while (a < toks.length && toks[a]!.end <= sp.end) a++;
      if (toks[a]?.text === ",") a++;
      return cueWith(sp, "according to", contentFrom(toks, a));
    },
  },
  REPORTED_OPENING,
  {
    name: "reported-tag-after",
    doc: '"the plan failed, Smith said (on Tuesday)." and "…, said Smith": the words before the tag',
    try: (c) => {
      const { toks, j, text } = c;
      if (!REPORTED_BARE_VERBS.has(toks[j]!.lower) || !verbCue(c)) return null;
      const plain = !/ing$/.test(toks[j]!.lower) && !HEARER_VERBS.has(toks[j]!.lower);
      if (plain && toks[j - 1]?.text === "," && (toks[j - 2]?.type !== "q" || partlyQuoted(c, j - 1))) {
        // "…, said on Tuesday that …": a time or place after the verb, so no tag (the clause rules read it).
        if (
          TAG_NOT_AFTER.test(toks[j + 1]?.lower ?? "") &&
          isOn("quotes", "reported-tag-not-time", c.switches)
        )
          return null;
        const sp = namedAfterRole(c, phraseAfter(toks, j + 1, text));
        if (!sp || !/^\p{Lu}/u.test(sp.text) || !invertedTagEnds(toks, j, c.switches)) return null;
        if (openingSubject(c)) return null;
        return cueWith(sp, toks[j]!.lower, contentBefore(toks, j - 1));
      }
      // "…, Okafor told reporters.": the hearer after the verb, then the sentence end.
      const hearer = HEARER_VERBS.has(toks[j]!.lower) && isOn("quotes", "reported-tag-hearer", c.switches);
      if (!tagEnds(toks, hearer ? pastHearer(toks, j + 1, c.switches) : j + 1)) return null;
      const sp = subjectOf(c);
      if (!sp) return null;
      const s = toks.findIndex((t) => t.start === sp.start);
      if (s >= 2 && toks[s - 1]!.text === "," && (toks[s - 2]!.type !== "q" || partlyQuoted(c, s - 1)))
        return cueWith(sp, toks[j]!.lower, contentBefore(toks, s - 1));
      // `…have been "patient beyond words," Calloway said`: the comma inside the closing quotation.
      const q = toks[s - 1];
      if (s >= 2 && q?.type === "q" && partlyQuoted(c, s - 1) && /,\W*$/.test(text.slice(q.start, q.end)))
        return cueWith(sp, toks[j]!.lower, { start: toks[0]!.start, end: q.end });
      return null;
    },
  },
  {
    name: "reported-headline",
    doc: '"Sanders Says He Has Started Writing His Address": a title-case headline\'s capitalised verb',
    try: ({ toks, j, text }) => {
      const t = toks[j]!;
      if (!isCap(t) || !HEADLINE_VERBS.test(t.text) || !titleCase(toks)) return null;
      let s = j;
      while (s > 0 && j - s < 4 && isCap(toks[s - 1]!)) s--;
      if (s === j || (s > 0 && toks[s - 1]!.type === "w")) return null;
      const sp = phraseOf(toks, s, j - 1, text);
      const after = contentFrom(toks, j + 1);
      if (after && lastContentTok(toks, j + 1) - j >= 3) return cueWith(sp, t.lower, after);
      return s >= 2 && toks[s - 1]!.text === "," ? cueWith(sp, t.lower, contentBefore(toks, s - 1)) : null;
    },
  },
  {
    name: "reported-tag-medial",
    doc: '"In his state, Christie said, drug offenders are …": the whole sentence around the tag',
    try: (c) => {
      const { toks, j } = c;
      if (!REPORTED_BARE_VERBS.has(toks[j]!.lower) || !verbCue(c) || /ing$/.test(toks[j]!.lower)) return null;
      const comma = tagComma(toks, j);
      if (comma < 0 || lastContentTok(toks, comma) - comma < 3) return null;
      const sp = subjectOf(c);
      if (!sp) return null;
      const s = toks.findIndex((t) => t.start === sp.start);
      if (s < 2 || toks[s - 1]!.text !== ",") return null;
      return cueWith(sp, toks[j]!.lower, contentFrom(toks, 0));
    },
  },
  {
    name: "reported-as-tag",
    doc: '"As the Times noted, Clinton raised …", "as Clyburn said, …": the clause after the tag',
    try: (c) => {
      const { toks, j } = c;
      if (!thatVerb(c) || !verbCue(c)) return null;
      const comma = tagComma(toks, j);
      if (comma < 0 || lastContentTok(toks, comma) - comma < 3) return null;
      const sp = subjectOf(c);
      if (!sp) return null;
      const s = toks.findIndex((t) => t.start === sp.start);
      if (s < 1 || toks[s - 1]!.lower !== "as") return null;
      // "Hawaii, as one adviser pointed out, does not …": the sentence around the tag.
      if (toks[s - 2]?.text === ",") return cueWith(sp, toks[j]!.lower, contentFrom(toks, 0));
      if (s > 1 && !/^(?:but|and|yet|so)$/.test(toks[s - 2]!.lower)) return null;
      return cueWith(sp, toks[j]!.lower, contentFrom(toks, comma + 1));
    },
  },
  {
    name: "reported-that-clause",
    doc: '"X said (on Tuesday, in a statement) that …", "told reporters that …"',
    try: (c) => {
      const { toks, j } = c;
      const v = toks[j]!.lower;
      if (!(thatVerb(c) || REPORTED_BARE_VERBS.has(v)) || !verbCue(c)) return null;
      let k = j + 1;
      const reach = HEARER_VERBS.has(toks[j]!.lower) ? 20 : 10;
      while (k < toks.length && k - j <= reach && toks[k]!.lower !== "that") {
        const t = toks[k]!;
        if (
          t.type === "q" ||
          (t.type === "p" && t.text !== ",") ||
          // "told The Alder Post that": a capitalised word is a name, not another verb.
          ((isVerbish(t) || REPORTED_THAT_VERBS.has(t.lower)) && !isCap(t)) ||
          // "said she would not jump to that conclusion": an auxiliary opens a clause, so "that" is its determiner.
          (AUXILIARY.test(t.lower) && isOn("quotes", "reported-that-past-clause", c.switches))
        )
          return null;
        // "after the interview concluded, Maher stated … that": a new clause, not this verb's
        if (t.text === "," && isCap(toks[k + 1] ?? t) && toks[k + 1]!.lower !== "in") return null;
        k++;
      }
      if (toks[k]?.lower !== "that" || clauseBeforeThat(toks, j, k, c.switches)) return null;
      const sp = subjectOf(c);
      return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k + 1)) : null;
    },
  },
  {
    name: "reported-bare-clause",
    doc: '"X said the plan failed", "X told reporters he would": a clause right after the verb',
    try: (c) => {
      const { toks, j } = c;
      if (!REPORTED_BARE_VERBS.has(toks[j]!.lower) || !verbCue(c)) return null;
      const out = /^point/.test(toks[j]!.lower) && toks[j + 1]?.lower === "out"; // "pointed out the plan …"
      let k = pastTimeWords(toks, out ? j + 2 : j + 1);
      if (HEARER_VERBS.has(toks[j]!.lower)) k = pastTimeWords(toks, pastHearer(toks, k));
      const k0 = k;
      if (!clauseAt(toks, k, c.switches)) k = pastPhrase(toks, k);
      if (!clauseAt(toks, k, c.switches)) {
        // "said Trump's use of social media gives …": after a plain "say", any clause.
        if (!SAY.test(toks[j]!.lower) || !isOn("quotes", "reported-say-loose-clause", c.switches))
          return null;
        // "What Trump said was …": a verb right after "said" makes it part of a subject.
        if (!looseClauseAt(toks, k0) || AUXILIARY.test(toks[j + 1]?.lower ?? "")) return null;
        k = k0;
      }
      const sp = subjectOf(c);
      return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
    },
  },
  {
    name: "reported-stance-object",
    doc: '"X criticized the deal", "X endorsed Cruz", "X called for …": the verb\'s object',
    try: (c) => {
      const { toks, j } = c;
      if (!stanceVerb(c) || !verbCue(c)) return null;
      let k = j + 1;
      const particle = PARTICLES.find(([verb]) => verb.test(toks[j]!.lower))?.[1];
      if (particle?.test(toks[k]?.lower ?? "")) k++;
      // "talked about the economy", "spoke about trade": only with "about".
      if (/^(?:talk|spoke|speak)/.test(toks[j]!.lower)) {
        if (toks[k]?.lower !== "about") return null;
        k++;
      }
      const t = toks[k];
      if (t?.type !== "w" || /^(?:to|by|as|in|on|at|it|off|out|up)$/.test(t.lower)) return null;
      if (countedObject(toks, j, k, c.switches)) return null;
      // "a poll released Monday found": a participle before a day and another verb modifies a
      // noun, it has no object ("unveiled Monday a plan" keeps one).
      const after = toks[k + 1];
      const verbAfter = !!after && (isVerbish(after) || FINDING.test(after.lower)) && !isCap(after);
      if (DATED.test(t.lower) && verbAfter && isOn("quotes", "reported-dated-participle", c.switches))
        return null;
      const sp = subjectOf(c);
      return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
    },
  },
  REPORTED_DOCUMENT_OBJECT,
  REPORTED_FINDING,
  REPORTED_AFTER_PARTICIPLE,
  REPORTED_INTENT,
  REPORTED_COLON,
  REPORTED_PREP,
  REPORTED_POSSESSIVE_NOUN,
  REPORTED_PASSIVE,
];
