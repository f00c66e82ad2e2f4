// "Harbour chief executive Ann Roe and finance director Ivo Brandt said in the letter": two named
// people (or two named bodies) joined by "and" as the subject of a verb of saying, saying it in
// one text (a letter, a joint statement, a ruling), speak together, as one speaker "Ann Roe and
// Ivo Brandt" (session 25, issue #13; BBC study set 42; the labels' reading of politics/229's two
// judges). Words two speakers only said alike stay no one's (joint-cue.ts, business/449). Each
// conjunct may carry its own role words before it; the tag may stand after the quotation, inverted
// too (`"…," said Ann Roe and Ivo Brandt in a joint statement.`). The quotations that inherited the
// one conjunct the cue held (a split or run-on quotation) follow it. Switch "joint-named-speakers".

import type { Mention } from "../../types.ts";
import { DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS, TITLE_MODIFIERS, TITLE_WORDS } from "../lexicons/titles.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import { isOn, type Step } from "../steps.ts";
import type { QuoteDoc } from "./state.ts";
import type { Speaker } from "./types.ts";

const JOINT_NAMED_SPEAKERS_SWITCH = {
  name: "joint-named-speakers",
  doc: '"chief executive Ann Roe and finance director Ivo Brandt said": two named people or bodies joined by "and" before (or after an inverted) verb of saying speak together, as "Ann Roe and Ivo Brandt"',
};

/** Two people joined as the subject of any verb of saying speak together (session 34). */
export const JOINT_PEOPLE_SWITCH = {
  name: "joint-people-any-words",
  doc: '"singer Ann Roe and drummer Ivo Brandt said": two named people joined by "and" as the subject of a verb of saying (or after an inverted one) speak together, whatever text they said it in',
};

const MODIFIERS = new Set([...TITLE_MODIFIERS].map((w) => w.toLowerCase()));

/** A word of a role or office before a name ("chief", "operating", "officer", "Deputy"). */
const roleWord = (w: string) => {
  const l = w.toLowerCase();
  return TITLE_WORDS.has(l) || ROLE_HEADS.has(l) || MODIFIERS.has(l);
};

/** Up to five role words, each followed by space: the premodifiers of the second conjunct. */
const rolesOnly = (s: string) =>
  s.trim() === "" || (s.trim().split(/\s+/).length <= 5 && s.trim().split(/\s+/).every(roleWord));

/** The text between two conjuncts: "and", then the second one's role words. */
function joined(between: string): boolean {
  const m = /^\s+(?:and|&)\s+(?:the\s+)?((?:[\p{L}-]+\s+)*)$/u.exec(between);
  return !!m && rolesOnly(m[1]!);
}

/** Adverbs that may stand between a joint subject and its verb ("both said", "jointly wrote"). */
const BETWEEN = /^\s+(?:(?:both|also|jointly|together|have|had|has)\s+)*(\p{Ll}+)\b/u;

/** Verbs whose words are one text the subjects wrote or gave together. */
const TEXT_VERBS = /^(?:wrote|write|writes|ruled|rule|rules|signed|sign|signs)$/;

/** "in the letter", "in a joint statement", "in their open letter", "in the ruling": one text
 *  (a document's head among the three words after the determiner), right after the verb. */
const IN_TEXT = /^\s+(?:in|on)\s+(?:a|an|the|their|this|that)\s+((?:[\p{Ll}-]+\s*){1,3})/u;
const ONE_TEXT = new Set([...DOCUMENT_HEADS, "joint", "ruling", "judgment", "judgement"]);
const inText = (after: string) =>
  (IN_TEXT.exec(after)?.[1] ?? "")
    .trim()
    .split(/\s+/)
    .some((w) => ONE_TEXT.has(w));

/** Does the clause open right before `start`, past the first conjunct's premodifiers (role words
 *  and a capitalised body's name: "JP Harbour chief executive")? */
