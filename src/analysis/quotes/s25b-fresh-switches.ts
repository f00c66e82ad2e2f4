// Session 25b (issue #13), fresh sets 56 and 57.
// - "When Ann Roe died, Governor Tom Ashby led the tributes, saying she “…”": a participle after a
//   comma shares the subject of its sentence's main clause. A sentence may open on a fronted
//   adverbial clause (of time, cause, condition or concession: "When …", "After …", "Because …",
//   "If …", "Although …"), whose own subject is never the main clause's; the main subject comes
//   after that clause's comma. The participle-subject rule took the fronted clause's subject.
// - "Ann Roe was reported to have suggested the mayor was planning bigger “cuts”": a passive verb of
//   report or belief raises the subject of the speech verb in its infinitive ("is said to have told",
//   "was understood to have warned", "is reported to have called"); that subject spoke, the
//   infinitive is not subjectless.
// - "The board wants penalties for “repeated breaches”, and a ban on future work, a spokeswoman for
//   the board's London office told the BBC.": a closing tag speaks for its whole sentence, terms
//   included, also when its described source has a post-modifier naming whom it speaks for ("a
//   spokeswoman for …", "a senior official at …") and when the one told follows its "told" ("told
//   the BBC", "told reporters"); the described-closing-tag rule read neither.
// - "“…,” news agency Ritzau quoted several officials as saying": whoever stands between "quoted"
//   and "as saying" spoke the words, a lowercase group ("several officials", "two local
//   residents") as much as a name; the tag-quoted-as-saying rule read only a phrase it knew.

import { ANONYMOUS_HEADS } from "../lexicons/sources.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { APPOSED_NAME_SWITCH, apposedName } from "./apposed-name.ts";
import { nameBeforeVerbObject } from "./name-verb-object.ts";
import { nameBeforeWhoClause } from "./participle-who.ts";
import { type Cue, type Phrase, phraseBefore, phraseOf, sentenceSubject } from "./phrases.ts";
import { possessedRoleName } from "./possessed-role-name.ts";
import { nameAfterRoleAcronym, ROLE_ACRONYM_NAME_SWITCH } from "./role-acronym-name.ts";
import { cutAtIrregularPast, IRREGULAR_PAST_SUBJECT_SWITCH } from "./s25-irregular-past.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { pastHearer } from "./tail-hearer.ts";
import { isCap, type Tok } from "./tokens.ts";

/** The switch of the fronted clause before a participle's main subject. */
const FRONTED_MAIN_SUBJECT_SWITCH = {
  name: "participle-past-fronted-clause",
  doc: "\"When Ann Roe died, Tom Ashby led the tributes, saying “…”\": a participle's subject is the main clause's, after a fronted adverbial clause's comma",
};

/** Subordinators that open a fronted adverbial clause ("as" and "like" open phrases too often). */
const SUBORDINATORS =
  /^(?:when|whenever|after|before|once|since|until|till|because|while|whilst|although|though|if|unless|whereas)$/;

/** The main clause's subject of a sentence opening on a fronted adverbial clause, before toks[j]:
 *  after the first of the clause's commas that a subject follows; null for any other sentence. */
function mainSubjectPastFronted(toks: Tok[], j: number, text: string): Phrase | null {
  // (a quotation may end a sentence of its own before it: "“…” When Roe died, …")
  const s = toks[0]?.type === "q" ? 1 : 0;
  if (toks[s]?.type !== "w" || !SUBORDINATORS.test(toks[s]!.lower)) return null;
  for (let c = s + 2; c < j - 1; c++) {
    const t = toks[c]!;
    if (t.type === "q") return null;
    if (t.text !== ",") continue;
    const p = sentenceSubject(toks.slice(c + 1), j - c - 1, text);
    if (p) return p;
  }
  return null;
}

