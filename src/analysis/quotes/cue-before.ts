// The cue before a quotation: the nearest speech verb (or "according to") before it in its
// sentence, and that verb's subject through appositions, relative clauses, coordination and
// participles. verbSubject also finds the subjects of indirect speech for the speaker history.

import { CLAUSE_BREAKERS } from "../lexicons/clauses.ts";
import { PRONOUNS } from "../lexicons/pronouns.ts";
import { LABEL_VERBS, VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE } from "../lexicons/verbs.ts";
import { type Alternative, firstOf, isOn, type StepSwitches } from "../steps.ts";
import { accordingToThing } from "./according-thing.ts";
import { SUBJECT_PAST_ADVERBIAL_RULE } from "./adverbial-subject.ts";
import { agentBeforeAs } from "./agent-before-as.ts";
import { ASPECT_VERB_SWITCH, aspectualUse } from "./aspect-verb.ts";
import { billedAs } from "./billed-as.ts";
import { CAUSED_TO_SAY_RULE } from "./caused-to-say.ts";
import { COORDINATED_AFTER_TAG, COORDINATION_RULES } from "./coordinated-tag.ts";
import { DOCUMENT_OWNER_TOPIC_SWITCH, DOCUMENT_TOPIC_SWITCH, documentOnTopic } from "./document-topic.ts";
import { insideReport } from "./expected-inside-report.ts";
import { FRONT_ADVERB_SWITCH, frontAdverb } from "./front-adverb.ts";
import { HEARD, HEARD_RULES } from "./heard-apposition.ts";
import { nameBeforeVerbObject } from "./name-verb-object.ts";
import { nounAfterNameRun } from "./named-noun.ts";
import { PARTICIPLE_AFTER_TAG } from "./participle-after-tag.ts";
import { nameNotSubject } from "./participle-channel.ts";
import {
  agentAfter,
  type Cue,
  nameRun,
  type Phrase,
  phraseAfter,
  phraseBefore,
  phraseOf,
  sentenceSubject,
} from "./phrases.ts";
import { mannerOrPutIt } from "./put-it.ts";
import { quotedBeforeParticiple } from "./quoted-as-saying.ts";
import { RESTRICTIVE_WHO_CLAUSE_RULE, RESTRICTIVE_WHO_HEAD_RULE } from "./relative-head.ts";
import { relativeObjectVerb } from "./relative-object.ts";
import { RESIDUAL19_SUBJECT_RULES } from "./residual19-switches.ts";
import { frontedClauseVerb } from "./s22-fronted-clause.ts";
import { accordingDocumentBy } from "./s22-org-switches.ts";
import { wordBeforeVerb } from "./s23-term-switches.ts";
import { accordingSourceAt } from "./s24b-sources-switches.ts";
import { PARTICIPLE_SUBJECT_RULE, RAISED_REPORT_SUBJECT_RULE } from "./s25b-fresh-switches.ts";
import {
  FRONTED_PARTICIPLE_NO_INVERSION_RULE,
  PARTICIPLE_PAST_OBJECT_RULE,
  PARTICIPLE_ROLE_NAME_PAST_RULE,
} from "./s27-participle-clause.ts";
import { reportInsideReport } from "./s27-report-in-report.ts";
import { STRAY_COMMA_NAME_RULE } from "./s27-stray-comma.ts";
import { pronounSubjectVerb, speechParticiple } from "./speech-participle.ts";
import { subjectPastApposition, type VerbAt } from "./subject-past-apposition.ts";
import { TALKS_WITH_RULE } from "./talks-with.ts";
import {
  DETERMINERS,
  isAdverb,
  isCap,
  isReadCue,
  isVerbish,
  nounUse,
  PASSIVE_AUX,
  type Tok,
} from "./tokens.ts";
import { WHICH_RULES } from "./which-group.ts";
import { antecedentOfWho } from "./who-past-apposition.ts";

/** A verb with no subject of its own here: the rules stop, and the caller looks further back. */
type Subject = Phrase | "skip";
/** A rule saw its construction and found no subject: no later rule is tried. */
const NO_SUBJECT = "no-subject";

const ing = ({ toks, j }: VerbAt) => /ing$/.test(toks[j]!.lower);

/** Verbs an infinitive speech verb hangs on, its subject theirs: "is expected to say", "wants to tell". */
const RAISING =
  /^(?:expected|due|set|going|likely|about|wants|wanted|plans|planned|intends|intended|hopes|hoped|tried|tries)$/;
