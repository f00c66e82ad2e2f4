// Reported speech in one article: "Smith said (that) the plan failed", "according to Smith, …",
// "Smith has warned that …". Runs after the direct walk on the same QuoteDoc, so pronouns read
// the same speaker history and names resolve through the same actor model. Cheap first: one
// regular-expression scan of the article for cue words picks the sentences worth tokenising.
// A paraphrase is never a quotation: records carry kind "reported" and the content's span (the
// article's own words, which the answers label as a paraphrase). A speaker the rules are not
// sure of (REPORTED_SPEAKER_CHECKS) drops the record: a wrong speaker is worse than none.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import {
  INTENT_VERBS,
  REPORTED_BARE_VERBS,
  REPORTED_THAT_VERBS,
  STANCE_OBJECT_VERBS,
} from "../lexicons/verbs.ts";
import { firstOf, isOn, type StepSwitches } from "../steps.ts";
import { PLURAL_SUBJECT_VERB_SWITCH } from "./plural-subject-verb.ts";
import { ACCORDING_MEDIAL_SWITCH, ACCORDING_SOURCE_SWITCH, accordingSpeaker } from "./reported-according.ts";
import { DASH_ASIDE_SWITCH, withoutDashAsides } from "./reported-asides.ts";
import { CONTROL_SWITCH } from "./reported-control.ts";
import { COORDINATED_SWITCH } from "./reported-coordinated.ts";
import { cueWith } from "./reported-cue.ts";
import { DOCUMENT_SWITCH, DOCUMENT_WORDS, documentOpening, documentSpeaker } from "./reported-document.ts";
import { FINDING_CUE_WORDS } from "./reported-finding.ts";
import { LONG_SUBJECT_SWITCHES } from "./reported-long-subject.ts";
import { NAME_WORD_SWITCH } from "./reported-name-words.ts";
import { possessiveRole } from "./reported-possessive.ts";
import { STANCE_NOUNS } from "./reported-possessive-noun.ts";
import { PREP_CUE_WORDS } from "./reported-prep.ts";
import { HEADLINE_WORDS, REPORTED_RULES, REPORTED_SWITCHES, type ReportedCue } from "./reported-rules.ts";
import {
  ADJECTIVE_NAME_SWITCH,
  JOINT_SWITCH,
  jointSpeaker,
  PRONOUN_GENDER_CLASH_SWITCH,
  REPORTED_SPEAKER_CHECKS,
} from "./reported-speaker.ts";
import { DAY_PART_SWITCH, PARTICIPLE_OPENER_SWITCH, WHILE_PARTICIPLE_SWITCH } from "./reported-subject.ts";
import { TAG_PARTICIPLE_SWITCH } from "./reported-tag-participle.ts";
import { TAG_ROLE_BEFORE_NAME_SWITCH } from "./reported-tag-role.ts";
import { MORE_CUE_WORDS, MORE_VERBS_SWITCH } from "./reported-verbs.ts";
import { resolvePhrase } from "./resolve-speaker.ts";
import { cutFrontedClause } from "./s22-fronted-clause.ts";
import { ANONYMITY_CLAUSE_SWITCH } from "./s46-switches.ts";
import type { QuoteDoc } from "./state.ts";
import { firstSpanEndingAfter, type Tok, tokensOf } from "./tokens.ts";
import type { QuoteFound, Speaker } from "./types.ts";
import { wordTrie } from "./word-trie.ts";

const CUE_WORDS = [
  ...new Set([
    ...REPORTED_THAT_VERBS,
    ...REPORTED_BARE_VERBS,
    ...STANCE_OBJECT_VERBS,
    ...INTENT_VERBS,
    ...PREP_CUE_WORDS,
    ...MORE_CUE_WORDS,
    ...FINDING_CUE_WORDS,
  ]),
];
/** Participles as they open a sentence ("Citing the cost, …"): the scan is case-sensitive. */
const OPENING_PARTICIPLES = CUE_WORDS.filter((w) => w.endsWith("ing")).map(
  (w) => w.charAt(0).toUpperCase() + w.slice(1),
);
/** A name of up to four capitalised words and a colon ("Sanders: …", "JAKE TAPPER: …"). */
const COLON_NAME = "\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){0,3}: ";
/** A stance noun after a possessive mark and one word at most ("Okafor's plan", "Hawks' bold claim"). */
const POSSESSIVE_NOUN = `['’]s?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${wordTrie([...STANCE_NOUNS])}\\b`;
/** Any cue word, in lower case as the rules want it ("according" opens "according to"). */
const CUE_SCAN = new RegExp(
  `\\b(?:[Aa]ccording|${HEADLINE_WORDS}|${wordTrie([...CUE_WORDS, ...DOCUMENT_WORDS, ...OPENING_PARTICIPLES])})\\b|${COLON_NAME}|${POSSESSIVE_NOUN}`,
  "gu",
);