/** The switch of the same reading for reported speech (reported-subject.ts). */
const REPORTED_PAST_FRONTED_SWITCH = {
  name: "reported-participle-past-fronted-clause",
  doc: "\"When Ann Roe died, Tom Ashby led the tributes, saying she had changed …\": a reporting participle's subject is the main clause's, after a fronted adverbial clause's comma",
};

/** The main subject past a fronted adverbial clause for a reporting participle toks[j] (switch). */
export function reportedPastFronted(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  return isOn("quotes", REPORTED_PAST_FRONTED_SWITCH.name, switches)
    ? mainSubjectPastFronted(toks, j, text)
    : null;
}

/** The subject of a participle after a comma ("…, saying"): the sentence's main subject. */
function participleSentenceSubject(
  toks: Tok[],
  j: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  const main = isOn("quotes", FRONTED_MAIN_SUBJECT_SWITCH.name, switches)
    ? mainSubjectPastFronted(toks, j, text)
    : null;
  return main ?? sentenceSubject(toks, j, text);
}

/** "…, saying": the subject that opens the sentence (the cue-before rule, moved here from cue-before.ts). */
export const PARTICIPLE_SUBJECT_RULE: Alternative<VerbAt, Phrase> = {
  name: "participle-subject",
  doc: '"…, saying": the subject that opens the sentence',
  try: (v) => {
    let s = /ing$/.test(v.toks[v.j]!.lower)
      ? (nameBeforeWhoClause(v.toks, v.j, v.text, v.switches) ??
        participleSentenceSubject(v.toks, v.j, v.text, v.switches))
      : null;
    // (ended at an irregular past verb: "Ann Roe held back, saying", switch "subject-ends-at-irregular-past")
    if (s && isOn("quotes", IRREGULAR_PAST_SUBJECT_SWITCH.name, v.switches))
      s = cutAtIrregularPast(s, v.toks, v.text) ?? s;
    if (s && isOn("quotes", APPOSED_NAME_SWITCH.name, v.switches)) s = apposedName(s, v.toks, v.text) ?? s;
    if (s) s = possessedRoleName(s, v.text, v.switches) ?? s;
    if (s && isOn("quotes", ROLE_ACRONYM_NAME_SWITCH.name, v.switches))
      s = nameAfterRoleAcronym(s, v.text) ?? s;
    // (cut to the name before its own verb and object, switch "participle-name-before-verb")
    return s && isOn("quotes", "participle-name-before-verb", v.switches)
      ? nameBeforeVerbObject(s, v.toks, v.text, v.switches, true)
      : s;
  },
};

/** Passive participles of report or belief that raise an infinitive's subject ("is said to have told"). */
const RAISING_REPORT =
  /^(?:said|reported|understood|believed|thought|alleged|rumoured|rumored|known|claimed|quoted)$/;
const BE = /^(?:is|are|was|were|been|being|be)$/;

/** "Ann Roe was reported to have suggested", "is said to have told": the subject of the passive
 *  report verb the speech verb's infinitive hangs on (a rule of cue-before.ts's SUBJECT_RULES). */
export const RAISED_REPORT_SUBJECT_RULE: Alternative<VerbAt, Phrase> = {
  name: "raised-report-subject",
  doc: '"Ann Roe was reported to have suggested …", "is said to have told": the subject of the passive report verb the infinitive hangs on',
  try: ({ toks, j, text }) => {
    let k = j - 1;
    if (toks[k]?.lower === "have") k--;
    if (toks[k]?.lower !== "to" || !RAISING_REPORT.test(toks[k - 1]?.lower ?? "")) return null;
    // (the passive's "be": "was reported", "has been said", "is widely believed")
    let v = k - 1;
    if (/ly$/.test(toks[v - 1]?.lower ?? "")) v--;
    if (!BE.test(toks[v - 1]?.lower ?? "")) return null;
    v--;
    if (/^(?:has|have|had)$/.test(toks[v - 1]?.lower ?? "")) v--;
    const p = v > 0 ? phraseBefore(toks, v, text) : null;
    // ("It is said to have …": an empty "it" is no speaker)
    return p && p.text.toLowerCase() !== "it" ? p : null;
  },
};

