// Whom reported speech may be given to. The speaker comes from the shared machinery
// (resolvePhrase: the actor model, pronouns, descriptions); these checks drop a speaker the
// rules are not sure of, because a paraphrase credited to the wrong person is worse than none.
// Each check is named so the ablation shows what it saves.

import { clash, fullNameGender } from "../actors/honorific-gender.ts";
import { DEMONYM_NOUNS, PLACES } from "../lexicons/places.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { TITLE_WORDS } from "../lexicons/titles.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { GROUP_REPORT_SWITCH, groupReportDoubtful } from "./group-head.ts";
import { sentenceStart } from "./prior-subject.ts";
import { accordingSource, datedSource, relativeInSource } from "./reported-according.ts";
import { JOINT_REPORTERS_SWITCH } from "./reported-inside.ts";
import { clauseWordAt } from "./reported-name-words.ts";
import { PHRASE_TAIL_CHECK, phraseWithoutHead } from "./reported-phrase-tail.ts";
import type { ReportedCue } from "./reported-rules.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

interface SpeakerCheck {
  doc: QuoteDoc;
  cue: ReportedCue;
  sp: Speaker;
}

/** Lowercase words a clause has and a noun phrase does not: auxiliaries, modals, pronouns. */
const CLAUSE_WORDS = new Set(
  `is was are were will would could should can may might must has have had did does do be been
  being i you he she we they it cannot`.split(/\s+/),
);
/** Groups named by a plural ("Americans", "Democrats"): a crowd, not a speaker to credit. */
const GROUP_PLURAL = /^(?:\p{Lu}\p{Ll}+(?:ans|ians|ats|ics|ims|ists|ites))$/u;

/** A day or month closing the phrase, or a time phrase opening it. */
const TIME_SUBJECT =
  /(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)(?: morning| afternoon| evening| night)?|^(?:For|In|On|During|Since|Until|From|Last|This|Next|Earlier|Later)\b.*)$/;

/** Words of US states and cities that the general place list leaves out ("New York", "Iowa"). */
const STATE_WORDS = new Set(
  `New York Iowa Hampshire Nevada Carolina North South West Jersey Michigan Wisconsin Pennsylvania
  Minnesota Missouri Indiana Kentucky Tennessee Alabama Mississippi Louisiana Colorado Utah Oregon Idaho
  Montana Wyoming Nebraska Kansas Oklahoma Arkansas Maine Vermont Massachusetts Connecticut Maryland
  Delaware Cleveland Philadelphia Orlando`.split(/\s+/),
);
/** Opening words that are capitalised only because they open the sentence. */
const FRONT_CAPS =
  /^(?:One|Two|Three|Perhaps|Among|Even|Only|Just|Some|Many|Most|Both|All|Each|Every|Another|Other|Such|More|Specifically)$/;

/** A run of capitalised words and "and" right before the speaker's phrase ("Trump and " + "Ryan"), on one line. */
const FIRST_CONJUNCT = /\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*,? (?:and|&) +$/u;

/**
 * The words of several speakers, when the phrase names more than one ("Trump and Ryan",
 * "Mayor Dale and his deputy"), else null.
 */