/** Offsets of every cue word in the text: only sentences holding one are read. */
function cueOffsets(text: string): number[] {
  const out: number[] = [];
  CUE_SCAN.lastIndex = 0;
  for (let m = CUE_SCAN.exec(text); m; m = CUE_SCAN.exec(text)) out.push(m.index);
  return out;
}

/**
 * Content that opens inside a quotation and is mostly quoted is a direct quotation's. Writer's
 * words opening it ("said the crews were “patient beyond words”") make it a paraphrase however
 * much is quoted (switch "reported-writer-opens").
 */
function directContent(toks: Tok[], start: number, end: number, switches: StepSwitches): boolean {
  let inside = 0;
  let opens = false;
  for (const t of toks) {
    if (t.type !== "q") continue;
    inside += Math.max(0, Math.min(end, t.end) - Math.max(start, t.start));
    if (t.start <= start && t.end > start) opens = true;
  }
  if (inside < 0.7 * Math.max(1, end - start)) return false;
  return opens || !isOn("quotes", WRITER_OPENS_SWITCH.name, switches);
}

const WRITER_OPENS_SWITCH = {
  name: "reported-writer-opens",
  doc: 'keep mostly quoted content when the writer\'s words open it ("said it was “a big deal”")',
};

/** The cues of one sentence, in text order, each content cut before the next attribution. */
/** "who asked not to be named", "who did not want to be identified": a source's wish, no words. */
const TO_BE_NAMED = /^(?:not\s+)?to\s+be\s+(?:named|identified)\b/i;
const anonymityClause = (doc: QuoteDoc, c: ReportedCue): boolean =>
  TO_BE_NAMED.test(doc.text.slice(c.start, c.end)) &&
  isOn("quotes", ANONYMITY_CLAUSE_SWITCH.name, doc.switches);

function sentenceCues(
  doc: QuoteDoc,
  toks: Tok[],
  speakerOf: (c: ReportedCue) => Speaker | null,
): ReportedCue[] {
  const found: ReportedCue[] = [];
  // A cue outside a dash aside is read with the aside taken out.
  const reduced = isOn("quotes", DASH_ASIDE_SWITCH.name, doc.switches) ? withoutDashAsides(toks) : null;
  const index = reduced ? new Map(reduced.map((t, i) => [t, i])) : null;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    const colon = t.text === ":" && j <= 4;
    if (!colon && (t.type !== "w" || !(t.lower === "according" || CUE_SET.has(t.lower)))) continue;
    const r = index?.get(t);
    const at = r === undefined ? { toks, j } : { toks: reduced!, j: r };
    const c = firstOf(
      "quotes",
      REPORTED_RULES,
      { ...at, text: doc.text, switches: doc.switches },
      doc.switches,
    );
    if (c && !anonymityClause(doc, c)) found.push(c);
  }
  const opening = documentOpening(toks, doc.text, doc.switches);
  if (opening) found.push(cueWith(opening.speaker, "in", opening.content)!);
  found.sort((a, b) => a.start - b.start);
  const nested = new Set<ReportedCue>();
  const skipUntrusted = isOn("quotes", UNTRUSTED_NO_CUT.name, doc.switches);
  for (const c of found) {
    // A cue whose speaker is dropped attributes nothing: it does not end another's content.
    const next = found.find(
      (d) => d !== c && d.from > c.start && d.from < c.end && (!skipUntrusted || speakerOf(d) !== null),
    );
    // "A, B said, C, according to X": the source after its content reports all of it.
    if (!next || (c.speaker.start >= c.end && isOn("quotes", WHOLE_BEFORE_TAG.name, doc.switches))) continue;
    // "X said A, and Y said B": A ends before Y. "X said he thinks B": the inner cue is part of
    // X's words, and its pronoun is X (the outer record already covers it).
    if (samePersonPronoun(doc, next, speakerOf(next), speakerOf(c))) nested.add(next);
    else if (
      /[,;]\s*(?:(?:and|but|while|whereas)\s+)?$|\s(?:and|but|while|whereas)\s+$/.test(
        doc.text.slice(c.start, next.from),
      )
    )
      c.end = trimEnd(doc.text, c.start, next.from);
    else if (PRONOUNS[next.speaker.text.toLowerCase()]) nested.add(next);
    // "X issued a statement after Y told a meeting that …": the subordinate clause is Y's, not X's.
    else {
      const sub = SUBORDINATE_END.exec(doc.text.slice(c.start, next.from));
      if (sub && isOn("quotes", CUT_AT_SUBORDINATE.name, doc.switches))
        c.end = trimEnd(doc.text, c.start, next.from - sub[0].length);
    }
  }
  // "When Brack suggested that …, Vold fired back": the clause's cue stops at its comma (switch).
  for (const c of found) cutFrontedClause(toks, c, doc.switches);
  // "Farrow rejected Okafor's claim that …": the claim is part of what Farrow's record reports.
  for (const d of found)
    if (d.nominal && found.some((c) => c !== d && c.start <= d.from && d.end <= c.end)) nested.add(d);
  return found.filter(
    (c) =>
      !nested.has(c) &&
      c.end > c.start &&
      wordCount(doc.text, c.start, c.end) >= minWords(c, doc.switches) &&
      !directContent(toks, c.start, c.end, doc.switches),
  );
}