function opensClause(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  // the last sentence or quotation boundary in the window (a full stop may end a word: "Monday.")
  let from = start - 90 < 0 ? 0 : -1;
  for (const b of before.matchAll(/[.!?]["”’]?\s+|["”’]\s+|\n\s*/gu)) from = b.index + b[0].length;
  if (from < 0) return false;
  const words = before
    .slice(from)
    .replace(/^(?:But|And|Both)\s+/, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 7 && words.every((w) => /^\p{Lu}/u.test(w) || roleWord(w) || /^the$/i.test(w));
}

/** `"…," said [roles] A and B`: an inverted verb of saying right before the first conjunct's
 *  premodifiers, after the quotation's closing comma. */
function invertedTag(text: string, start: number): boolean {
  const m = /,["”’]\s+(\p{Ll}+)\s+((?:[\p{L}-]+\s+){0,5})$/u.exec(text.slice(Math.max(0, start - 80), start));
  return !!m && SPEECH_VERB_FORMS.has(m[1]!) && rolesOnly(m[2]!);
}

/** The named (not pronoun or role) mentions of the article. */
const named = (doc: QuoteDoc) =>
  doc.actors.mentionsIn(doc.article.docId).filter((m) => m.via !== "pronoun" && m.via !== "role");

/** The joint speaker of two consecutive named mentions a, b, else null. */
function pairSpeaker(doc: QuoteDoc, a: Mention, b: Mention, sp: Speaker): Speaker | null {
  const { text } = doc;
  const x = doc.actors.byId.get(a.actorId);
  const y = doc.actors.byId.get(b.actorId);
  if (!x || !y || x.id === y.id || x.kind !== y.kind || (x.kind !== "person" && x.kind !== "organization"))
    return null;
  if (!joined(text.slice(a.end, b.start))) return null;
  const v = BETWEEN.exec(text.slice(b.end, b.end + 40));
  const verb = v?.[1];
  const subject = verb !== undefined && SPEECH_VERB_FORMS.has(verb) && opensClause(text, a.start);
  // one text: a verb of writing or ruling, or "in the letter" after the verb (or after B, inverted)
  const oneText = subject
    ? TEXT_VERBS.test(verb) || inText(text.slice(b.end + v![0].length, b.end + v![0].length + 50))
    : inText(text.slice(b.end, b.end + 50)) && invertedTag(text, a.start);
  // (two people as the subject of a verb of saying, or after an inverted one, speak together too:
  // `"…," said Ann Roe and Ivo Brandt`, switch; two bodies alike stay no one's, joint-cue.ts)
  const together =
    x.kind === "person" &&
    (subject || invertedTag(text, a.start)) &&
    isOn("quotes", JOINT_PEOPLE_SWITCH.name, doc.switches);
  if (!oneText && !together) return null;
  return { ...sp, id: null, name: `${x.name} and ${y.name}`, kind: x.kind, gender: "plural" };
}

/** The joint speaker the cue speaker `sp` is one conjunct of, else null. */
function jointOf(doc: QuoteDoc, ms: readonly Mention[], sp: Speaker): Speaker | null {
  const i = ms.findIndex((m) => m.actorId === sp.id && m.start >= sp.start && m.end <= sp.end);
  if (i < 0) return null;
  return (
    (i > 0 ? pairSpeaker(doc, ms[i - 1]!, ms[i]!, sp) : null) ??
    (i + 1 < ms.length ? pairSpeaker(doc, ms[i]!, ms[i + 1]!, sp) : null)
  );
}

export const JOINT_NAMED_SPEAKERS: Step<QuoteDoc> = {
  ...JOINT_NAMED_SPEAKERS_SWITCH,
  run: (doc) => {
    const ms = named(doc);
    const { speakers, via } = doc;
    for (let q = 0; q < speakers.length; q++) {
      const sp = speakers[q];
      if (!sp?.id || via[q] !== "cue" || (sp.kind !== "person" && sp.kind !== "organization")) continue;
      const joint = jointOf(doc, ms, sp);
      if (!joint) continue;
      speakers[q] = joint;
      // the quotations that took the one conjunct from this tag (split, run-on) follow it
      for (let r = q + 1; r < speakers.length && speakers[r]?.id === sp.id && via[r] !== "cue"; r++)
        speakers[r] = { ...speakers[r]!, id: null, name: joint.name, kind: joint.kind, gender: "plural" };
    }
  },
};
