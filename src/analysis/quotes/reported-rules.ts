// Reported speech, within one sentence: where a reporting cue's content is and who its subject
// is. Each rule looks at one cue word and proposes the speaker's phrase and the content's span;
// the first rule with an answer wins (REPORTED_RULES, in order). Boundaries are the sentence's:
// content runs to the sentence end (or, for a tag after it, from the sentence start), and the
// caller cuts it where another attribution of the same sentence begins.

import { TITLE_WORDS } from "../lexicons/titles.ts";
import {
  HEARER_VERBS,
  REPORTED_BARE_VERBS,
  REPORTED_THAT_VERBS,
  STANCE_OBJECT_VERBS,
} from "../lexicons/verbs.ts";
import type { Alternative, StepSwitches } from "../steps.ts";
import { verbSubject } from "./cue-before.ts";
import { nameRun, type Phrase, phraseAfter, phraseBefore, phraseOf } from "./phrases.ts";
import { isAdverb, isCap, isVerbish, nounUse, type Tok } from "./tokens.ts";

interface CueAt {
  toks: Tok[];
  /** The cue word's token. */
  j: number;
  text: string;
  switches: StepSwitches;
}

/** A reporting cue with its speaker's words and its content [start, end) in the article text. */
export interface ReportedCue {
  speaker: Phrase;
  cue: string;
  start: number;
  end: number;
  /** Where the attribution's own words begin (a later cue's content stops before them). */
  from: number;
}

/** Words that may stand between a verb and its clause: time, place of saying, manner. */
const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier
  later repeatedly also again now then previously once publicly privately`.split(/\s+/),
);
/** Object pronouns: the hearer of "told him", never a clause subject. */
const OBJECT_PRONOUNS = new Set("him her them us me you".split(" "));
/** Auxiliaries and modals: a clause's finite verb wherever it stands. */
const AUXILIARY =
  /^(?:is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|did|does|do|isn['’]t|wasn['’]t|aren['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t)$/;
/** A verb form that may be finite: -ed, or -s (also a plural noun, so read only right after a subject). */
const PAST = /^\p{Ll}+ed$/u;
const PRESENT_S = /^\p{Ll}+[^s'’]s$/u;

/** The last word or quotation of the sentence, at or after `from`: the content ends with it. */
function lastContentTok(toks: Tok[], from: number): number {
  for (let k = toks.length - 1; k >= from; k--) if (toks[k]!.type !== "p") return k;
  return -1;
}

/** Content from token `a` to the sentence end, or null when nothing is there. */
function contentFrom(toks: Tok[], a: number): { start: number; end: number } | null {
  const b = lastContentTok(toks, a);
  return a < toks.length && b >= a ? { start: toks[a]!.start, end: toks[b]!.end } : null;
}

/** Words after a verb that open no clause: prepositions, "to", "so", "nothing", wh-words. */
const NOT_OPENERS = new Set(
  `to in on at for of with about by from into as so nothing something anything yes what how why
  whether which who when where goodbye hello thanks`.split(/\s+/),
);
/** "it's", "they're", "I'm", "he'd": a subject and its verb in one word. */
const CONTRACTED = /^(?:it|he|she|they|we|i|there|that|you|who)['’](?:s|re|m|d|ll|ve)$/;

/** Could toks[k] be a clause's finite verb (given the word before it)? */
function finiteAt(toks: Tok[], k: number, a: number): boolean {
  const u = toks[k]!;
  if (AUXILIARY.test(u.lower)) return true;
  const prev = toks[k - 1]!;
  if (DETERMINER_LIKE.has(prev.lower) || TITLE_WORDS.has(prev.lower)) return false;
  if (PAST.test(u.lower) || IRREGULAR_PAST.has(u.lower)) return true;
  // An -s form is also a plural noun: only right after a name, a pronoun or "the <noun>".
  return PRESENT_S.test(u.lower) && (isCap(prev) || prev.lower in PRONOUN_SUBJECTS || k === a + 2);
}

/**
 * Does toks[a…] read as a clause: a pronoun subject, or an opening word and then a finite verb
 * within a dozen words (a quotation there carries the verb: `the justice's "mind is shot"`).
 */
function clauseAt(toks: Tok[], a: number): boolean {
  const t = toks[a];
  if (t?.type !== "w" || NOT_OPENERS.has(t.lower)) return false;
  if (CONTRACTED.test(t.lower) || (t.lower in PRONOUN_SUBJECTS && t.lower !== "it")) return true;
  for (let k = a + 1; k < toks.length && k <= a + 12; k++) {
    const u = toks[k]!;
    if (u.type === "q") return true;
    if (u.type !== "w") return u.text === "(" || u.text === ")" ? k - a < 6 : false;
    if (finiteAt(toks, k, a)) return true;
  }
  return false;
}