function jointPhrase(text: string, cue: ReportedCue): string | null {
  const before = FIRST_CONJUNCT.exec(text.slice(Math.max(0, cue.speaker.start - 40), cue.speaker.start));
  if (before) return `${before[0]}${cue.speaker.text}`;
  const t = cue.speaker.text;
  return /\p{Lu}[\p{L}.'’-]*\s+(?:and|&)\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(t) ||
    /^\p{Lu}\S*\s+and\s+(?:his|her|their)\s/u.test(t)
    ? t
    : null;
}

export const JOINT_SWITCH = {
  name: "reported-joint-speakers",
  doc: '"Trump and Ryan said": the speakers together, unnamed (no one of them alone), not dropped',
};

/** Several speakers as one unnamed speaker ("Trump and Ryan"), or null (one speaker, or the switch off). */
export function jointSpeaker(doc: QuoteDoc, cue: ReportedCue, sp: Speaker): Speaker | null {
  if (!isOn("quotes", JOINT_SWITCH.name, doc.switches)) return null;
  const words = jointPhrase(doc.text, cue);
  if (!words) return null;
  // "The Institute of Economic and Social Research said": one organisation whose name holds the
  // "and" (switch "joint-inside-name")
  const actor = sp.id ? doc.actors.byId.get(sp.id) : undefined;
  if (
    actor?.kind === "organization" &&
    /\s(?:and|&)\s/.test(actor.name) &&
    words.includes(actor.name) &&
    isOn("quotes", "joint-inside-name", doc.switches)
  )
    return null;
  const name = words.replace(/^(?:the|a|an)\s+/i, "").replace(/,(?=\s+(?:and|&)\s)/, "");
  // ("Mr Roe and Mr Brandt": two people the model knows, by their full names, session 35 switch)
  const people = isOn("quotes", JOINT_REPORTERS_SWITCH.name, doc.switches)
    ? twoPeople(doc, cue, words)
    : null;
  if (people) return { ...sp, text: words, name: people, id: null, kind: "person", gender: "plural" };
  return { ...sp, text: words, name, id: null, kind: "unnamed", gender: "plural" };
}

/** "Mr Roe and Mr Brandt" → "Jo Roe and Ivo Brandt": a phrase of exactly two named people the
 *  model holds, joined by "and", else null. */
function twoPeople(doc: QuoteDoc, cue: ReportedCue, words: string): string | null {
  const at = doc.text.indexOf(words, Math.max(0, cue.speaker.start - words.length));
  const m = /^(.+?)\s+and\s+(.+)$/u.exec(words);
  if (at < 0 || !m || /,/.test(words)) return null;
  const ms = doc.actors
    .mentionsIn(doc.article.docId)
    .filter((x) => x.via !== "pronoun" && x.via !== "role" && x.start >= at && x.end <= at + words.length);
  const a = ms.find((x) => x.end === at + m[1]!.length);
  const b = ms.find((x) => x.end === at + words.length && x.start >= at + m[0].length - m[2]!.length);
  const x = a && doc.actors.byId.get(a.actorId);
  const y = b && doc.actors.byId.get(b.actorId);
  return x && y && x.id !== y.id && x.kind === "person" && y.kind === "person"
    ? `${x.name} and ${y.name}`
    : null;
}

/** Session 41: a he/she whose person's given name says the other gender is no sure speaker. */
export const PRONOUN_GENDER_CLASH_SWITCH = {
  name: "reported-pronoun-gender-clash",
  doc: '"He tells audiences …" resolved to Hillary Clinton: a he/she is dropped when the given name says the other gender',
};

/** A full name whose given name says the other gender ("Hillary Clinton" for "he"); a lone word
 *  ("Howard" for Mrs Howard) is a surname, and names either gender bears ("Marion") say nothing. */
const otherGivenName = (name: string | null, g: "male" | "female") =>
  !!name && /\s/.test(name.trim()) && clash(g, fullNameGender(name));

/** Checks tried in order; the first that says "drop" drops the record. */
export const ADJECTIVE_NAME_SWITCH = {
  name: "reported-indefinite-adjective-name",
  doc: '"a defiant Okafor said", "A teary-eyed Okafor says": "a" and one lower-case word before a name is an adjective, not a noun glued to it',
};

/** "a defiant Okafor": "a"/"an", one lower-case word, one capitalised name word. */
const adjectiveBeforeName = (ws: string[], switches: StepSwitches) =>
  ws.length === 3 &&
  /^an?$/i.test(ws[0]!) &&
  /^\p{Ll}[\p{Ll}-]+$/u.test(ws[1]!) &&
  /^\p{Lu}\p{Ll}/u.test(ws[2]!) &&
  isOn("quotes", ADJECTIVE_NAME_SWITCH.name, switches);

export const REPORTED_SPEAKER_CHECKS: readonly Alternative<SpeakerCheck, "drop">[] = [
  {
    ...GROUP_REPORT_SWITCH,
    try: ({ doc, cue }) =>
      groupReportDoubtful(
        cue.speaker.text.split(/\s+/),
        doc.text.slice(sentenceStart(doc, cue.speaker.start), cue.speaker.start),
        doc,
      )
        ? "drop"
        : null,
  },
  {
    name: "reported-pronoun-confident",
    doc: "he/she only when resolved to a person of the actor model, it to an organisation; never they/we/I",
    try: ({ doc, cue, sp }) => {
      const g = PRONOUNS[cue.speaker.text.toLowerCase()];
      if (!g) return null;
      // ("He tells audiences …" resolved to Hillary Clinton: a given name of the other gender, switch)
      const clash =
        isOn("quotes", PRONOUN_GENDER_CLASH_SWITCH.name, doc.switches) &&
        (g === "male" || g === "female") &&
        otherGivenName(sp.name, g);
      if ((g === "male" || g === "female") && sp.id && sp.kind === "person" && !clash) return null;
      if (g === "thing" && sp.id && sp.kind === "organization") return null;
      return "drop";
    },
  },
  {
    name: "reported-clause-as-subject",
    doc: '"Do you", "Clinton would", "he had just bought the …": a clause read as the subject',
    try: ({ doc, cue }) => {
      const ws = cue.speaker.text.split(/\s+/);
      if (relativeInSource(cue, doc.switches)) return null;
      const clause = ws.some(
        (w, i) => CLAUSE_WORDS.has(w.toLowerCase()) && clauseWordAt(ws, i, doc.switches),
      );
      return ws.length > 1 && clause ? "drop" : null;
    },
  },
  {
    ...PHRASE_TAIL_CHECK,
    try: ({ cue }) => (phraseWithoutHead(cue.speaker.text) ? "drop" : null),
  },
  {
    name: "reported-two-speakers",
    doc: '"Trump and Ryan said": several speakers, none of whom alone said it (when not joined as one)',
    try: ({ doc, cue }) =>
      !isOn("quotes", JOINT_SWITCH.name, doc.switches) && jointPhrase(doc.text, cue) !== null ? "drop" : null,
  },
  {
    name: "reported-noun-glued-to-name",
    doc: '"the lawsuit Lynch": a plain noun glued to a name (a reduced relative clause, not a speaker)',
    try: ({ doc, cue, sp }) => {
      const ws = cue.speaker.text.split(/\s+/);
      if (!/^(?:the|a|an)$/i.test(ws[0]!) || ws.length < 2) return null;
      // "a defiant Okafor", "a teary-eyed Okafor": an adjective before a known name (step below).
      if (adjectiveBeforeName(ws, doc.switches)) return null;
      // "the lawsuit Lynch": a plain noun glued to a name
      const w1 = ws[1]!;
      return /^\p{Ll}/u.test(w1) &&
        !TITLE_WORDS.has(w1) &&
        !/(?:er|or|ist|ian|man|woman)$/.test(w1) &&
        /^\p{Lu}/u.test(ws[2] ?? "") &&
        sp.id
        ? "drop"
        : null;
    },
  },
  {
    name: "reported-lowercase-name",
    doc: '"ties", "manager": a name that is no name (lowercase), or an unnamed source naming no one',
    try: ({ sp }) =>
      /\p{Lu}/u.test(sp.name ?? "") && /^\p{Lu}|\s\p{Lu}/u.test(sp.name ?? "") ? null : "drop",
  },
  {
    name: "reported-quantifier-or-place",
    doc: '"One month", "Perhaps more", "PARIS", "New York": a sentence-initial word, a dateline or a place, naming no one',
    try: ({ cue }) => {
      const t = cue.speaker.text.replace(/^(?:the|The)\s+/, "");
      // "PARIS (AP) —": a dateline in capitals; a nation speaks ("Germany pledged"), a US state or city does not.
      const title = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
      if (/^\p{Lu}{4,}$/u.test(t) && (PLACES.has(title(t)) || STATE_WORDS.has(title(t)))) return "drop";
      const ws = t.split(/\s+/);
      if (ws.every((w) => STATE_WORDS.has(w))) return "drop";
      // "One month", "Perhaps more": only the opening word is capitalised.
      return FRONT_CAPS.test(ws[0]!) && !ws.slice(1).some((w) => /^\p{Lu}/u.test(w)) ? "drop" : null;
    },
  },
  {
    name: "reported-heading-or-group",
    doc: '"WASHINGTON", "Americans", "Democrats": a dateline or heading in capitals, a group plural',
    try: ({ doc, cue }) => {
      const t = cue.speaker.text.replace(/^(?:the|The)\s+/, "");
      if (/^[\p{Lu}\s.'’-]{7,}$/u.test(t)) return "drop";
      // "Evans", "Sanders" are names: a plural is a group only when no full name of the article holds it
      const group = GROUP_PLURAL.test(t) && !doc.names.hasWord(t.toLowerCase());
      return group || DEMONYM_NOUNS.has(t.toLowerCase().replace(/s$/, "")) ? "drop" : null;
    },
  },
  {
    name: "reported-time-words",
    doc: '"Tuesday", "For months": a day, month or time phrase read as the subject',
    try: ({ doc, cue }) =>
      TIME_SUBJECT.test(cue.speaker.text) && !datedSource(cue, doc.switches) ? "drop" : null,
  },
  {
    name: "reported-unknown-word",
    doc: '"Already", "Obviously": one capitalised word no name of the article or actor holds',
    try: ({ doc, cue, sp }) => {
      const ws = cue.speaker.text.split(/\s+/);
      if (ws.length !== 1 || sp.id || sp.kind === "unnamed" || /^\p{Lu}[\p{Lu}\p{N}&]+$/u.test(ws[0]!))
        return null;
      // "according to Statista": after "according to" one capitalised word is a name.
      if (accordingSource(cue, doc.switches)) return null;
      return doc.names.hasWord(ws[0]!.toLowerCase()) ? null : "drop";
    },
  },
];