const AUX = /^(?:is|are|was|were|will|would|be|been|has|had|have|also|now|still)$/;

/** Where the subject of a speech verb is, tried in order. */
export const SUBJECT_RULES: readonly Alternative<VerbAt, Subject | typeof NO_SUBJECT>[] = [
  {
    name: "agent-before",
    doc: '"a sapphire described by Sharon as “…”": a passive verb\'s named agent, before the quotation',
    try: ({ toks, j, text }) => {
      if (!/ed$/.test(toks[j]!.lower) || toks[j + 1]?.lower !== "by") return null;
      const p = agentAfter(toks, j + 2, text);
      return p && /^\p{Lu}/u.test(p.text) && !(p.text.toLowerCase() in PRONOUNS) ? p : null;
    },
  },
  {
    name: "went-on-to-say",
    doc: '"Bryne went on to say, “…”": the subject of the verb the infinitive continues',
    try: ({ toks, j, text }) => {
      if (toks[j - 1]?.lower !== "to") return null;
      let v = j - 2;
      if (toks[v]?.lower === "on" && /^(?:went|goes|go|going)$/.test(toks[v - 1]?.lower ?? "")) v--;
      else if (!/^(?:continued|continues|began|begins|proceeded|proceeds)$/.test(toks[v]?.lower ?? ""))
        return null;
      return phraseBefore(toks, v, text);
    },
  },
  {
    name: "expected-to-say",
    doc: '"The chancellor is expected to say", "Ms Hale will want to tell": the subject of the verb the infinitive hangs on',
    try: ({ toks, j, text, switches }) => {
      if (toks[j - 1]?.lower !== "to") return null;
      let v = j - 2;
      if (!RAISING.test(toks[v]?.lower ?? "")) return null;
      while (v > 0 && AUX.test(toks[v - 1]!.lower)) v--;
      const p = phraseBefore(toks, v, text);
      // "An official said the U.S. hopes to announce “…”": words not yet said are the report's.
      if (p && insideReport(toks, p, switches)) return null;
      return p && (/\p{Lu}/u.test(p.text) || /^(?:the|he|she)\b/i.test(p.text)) ? p : null;
    },
  },
  {
    name: "used-to-say",
    doc: '"The bishop used a Christmas message to condemn …", "took the opportunity to say": the subject of "used"/"took" the infinitive hangs on',
    try: ({ toks, j, text }) => {
      if (toks[j - 1]?.lower !== "to") return null;
      for (let v = j - 2; v >= 0 && j - v <= 7; v--) {
        const t = toks[v]!;
        if (t.type !== "w") return null;
        if (/^(?:used|uses|took|takes)$/.test(t.lower)) return v > 0 ? phraseBefore(toks, v, text) : null;
      }
      return null;
    },
  },
  RAISED_REPORT_SUBJECT_RULE, // (s25b) "was reported to have suggested": the raised subject
  CAUSED_TO_SAY_RULE, // (set 29) "led 12 viewers to complain": the causative's object
  {
    name: "infinitive-or-passive",
    doc: '"to say", "was told": the verb has no subject of its own here',
    try: (v) => {
      const prev = wordBeforeVerb(v.toks, v.j, v.b, v.switches);
      return prev?.lower === "to" || (prev && PASSIVE_AUX.has(prev.lower) && !ing(v)) ? "skip" : null;
    },
  },
  {
    name: "relative-clause",
    doc: '"King, 30, who describes": the antecedent, past an age or apposition',
    try: ({ toks, b, text, switches }) =>
      toks[b]?.lower === "who" ? (antecedentOfWho(toks, b, text, switches) ?? NO_SUBJECT) : null,
  },
  ...WHICH_RULES,
  ...RESIDUAL19_SUBJECT_RULES,
  {
    // "A spokesman for the Payments Board (PB) which represents the industry said": the speech
    // verb ends a relative clause set off by no comma, so its subject is the phrase before
    // "which", not the clause's object.
    name: "relative-clause-object",
    doc: '"A spokesman for X which represents the industry said": the phrase before a which-clause set off by no comma, not its object',
    try: ({ toks, j, text }) => {
      let r = j - 1;
      while (r > 0 && j - r <= 8 && toks[r]!.type === "w" && toks[r]!.text !== "which") r--;
      if (r < 2 || j - r > 8 || toks[r]!.text !== "which") return null;
      // the clause's own verb ("represents", "owns", "organised") right after the pronoun
      if (!/^\p{Ll}+(?:s|ed)$/u.test(toks[r + 1]?.text ?? "") || r + 2 >= j) return null;
      let c = r;
      if (toks[c - 1]?.text === ")") {
        while (c > 0 && toks[c - 1]!.text !== "(") c--;
        c--;
      }
      const p = c > 0 ? phraseBefore(toks, c, text) : null;
      return p && /^(?:an?|the)\s/i.test(p.text) ? p : null;
    },
  },
  {
    // "Ms Robinson, who presents The Weakest Link tells Cockerell": the same for a who-clause after
    // a name and a comma, the clause closed by no comma.
    name: "who-clause-object",
    doc: '"Ms Roe, who presents Late Call tells the BBC": the name before a who-clause closed by no comma, not the clause\'s object',
    try: ({ toks, j, text }) => {
      let r = j - 1;
      while (r > 0 && j - r <= 8 && toks[r]!.type === "w" && toks[r]!.text !== "who") r--;
      if (r < 2 || j - r > 8 || toks[r]!.text !== "who" || toks[r - 1]!.text !== ",") return null;
      if (!/^\p{Ll}+(?:s|ed)$/u.test(toks[r + 1]?.text ?? "") || r + 2 >= j) return null;
      const p = phraseBefore(toks, r - 1, text);
      return p && /^\p{Lu}/u.test(p.text) && !/^(?:The|A|An)\s/.test(p.text) ? p : null;
    },
  },
  RESTRICTIVE_WHO_HEAD_RULE,
  RESTRICTIVE_WHO_CLAUSE_RULE, // (s40) "a White House official who spoke anonymously … said"
  PARTICIPLE_PAST_OBJECT_RULE, // (s27) "left the Union Party saying": the subject, not the object
  {
    name: "name-participle",
    doc: '"footage of Hillary Clinton asking, “…”": a name right before the participle is its subject',
    try: ({ toks, j, text, switches }) => {
      if (!/ing$/.test(toks[j]!.lower)) return null;
      let s = j;
      while (s > 0 && j - s < 4 && toks[s - 1]!.type === "w" && isCap(toks[s - 1]!)) s--;
      if (nameNotSubject(toks, s, j, switches)) return null;
      return s < j && s > 0 && nameRun(toks, s, j) ? phraseOf(toks, s, j - 1, text) : null;
    },
  },
  {
    name: "heard-saying",
    doc: '"Mr Dunmore was heard saying", "Ms Ray was quoted as saying": the subject of the passive verb of hearing before the participle',
    try: ({ toks, j, text }) => {
      if (!/ing$/.test(toks[j]!.lower)) return null;
      let v = j - 1;
      if (toks[v]?.lower === "as" && toks[v - 1]?.lower === "quoted") v--;
      else if (!HEARD.test(toks[v]?.lower ?? "")) return null;
      const aux = toks[v - 1];
      return aux && PASSIVE_AUX.has(aux.lower) ? phraseBefore(toks, v - 1, text) : null;
    },
  },
  ...HEARD_RULES,
  PARTICIPLE_AFTER_TAG,
  PARTICIPLE_SUBJECT_RULE,
  PARTICIPLE_ROLE_NAME_PAST_RULE, // (s27) "The board's head Ann Roe quit last May claiming"
  {
    name: "asked-clause",
    doc: '"The singer … but when asked whether he would do the same again replied:": the subject opening the sentence, not the question\'s words',
    try: ({ toks, j, b, text }) => {
      for (let k = b; k > 0 && j - k < 20; k--) {
        const t = toks[k]!;
        if (t.type !== "w") return null;
        if (t.lower === "asked" && /^(?:when|if|after|once)$/.test(toks[k - 1]!.lower))
          return k - 1 > 0 ? sentenceSubject(toks, k - 1, text) : null;
      }
      return null;
    },
  },
  SUBJECT_PAST_ADVERBIAL_RULE,
  {
    ...DOCUMENT_TOPIC_SWITCH,
    try: ({ toks, j, text, switches }) =>
      documentOnTopic(toks, j, text, isOn("quotes", DOCUMENT_OWNER_TOPIC_SWITCH.name, switches)),
  },
  TALKS_WITH_RULE,
  {
    name: "subject-before",
    doc: "the noun phrase right before the verb",
    try: ({ toks, j, text, switches }) => {
      const p = phraseBefore(toks, j, text);
      // (a capitalised adverb opening the sentence is no subject: "Originally dubbed")
      if (p && isOn("quotes", FRONT_ADVERB_SWITCH.name, switches) && frontAdverb(p)) return null;
      return p && nameBeforeVerbObject(p, toks, text, switches);
    },
  },
  {
    name: "abbreviation-before",
    doc: '"The Federation of Small Traders (FST) said": the name before its abbreviation in brackets',
    try: ({ toks, b, text }) =>
      toks[b]?.text === ")" && toks[b - 2]?.text === "(" && isCap(toks[b - 1]!)
        ? phraseBefore(toks, b - 2, text)
        : null,
  },
  {
    name: "parenthetical-tag",
    doc: '"which, said Mr Hopkins, “is part…”": a capitalised name between commas after the verb',
    try: ({ toks, j, b, text }) => {
      // ("Dan Rees, who sat on the Cruz slate, told Politico, “…”": "tell" names its hearer after it)
      if (toks[b]?.text !== "," || /^(?:told|tells?|telling)$/.test(toks[j]?.lower ?? "")) return null;
      const a = phraseAfter(toks, j + 1, text);
      const after = a ? toks.find((x) => x.start >= a.end) : undefined;
      return a && /^\p{Lu}/u.test(a.text) && after?.text === "," ? a : null;
    },
  },
  STRAY_COMMA_NAME_RULE, // (s27) "When …, Chairman Ann Roe, said": the name, not "May"
  {
    name: "past-apposition",
    doc: '"Rubio, speaking to reporters …, said", "Another peer, Lord Sand, said": past the apposition',
    try: (v) => (v.toks[v.b]?.text === "," ? subjectPastApposition(v) : null),
  },
  ...COORDINATION_RULES,
  {
    name: "coordination",
    doc: '"Tony Blair has dismissed questions, and said …": the subject opening the sentence',
    try: ({ toks, b, text, switches }) => {
      if (!toks[b] || !/^(?:and|but|or|yet|then)$/.test(toks[b]!.lower)) return null;
      // `He continued: "…?" Mr Dunmore said … and promised …`: the subject after a quotation that
      // ends a sentence of its own the split missed, not the one opening the text (switch).
      const q = isOn("quotes", "coordination-after-quote", switches) ? lastSentenceQuote(toks, b, text) : 0;
      const subject = sentenceSubject(q > 0 ? toks.slice(q) : toks, b - q, text);
      return subject && nameBeforeVerbObject(subject, toks, text, switches);
    },
  },
  COORDINATED_AFTER_TAG,
  FRONTED_PARTICIPLE_NO_INVERSION_RULE, // (s27) "Responding to the Budget Review, Ann Roe …"
  {
    name: "inverted-verb",
    doc: '`"A," said Straw, "B."`, `Said Straw: "…"`: the phrase after the verb',
    try: ({ toks, j, text }) => {
      const prev = toks[j - 1];
      return !prev ||
        prev.type === "q" ||
        (prev.type === "p" && prev.text !== ",") ||
        (prev.text === "," && toks[j - 2]?.type === "q")
        ? phraseAfter(toks, j + 1, text)
        : null;
    },
  },
];