/** The switch of a described closing tag with a post-modifier or a hearer (described-closing-tag.ts). */
export const DESCRIBED_TAG_OF_SWITCH = {
  name: "described-tag-of-body",
  doc: '"…, a spokeswoman for the board\'s London office told the BBC.": a described closing tag with a post-modifier naming whom it speaks for, or with the one told after it',
};

/** toks[a..b] is a described source with a post-modifier: a determiner, lowercase words ending in
 *  an anonymous source's noun, then "for"/"at"/"from"/"of" and a short phrase ("a spokeswoman for
 *  the board's London office", "a senior official at the ministry"). */
export function describedOf(toks: Tok[], a: number, b: number, switches: StepSwitches): boolean {
  if (!isOn("quotes", DESCRIBED_TAG_OF_SWITCH.name, switches) || b - a > 9) return false;
  if (!/^(?:a|an|the|one|two|three)$/.test(toks[a]?.lower ?? "")) return false;
  const p = toks.findIndex((t, i) => i > a && i <= b && /^(?:for|at|from|of)$/.test(t.lower));
  if (p < a + 2 || p >= b || !ANONYMOUS_HEADS.has(toks[p - 1]!.lower)) return false;
  const head = toks.slice(a + 1, p);
  const rest = toks.slice(p + 1, b + 1);
  // (the head in lowercase words; whom it speaks for in words and possessives, a name among them)
  return (
    head.every((t) => t.type === "w" && !isCap(t)) &&
    rest.every((t) => t.type === "w") &&
    rest.some((t) => isCap(t) || /^(?:the|its)$/.test(t.lower))
  );
}

/** The index past the one told after a closing tag's "told" ("told the BBC", "told reporters"),
 *  else past the verb. */
export function heardPast(toks: Tok[], v: number, last: number, switches: StepSwitches): number {
  if (!isOn("quotes", DESCRIBED_TAG_OF_SWITCH.name, switches)) return v + 1;
  const k = pastHearer(toks, v, last);
  return k === v + 1 && toks[v]?.lower === "told" && /^(?:reporters|journalists)$/.test(toks[k]?.lower ?? "")
    ? k + 1
    : k;
}

/** The switch of any group quoted "as saying" (quoted-as-saying.ts). */
const QUOTED_GROUP_SWITCH = {
  name: "quoted-group-as-saying",
  doc: '"“…,” news agency Ritzau quoted several officials as saying": the words between "quoted" and "as saying" name who spoke',
};

/** "quoted several officials as saying" after the verb toks[v]: up to eight words before "as
 *  saying" (no punctuation, no other verb of saying) are the speaker, else null. */
export function quotedGroupAsSaying(
  toks: Tok[],
  v: number,
  text: string,
  switches: StepSwitches,
): Cue | null {
  if (!isOn("quotes", QUOTED_GROUP_SWITCH.name, switches)) return null;
  const as = toks.findIndex((t, i) => i > v + 1 && i <= v + 9 && t.lower === "as");
  if (as < 0 || !/^(?:saying|telling)$/.test(toks[as + 1]?.lower ?? "")) return null;
  if (toks.slice(v + 1, as).some((t) => t.type !== "w")) return null;
  return { speaker: phraseOf(toks, v + 1, as - 1, text), cue: "quoted as saying", label: false };
}

/** The inline switches of this file, for the ablation (study-set-switches.ts). */
export const S25B_FRESH_SWITCHES = [
  FRONTED_MAIN_SUBJECT_SWITCH,
  IRREGULAR_PAST_SUBJECT_SWITCH,
  DESCRIBED_TAG_OF_SWITCH,
  QUOTED_GROUP_SWITCH,
];
