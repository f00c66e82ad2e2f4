// Reported speech: the subject of a reporting verb, read backwards from it. The shared rules
// (verbSubject) do most of it; what is here is reported-speech specific: the name opening a
// sentence before an apposition, a name in apposition to its role, a name before brackets, and
// the words that only modify the verb ("has long said", "now says", "would later tell").

import { TITLE_WORDS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import { monthPhraseStart } from "./adverbial-subject.ts";
import { verbSubject } from "./cue-before.ts";
import { relativeSubject } from "./org-subject.ts";
import { participleAt } from "./particle-participle.ts";
import { leadingName, nameRun, type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
import { verbBetween } from "./reported-clause.ts";
import { controlSubject } from "./reported-control.ts";
import { coordinatedSubject } from "./reported-coordinated.ts";
import { documentSubject } from "./reported-document.ts";
import { longSubject } from "./reported-long-subject.ts";
import { tagParticipleSpeaker } from "./reported-tag-participle.ts";
import { reportedPastFronted } from "./s25b-fresh-switches.ts";
import { SUBJECT_PAST_MONTH_SWITCH } from "./set28-switches.ts";
import { isAdverb, isCap, PASSIVE_AUX, type Tok } from "./tokens.ts";

/** Words between a subject and its verb that only modify the verb (besides the shared adverbs;
 *  "both": "The Greens and Labour both say …", session 37). */
const VERB_MODIFIERS = new Set("now often long also still never first later then since once both".split(" "));

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const DAY_PART = /^(?:morning|afternoon|evening|night)$/;

export const DAY_PART_SWITCH = {
  name: "reported-day-part",
  doc: '"Spicer on Thursday evening said", "late Thursday night issued": the subject before a day and its part',
};

/**
 * The first of the words right before toks[j] that only modify it ("has long", "now", "would
 * later", "on Tuesday"), or j when there are none. A passive ("was told") keeps j: its subject is the hearer.
 */
function verbGroupStart(toks: Tok[], j: number, switches: StepSwitches): number {
  let a = j;
  while (a > 0) {
    const t = toks[a - 1]!;
    // "Clinton on Tuesday said", "Sanders Friday criticized": a day between subject and verb.
    if (WEEKDAY.test(t.text)) {
      a -= toks[a - 2]?.lower === "on" ? 2 : 1;
      continue;
    }
    // "Geldof in July said", "Marr in May 2003 told": "in" and a month (set 28)
    const m = isOn("quotes", SUBJECT_PAST_MONTH_SWITCH.name, switches) ? monthPhraseStart(toks, a - 1) : -1;
    if (m > 0) {
      a = m;
      continue;
    }
    // "Spicer on Thursday evening said", "Reeves late Thursday night issued": the day and its part.
    if (
      DAY_PART.test(t.lower) &&
      WEEKDAY.test(toks[a - 2]?.text ?? "") &&
      isOn("quotes", DAY_PART_SWITCH.name, switches)
    ) {
      a -= 2;
      if (/^(?:late|early)$/.test(toks[a - 1]?.lower ?? "")) a--;
      if (toks[a - 1]?.lower === "on") a--;
      continue;
    }
    if (t.type !== "w" || isCap(t) || !(isAdverb(t) || VERB_MODIFIERS.has(t.lower))) break;
    if (PASSIVE_AUX.has(t.lower) && !/ing$/.test(toks[j]!.lower)) return j;
    a--;
  }
  return a;
}

/** The subject before the verb group starting at toks[a] (the verb is toks[j]). */
function subjectBefore(toks: Tok[], a: number, j: number, text: string): Phrase | null {
  // "with O'Malley calling Trump a fascist", "about Pope Francis calling": a name right before
  // a participle is its subject (the shared rules would take the sentence's).
  if (/ing$/.test(toks[j]!.lower) && a > 0 && isCap(toks[a - 1]!)) {
    const p = phraseBefore(toks, a, text);
    if (p && /^\p{Lu}/u.test(p.text)) return p;
  }
  // "Marley Anderson, 21, a junior from Las Vegas, said": the name opening the sentence.
  if (toks[a - 1]?.text === ",") {
    let e = 0;
    while (e < toks.length && toks[e]!.type === "w" && isCap(toks[e]!)) e++;
    if (e > 1 && e < a - 1 && toks[e]!.text === "," && nameRun(toks, 0, e) && !verbBetween(toks, e, a))
      return phraseOf(toks, 0, e - 1, text);
  }
  // "Her campaign manager, Robby Mook, suggested": the name in apposition, not the role.
  if (toks[a - 1]?.text === ",") {
    let c = a - 2;
    while (c > 0 && a - c < 7 && toks[c]!.text !== ",") c--;
    if (toks[c]?.text === "," && nameRun(toks, c + 1, a - 1)) return phraseOf(toks, c + 1, a - 2, text);
  }
  // "Sen. Elizabeth Warren (D-MA) said": the phrase before the brackets.
  if (toks[a - 1]?.text === ")") {
    let c = a - 2;
    while (c > 0 && a - c < 8 && toks[c]!.text !== "(") c--;
    return toks[c]?.text === "(" ? phraseBefore(toks, c, text) : null;
  }
  return null;
}

/** Party words and datelines that open a sentence without being its subject ("Democratic presidential …", "WASHINGTON —"). */
const NOT_LEAD =
  /^(?:Democratic|Republican|Democrats|Republicans|GOP|Even|Over|Among|Early|Inside|One|Two|Several|Many|Some|Like)$/;

/**
 * The name opening the sentence when a lowercase verb follows it ("Calloway spoke at the pier, …"),
 * not a dateline in capitals, a party word before a title, or a word before a modifier.
 */
function participleSubject(toks: Tok[], text: string): Phrase | null {
  const lead = leadingName(toks, text);
  if (!lead || !/\p{Ll}/u.test(lead.text) || NOT_LEAD.test(lead.text.split(/\s+/)[0]!)) return null;
  const next = toks.find((t) => t.start >= lead.end);
  if (
    next?.type !== "w" ||
    isCap(next) ||
    TITLE_WORDS.has(next.lower) ||
    /(?:al|ic|ive|ial)$/.test(next.lower)
  )
    return null;
  return lead;
}

export const PARTICIPLE_OPENER_SWITCH = {
  name: "reported-participle-after-opener",
  doc: '"For months, Calloway has stayed out, arguing she …": the name after a short opening phrase is the participle\'s subject',
};

export const WHILE_PARTICIPLE_SWITCH = {
  name: "reported-while-participle",
  doc: '"…, Calloway said, while arguing the town should …": "while" between the comma and the participle',
};

/** The comma before a participle toks[j] ("…, arguing"; "…, while arguing"), or -1. */
function participleComma(toks: Tok[], j: number, switches: StepSwitches): number {
  if (toks[j - 1]?.text === ",") return j - 1;
  const w = toks[j - 1]?.lower === "while" && isOn("quotes", WHILE_PARTICIPLE_SWITCH.name, switches);
  return w && toks[j - 2]?.text === "," ? j - 2 : -1;
}

/** Words opening a sentence's time or setting phrase ("For months,", "On Monday,", "Last year,"). */
const OPENER_WORDS =
  /^(?:For|On|In|At|After|Before|Since|During|Last|Earlier|Later|Meanwhile|However|Still|Yet|Instead|Now|Then|Today|Yesterday)$/;

/** "For months, Calloway has …": the name after an opening phrase of up to five words and a comma. */
function openerSubject(toks: Tok[], text: string, switches: StepSwitches): Phrase | null {
  if (!OPENER_WORDS.test(toks[0]?.text ?? "") || !isOn("quotes", PARTICIPLE_OPENER_SWITCH.name, switches))
    return null;
  const c = toks.findIndex((t, i) => t.text === "," || t.type !== "w" || i > 5);
  if (c < 1 || toks[c]!.text !== ",") return null;
  return participleSubject(toks.slice(c + 1), text);
}

/** The subject of the reporting verb toks[j], when it has one before it. */
export function reportedSubject(toks: Tok[], j: number, text: string, switches: StepSwitches): Phrase | null {
  const tag = tagParticipleSpeaker(toks, j, text, switches, (v) => reportedSubject(toks, v, text, switches));
  if (tag) return tag;
  // "Calloway spoke at the pier, noting that …": a participle after a comma shares the sentence's subject.
  const comma = participleComma(toks, j, switches);
  if (
    participleAt(toks, j, switches) &&
    comma > 0 &&
    isOn("quotes", "reported-participle-subject", switches)
  ) {
    const lead =
      openerSubject(toks, text, switches) ??
      reportedPastFronted(toks, j, text, switches) ??
      participleSubject(toks, text);
    if (lead && toks[comma]!.start > lead.end) return lead;
  }
  const document =
    documentSubject(toks, j, text, switches) ??
    controlSubject(toks, j, text, switches) ??
    coordinatedSubject(toks, j, () => participleSubject(toks, text), switches);
  if (document) return document;
  const a = isOn("quotes", "reported-verb-modifiers", switches) ? verbGroupStart(toks, j, switches) : j;
  const own =
    subjectBefore(toks, a, j, text) ??
    (isOn("quotes", "reported-relative-subject", switches) ? relativeSubject(toks, a, text) : null) ??
    longSubject(toks, a, text, switches);
  if (own) return own;
  // "Walker now says", "Clinton has long said": the shared rules stop at (or take in) a word they do not skip.
  let s = a < j ? verbSubject(toks, a, text, switches) : null;
  if (s === null) s = verbSubject(toks, j, text, switches);
  // A phrase after the verb is a tag's speaker, never the subject of a clause-taking verb.
  const subject = s === "skip" || (s && s.start > toks[j]!.start) ? null : s;
  return subject && isOn("quotes", SUBJECT_PARTICIPLE_SWITCH.name, switches)
    ? beforeParticiple(subject)
    : subject;
}

export const SUBJECT_PARTICIPLE_SWITCH = {
  name: "reported-subject-before-participle",
  doc: '"Despite American officials singing her praises, and highlighting …": the subject ends before its own participle',
};

/** "American officials singing her": a noun (a name or a plural) and then a participle with its
 *  own object is a subject and its verb, not one phrase; the subject is the part before it. */
function beforeParticiple(p: Phrase): Phrase {
  const m = /^(.*?(?:\p{Lu}[\p{L}'’-]*|\p{Ll}+s)) \p{Ll}+ing \S/u.exec(p.text);
  return m ? { start: p.start, end: p.start + m[1]!.length, text: m[1]! } : p;
}