/**
 * The subject of the speech verb toks[j] (the rules above, in order). "skip" for a verb with no
 * subject of its own here (an infinitive, a passive, "…, adding that": the earlier verb's).
 */
export function verbSubject(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
): Phrase | "skip" | null {
  let b = j - 1;
  while (b >= 0 && isAdverb(toks[b]!)) b--;
  const v: VerbAt = { toks, j, b, text, switches };
  const found = firstOf("quotes", SUBJECT_RULES, v, switches);
  if (found === NO_SUBJECT) return null;
  return found ?? (ing(v) ? "skip" : null);
}

/** A base-form speech verb used as a noun modifier: lowercase words before and after it. */
function nounInside(toks: Tok[], j: number): boolean {
  const p = toks[j - 1];
  const n = toks[j + 1];
  const plain = (t: Tok | undefined) =>
    t?.type === "w" && !isCap(t) && !isAdverb(t) && !CLAUSE_BREAKERS.has(t.lower) && !(t.lower in PRONOUNS);
  return !/(?:ed|id|ld|ote|ing)$/.test(toks[j]!.lower) && plain(p) && plain(n) && !DETERMINERS.has(n!.lower);
}

const SUBORDINATORS = /^(?:when|after|before|as|if|once|since|until|because|while|although|though|unless)$/;