const PRONOUN_SUBJECTS: Record<string, true> = {
  he: true,
  she: true,
  they: true,
  it: true,
  we: true,
  i: true,
  there: true,
};
const DETERMINER_LIKE = new Set("the a an his her its their our this these those my your".split(" "));
/** Common irregular past forms (finite verbs that do not end in -ed). */
const IRREGULAR_PAST = new Set(
  `was were had did said went got made took gave came saw knew thought told wrote ran won lost left
  felt kept brought bought met paid sent spent built held stood understood led fell grew became
  began broke chose drew drove forgot hid rose shook sold sat slept spoke stole struck swore taught
  threw wore meant heard found sought fought caught dealt`.split(/\s+/),
);

/** Past the words between a verb and its clause ("on Tuesday", "Friday", "in a statement"). */
function pastTimeWords(toks: Tok[], k: number): number {
  while (toks[k]?.type === "w" && (TIME_WORDS.has(toks[k]!.lower) || isAdverb(toks[k]!))) k++;
  if (toks[k]?.lower === "on" && TIME_WORDS.has(toks[k + 1]?.lower ?? "")) k += 2;
  return k;
}

/** "said for weeks he's …", "said at a rally Trump would …": past a short phrase to a clause. */
function pastPhrase(toks: Tok[], k: number): number {
  if (!PHRASE_OPENERS.has(toks[k]?.lower ?? "")) return k;
  for (let m = k + 2; m <= k + 5 && m < toks.length; m++) {
    const t = toks[m]!;
    if (t.type !== "w") return k;
    if ((t.lower in PRONOUN_SUBJECTS || CONTRACTED.test(t.lower) || isCap(t)) && clauseAt(toks, m)) return m;
  }
  return k;
}
const PHRASE_OPENERS = new Set("in on at during for after last this earlier over".split(" "));

/** Past the hearer of "told reporters", "told The Washington Post", "told him". */
function pastHearer(toks: Tok[], k: number): number {
  const t = toks[k];
  if (t?.type !== "w") return k;
  if (OBJECT_PRONOUNS.has(t.lower)) return k + 1;
  if (isCap(t) || t.lower === "the") {
    let e = k + 1;
    while (toks[e]?.type === "w" && isCap(toks[e]!) && e - k < 5) e++;
    return e;
  }
  // "told reporters", "told supporters": one plural noun.
  return /s$/.test(t.lower) && !DETERMINER_LIKE.has(t.lower) && !(t.lower in PRONOUN_SUBJECTS) ? k + 1 : k;
}

/** Is there a verb-like word between toks[a] and toks[b] (then it is a clause, not an apposition)? */
function verbBetween(toks: Tok[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k]!;
    if (
      t.type === "q" ||
      AUXILIARY.test(t.lower) ||
      (t.type === "w" && !isCap(t) && (PAST.test(t.lower) || isVerbish(t)))
    )
      return true;
  }
  return false;
}

/** The subject of the cue verb, when it has one here. */
function subjectOf({ toks, j, text, switches }: CueAt): Phrase | null {
  // "with O'Malley calling Trump a fascist", "about Pope Francis calling": a name right before
  // a participle is its subject (the shared rules would take the sentence's).
  if (/ing$/.test(toks[j]!.lower) && isCap(toks[j - 1] ?? toks[j]!) && j > 0) {
    const p = phraseBefore(toks, j, text);
    if (p && /^\p{Lu}/u.test(p.text)) return p;
  }
  // "Marley Anderson, 21, a junior from Las Vegas, said": the name opening the sentence.
  if (toks[j - 1]?.text === ",") {
    let e = 0;
    while (e < toks.length && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
    if (e > 1 && e < j - 1 && toks[e]!.text === "," && nameRun(toks, 0, e) && !verbBetween(toks, e, j))
      return phraseOf(toks, 0, e - 1, text);
  }
  // "Her campaign manager, Robby Mook, suggested": the name in apposition, not the role.
  if (toks[j - 1]?.text === ",") {
    let c = j - 2;
    while (c > 0 && j - c < 7 && toks[c]!.text !== ",") c--;
    if (toks[c]?.text === "," && nameRun(toks, c + 1, j - 1)) return phraseOf(toks, c + 1, j - 2, text);
  }
  // "Sen. Elizabeth Warren (D-MA) said": the phrase before the brackets.
  if (toks[j - 1]?.text === ")") {
    let c = j - 2;
    while (c > 0 && j - c < 8 && toks[c]!.text !== "(") c--;
    return toks[c]?.text === "(" ? phraseBefore(toks, c, text) : null;
  }
  const s = verbSubject(toks, j, text, switches);
  // A phrase after the verb is a tag's speaker, never the subject of a clause-taking verb.
  return s === "skip" || (s && s.start > toks[j]!.start) ? null : s;
}

const verbCue = (c: CueAt) => {
  const t = c.toks[c.j]!;
  return t.type === "w" && !isCap(t) && !nounUse(c.toks, c.j);
};

const cueWith = (speaker: Phrase, cue: string, span: { start: number; end: number } | null) =>
  span ? { speaker, cue, start: span.start, end: span.end, from: Math.min(speaker.start, span.start) } : null;

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
  return /^(?:on|in|at|during|after|before|to|with)$/.test(toks[k]!.lower) || TIME_WORDS.has(toks[k]!.lower);
}