const CUE_SET = new Set([...CUE_WORDS, ...STANCE_NOUNS]);

/** A subordinating word closing the words before another attribution ("… after ", "… when "). */
const SUBORDINATE_END = /\s(?:after|when|before|since|until|because|although|though|once)\s+$/;
/**
 * "X said that while he opposed A, he backed B": a he/she resolved to the outer cue's own speaker
 * goes on with that speaker's words, so the outer content is not cut there.
 */
function samePersonPronoun(doc: QuoteDoc, next: ReportedCue, inner: Speaker | null, outer: Speaker | null) {
  if (!isOn("quotes", SAME_PERSON_PRONOUN.name, doc.switches)) return false;
  const g = PRONOUNS[next.speaker.text.toLowerCase()];
  return (g === "male" || g === "female") && !!inner?.id && inner.id === outer?.id;
}

const SAME_PERSON_PRONOUN = {
  name: "reported-same-person-pronoun",
  doc: '"X said that while he opposed A, he backed B": a pronoun for the same speaker does not cut X\'s content',
};

const UNTRUSTED_NO_CUT = {
  name: "reported-untrusted-no-cut",
  doc: '"X says he called Y and the family planned …": a cue whose speaker is dropped does not cut the content before it',
};

const CUT_AT_SUBORDINATE = {
  name: "reported-cut-at-subordinate",
  doc: '"X issued a statement after Y told a meeting that …": content ends before a subordinate clause with its own attribution',
};

const WHOLE_BEFORE_TAG = {
  name: "reported-whole-before-tag",
  doc: '"A, B said, C, according to X": content before its source is not cut at an inner cue',
};

/** The end of [start, end) without trailing spaces, commas or joining words ("…, and"). */
function trimEnd(text: string, start: number, end: number): number {
  const s = text.slice(start, end).replace(/(?:[\s,;:—–-]|\b(?:and|but|while|as)\b)+$/u, "");
  return start + s.length;
}

/** Verbs of saying: two words after them are a fragment the cut left ("said ABC News"), not what was said. */
const SAYING = /^(?:say|says|said|saying|tell|tells|told|telling|according to)$/;

const SHORT_CONTENT_SWITCH = {
  name: "reported-short-content",
  doc: '"Pataki endorsed John Kasich", "declined to comment": two words of content after a verb of stance (three after "say")',
};

/** The fewest words a content may have: a stance's object may be a name, what was said is longer. */
const minWords = (c: ReportedCue, switches: StepSwitches) =>
  SAYING.test(c.cue) || !isOn("quotes", SHORT_CONTENT_SWITCH.name, switches) ? 3 : 2;

const wordCount = (text: string, s: number, e: number) =>
  text.slice(s, e).split(/\s+/).filter(Boolean).length;

/** The speaker of a cue, when the checks trust it. */
function trustedSpeaker(doc: QuoteDoc, cue: ReportedCue): Speaker | null {
  let sp = resolvePhrase(doc, cue.speaker);
  if (isOn("quotes", "reported-possessive-role", doc.switches)) sp = possessiveRole(doc, cue, sp) ?? sp;
  if (isOn("quotes", DOCUMENT_SWITCH.name, doc.switches)) sp = documentSpeaker(sp, cue.speaker) ?? sp;
  sp = jointSpeaker(doc, cue, sp) ?? sp;
  sp = accordingSpeaker(cue, sp, doc.switches) ?? sp;
  if (!sp.name) return null;
  return firstOf("quotes", REPORTED_SPEAKER_CHECKS, { doc, cue, sp }, doc.switches) ? null : sp;
}