/**
 * "Cole said that when Mr Grant had announced the cuts he got the “clear impression”": a speech
 * verb whose subject opens a subordinate clause inside another speech verb's report is no cue; the
 * outer verb's subject speaks (and stays the latest speaker for "He added").
 */
export function subordinateSpeech(toks: Tok[], subj: Phrase): boolean {
  let s = toks.length - 1;
  while (s > 0 && toks[s]!.start > subj.start) s--;
  if (s < 2 || toks[s]!.start !== subj.start || !SUBORDINATORS.test(toks[s - 1]!.lower)) return false;
  let k = s - 2;
  if (toks[k]?.lower === "that") k--;
  while (k >= 0 && isAdverb(toks[k]!)) k--;
  return !!toks[k] && isVerbish(toks[k]!) && !isCap(toks[k]!) && !nounUse(toks, k);
}

/** The nearest speech cue before the quotation in its sentence, with its subject. */
export function cueBefore(toks: Tok[], qi: number, text: string, switches: StepSwitches): Cue | null {
  for (let j = qi - 1; j >= 0; j--) {
    const t = toks[j]!;
    if (t.type !== "w") continue;
    // (set 28) `the match, billed as "…"`: a name, no one's words (switch)
    if (j === qi - 1 && billedAs(toks, j, switches)) return null;
    if (t.lower === "to" && toks[j - 1]?.lower === "according") {
      const made = accordingDocumentBy(toks, j - 1, text, switches);
      if (made) return made;
      const p = accordingSourceAt(toks, j + 1, text, switches);
      if (p && accordingToThing(p) && isOn("quotes", "according-to-thing", switches)) return null;
      if (p) return { speaker: p, cue: "according to", label: false };
      continue;
    }
    // A capitalised verb is a name ("Dan Said"), except opening the sentence: `Said Ellis: “…”`.
    const verb = isVerbish(t) || isReadCue(toks, j) || mannerOrPutIt(toks, j, switches);
    const noun = nounUse(toks, j) && !pronounSubjectVerb(toks, j, switches); // "what he says are" (switch)
    if (!(verb || speechParticiple(t, switches)) || (isCap(t) && j > 0) || noun) continue;
    if (nounAfterNameRun(toks, j, switches)) continue;
    if (isOn("quotes", ASPECT_VERB_SWITCH.name, switches) && aspectualUse(toks, j, text)) continue;
    const agent = agentBeforeAs(toks, j, qi, text, switches);
    if (agent) return { speaker: agent, cue: t.lower, label: true };
    if (VERBS_ATTRIBUTING_ONLY_BEFORE_A_QUOTE.has(t.lower) && qi - j > 3) continue;
    const quoted = isOn("quotes", "quoted-person-saying", switches)
      ? quotedBeforeParticiple(toks, j, text)
      : null;
    if (quoted) return quoted;
    if (relativeObjectVerb(toks, j, text, switches) || frontedClauseVerb(toks, j, qi, switches)) continue;
    const subj = verbSubject(toks, j, text, switches);
    if (subj === "skip") continue;
    // "direct state involvement", "a big post office": a verb form inside a noun phrase, with no
    // subject and lowercase words on both sides, is a noun; the cue lies further back.
    if (!subj && nounInside(toks, j)) continue;
    if (!subj) return null;
    if (isOn("quotes", "subordinate-speech", switches) && subordinateSpeech(toks, subj)) continue;
    if (reportInsideReport(toks, j, subj, switches)) continue;
    return { speaker: subj, cue: t.lower, label: LABEL_VERBS.has(t.lower) };
  }
  // ("according to X, "…"" is handled above; a bare name's colon, `Mr Straw: "…"`, is too loose)
  return null;
}

/** The last quotation before toks[b] that closes on . ! or ? with a capitalised word after it
 *  (a term inside the sentence is read past), else 0. */
function lastSentenceQuote(toks: Tok[], b: number, text: string): number {
  for (let k = b - 1; k > 0; k--) {
    const t = toks[k]!;
    if (
      t.type === "q" &&
      /[.!?]["'”’]?$/.test(text.slice(t.start, t.end)) &&
      toks[k + 1] &&
      isCap(toks[k + 1]!)
    )
      return k;
  }
  return 0;
}