/**
 * The source after "according to": the words up to the comma or the sentence end ("a count by
 * The Associated Press", "early results of exit polls conducted by Edison Research") when they
 * name someone (a capital), else the noun phrase there.
 */
function sourceAfter(toks: Tok[], at: number, text: string): Phrase | null {
  let e = at;
  while (e < toks.length && e - at < 15 && toks[e]!.type === "w") e++;
  const end = toks[e];
  if (e > at + 1 && (!end || end.text === "," || end.text === ".") && toks.slice(at + 1, e).some(isCap))
    return phraseOf(toks, at, e - 1, text);
  return phraseAfter(toks, at, text);
}

/** How a reporting cue's speaker and content are found, tried in order. */
export const REPORTED_RULES: readonly Alternative<CueAt, ReportedCue>[] = [
  {
    name: "reported-according-to",
    doc: '"according to X, …" and "…, according to X": the rest of the sentence',
    try: ({ toks, j, text }) => {
      if (toks[j]!.lower !== "according" || toks[j + 1]?.lower !== "to") return null;
      const sp = sourceAfter(toks, j + 2, text);
      if (!sp) return null;
      if (toks[j - 1]?.text === ",") return cueWith(sp, "according to", contentBefore(toks, j - 1));
      if (j > 0) return null;
      let a = j + 2;
      while (a < toks.length && toks[a]!.end <= sp.end) a++;
      if (toks[a]?.text === ",") a++;
      return cueWith(sp, "according to", contentFrom(toks, a));
    },
  },
  {
    name: "reported-tag-after",
    doc: '"the plan failed, Smith said (on Tuesday)." and "…, said Smith": the words before the tag',
    try: (c) => {
      const { toks, j, text } = c;
      if (!REPORTED_BARE_VERBS.has(toks[j]!.lower) || !verbCue(c)) return null;
      const plain = !/ing$/.test(toks[j]!.lower) && !HEARER_VERBS.has(toks[j]!.lower);
      if (plain && toks[j - 1]?.text === "," && toks[j - 2]?.type !== "q") {
        const sp = phraseAfter(toks, j + 1, text);
        if (!sp || !/^\p{Lu}/u.test(sp.text)) return null;
        return cueWith(sp, toks[j]!.lower, contentBefore(toks, j - 1));
      }
      if (!tagEnds(toks, j + 1)) return null;
      const sp = subjectOf(c);
      if (!sp) return null;
      const s = toks.findIndex((t) => t.start === sp.start);
      if (s < 2 || toks[s - 1]!.text !== "," || toks[s - 2]!.type === "q") return null;
      return cueWith(sp, toks[j]!.lower, contentBefore(toks, s - 1));
    },
  },
  {
    name: "reported-that-clause",
    doc: '"X said (on Tuesday, in a statement) that …", "told reporters that …"',
    try: (c) => {
      const { toks, j } = c;
      if (!REPORTED_THAT_VERBS.has(toks[j]!.lower) || !verbCue(c)) return null;
      let k = j + 1;
      const reach = HEARER_VERBS.has(toks[j]!.lower) ? 20 : 10;
      while (k < toks.length && k - j <= reach && toks[k]!.lower !== "that") {
        const t = toks[k]!;
        if (
          t.type === "q" ||
          (t.type === "p" && t.text !== ",") ||
          isVerbish(t) ||
          REPORTED_THAT_VERBS.has(t.lower)
        )
          return null;
        // "after the interview concluded, Maher stated … that": a new clause, not this verb's
        if (t.text === "," && isCap(toks[k + 1] ?? t) && toks[k + 1]!.lower !== "in") return null;
        k++;
      }
      if (toks[k]?.lower !== "that") return null;
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
      let k = pastTimeWords(toks, j + 1);
      if (HEARER_VERBS.has(toks[j]!.lower)) k = pastTimeWords(toks, pastHearer(toks, k));
      if (!clauseAt(toks, k)) k = pastPhrase(toks, k);
      if (!clauseAt(toks, k)) return null;
      const sp = subjectOf(c);
      return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
    },
  },
  {
    name: "reported-stance-object",
    doc: '"X criticized the deal", "X endorsed Cruz", "X called for …": the verb\'s object',
    try: (c) => {
      const { toks, j } = c;
      if (!STANCE_OBJECT_VERBS.has(toks[j]!.lower) || !verbCue(c)) return null;
      let k = j + 1;
      if (/^call/.test(toks[j]!.lower) && toks[k]?.lower === "for") k++;
      if (/^apologi/.test(toks[j]!.lower) && toks[k]?.lower === "for") k++;
      // "talked about the economy", "spoke about trade": only with "about".
      if (/^(?:talk|spoke|speak)/.test(toks[j]!.lower)) {
        if (toks[k]?.lower !== "about") return null;
        k++;
      }
      const t = toks[k];
      if (t?.type !== "w" || /^(?:to|by|as|in|on|at|it|off|out|up)$/.test(t.lower)) return null;
      const sp = subjectOf(c);
      return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
    },
  },
];