/** Every reported-speech attribution of the article, in text order, ids after the quotations'. */
export function reportedSpeech(doc: QuoteDoc): QuoteFound[] {
  const { article, layer, spans, text } = doc;
  if (!isOn("quotes", "reported-speech", doc.switches)) return [];
  const hits = cueOffsets(text);
  if (hits.length === 0) return [];
  const out: QuoteFound[] = [];
  let h = 0;
  let pp = 0;
  for (const para of article.paragraphs)
    for (const sent of para.sentences) {
      while (h < hits.length && hits[h]! < sent.start) h++;
      if (h >= hits.length || hits[h]! >= sent.end) continue;
      // A question reports nothing ("Do you think Trump said …?").
      if (/\?\W*$/.test(text.slice(sent.start, sent.end))) continue;
      const toks = tokensOf(
        layer,
        sent.start,
        sent.end,
        spans,
        firstSpanEndingAfter(spans, sent.start),
        doc.switches,
      );
      const speakers = new Map<ReportedCue, Speaker | null>();
      const speakerOf = (c: ReportedCue) => {
        if (!speakers.has(c)) speakers.set(c, trustedSpeaker(doc, c));
        return speakers.get(c)!;
      };
      for (const cue of sentenceCues(doc, toks, speakerOf)) {
        const sp = speakerOf(cue);
        if (!sp) continue;
        while (pp + 1 < article.passages.length && article.passages[pp + 1]!.start <= cue.start) pp++;
        out.push({
          id: `${article.docId}:r${out.length}`,
          docId: article.docId,
          passageId: article.passages[pp]?.id ?? `${article.docId}:0`,
          text: text.slice(cue.start, cue.end),
          start: cue.start,
          end: cue.end,
          kind: "reported",
          speakerId: sp.kind !== "unnamed" ? sp.id : null,
          speakerText: sp.text,
          cue: cue.cue,
          speakerName: sp.name,
          speakerKind: sp.kind,
          via: "cue",
        });
      }
    }
  return out;
}

/** The switchable rules of reported speech, in the order they run (for the ablation table). */
export const REPORTED_STEPS: readonly { name: string; doc: string }[] = [
  { name: "reported-speech", doc: "reported speech at all (the rules below)" },
  ...REPORTED_RULES,
  ...REPORTED_SWITCHES,
  ...LONG_SUBJECT_SWITCHES,
  DOCUMENT_SWITCH,
  CONTROL_SWITCH,
  COORDINATED_SWITCH,
  DASH_ASIDE_SWITCH,
  ACCORDING_SOURCE_SWITCH,
  ACCORDING_MEDIAL_SWITCH,
  DAY_PART_SWITCH,
  PARTICIPLE_OPENER_SWITCH,
  WHILE_PARTICIPLE_SWITCH,
  NAME_WORD_SWITCH,
  MORE_VERBS_SWITCH,
  TAG_PARTICIPLE_SWITCH,
  TAG_ROLE_BEFORE_NAME_SWITCH,
  JOINT_SWITCH,
  ADJECTIVE_NAME_SWITCH,
  WRITER_OPENS_SWITCH,
  WHOLE_BEFORE_TAG,
  CUT_AT_SUBORDINATE,
  UNTRUSTED_NO_CUT,
  SAME_PERSON_PRONOUN,
  SHORT_CONTENT_SWITCH,
  PLURAL_SUBJECT_VERB_SWITCH,
  PRONOUN_GENDER_CLASH_SWITCH,
  {
    name: "reported-possessive-role",
    doc: '"Sanders\' campaign says", "Trump\'s campaign manager said": the role with its possessor, unnamed',
  },
  ...REPORTED_SPEAKER_CHECKS,
  {
    name: "quote-in-reported",
    doc: '`Calloway said the crews were "patient"`: a quotation with no speaker takes the reported speaker around it',
  },
];

/** Might the article hold reported speech (a cue word anywhere)? Cheap: one scan of the text. */
export function mayReport(article: { text: string }, switches: StepSwitches): boolean {
  if (!isOn("quotes", "reported-speech", switches)) return false;
  CUE_SCAN.lastIndex = 0;
  return CUE_SCAN.test(article.text);
}
