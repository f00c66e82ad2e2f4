// Speaker classes found on BBC study set 33 (issue #13): subject rules (SUBJECT_RULES entries,
// listed by their table for the ablation) and switches for inline-switches.ts.

import { POST_NOMINALS, ROLE_HEADS } from "../lexicons/titles.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { type Cue, nameRun, type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
import { personNamesIn, previousSentenceStart } from "./prior-subject.ts";
import { MENTIONED_WORD_SWITCH } from "./set33-mentioned.ts";
import { SHARED_CLOSING_TAG_SWITCH } from "./set33-shared-tag.ts";
import { STATES_NOUN_SWITCH } from "./set33-states.ts";
import type { QuoteDoc } from "./state.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import { isCap, isVerbish, type Tok } from "./tokens.ts";

/** "Ann Bell MP, said:": a post-nominal is set off by commas ("Ann Bell, MP, said"); with the first
 *  comma dropped, the one left between it and the verb still closes the subject, not a clause. */
const POST_NOMINAL_COMMA_RULE: Alternative<VerbAt, Phrase> = {
  name: "post-nominal-comma",
  doc: '"Ann Bell MP, said:", "Tom Hale QC, told": the name before a post-nominal and a comma',
  try: ({ toks, j, b, text }) => {
    const comma = toks[b];
    const post = toks[b - 1];
    if (comma?.text !== "," || b !== j - 1 || !post || !POST_NOMINALS.has(post.text)) return null;
    // (a name set off by commas on both sides is an apposition, read by the apposition rules)
    const p = phraseBefore(toks, b, text);
    const open = p ? toks[toks.findIndex((t) => t.start === p.start) - 1] : undefined;
    return p && open?.text !== "," ? p : null;
  },
};

/** "The move was welcomed by Calder, which described it as "…"": a which-clause set off by a
 *  comma on a capitalised name gives the verb the name (a body or a place standing for its
 *  government), as "who" gives it a person (cue-before.ts relative-clause). */
const WHICH_NAME_RULE: Alternative<VerbAt, Phrase> = {
  name: "which-clause-name",
  doc: '"welcomed by Calder, which described it as “…”": the capitalised name a comma and "which" follow',
  try: ({ toks, b, text }) => {
    if (toks[b]?.lower !== "which" || toks[b - 1]?.text !== ",") return null;
    const p = phraseBefore(toks, b - 1, text);
    return p && /^\p{Lu}/u.test(p.text) ? p : null;
  },
};

/** "Hale and Dunn's Sam Rudd": a firm's name joined by "and", its possessive, up to three role
 *  words and a person's full name. */
const AND_FIRM_PERSON =
  /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*\s+(?:and|&)\s+\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*)*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/u;

/** `"…," added Hale and Dunn's Sam Rudd`: after an inverted verb, a firm named with "and" owns the
 *  person named after its possessive; the person speaks, not the firm's first name (the phrase
 *  reader stops at "and"; cue-after.ts tag-said-x). */
const AND_FIRM_PERSON_SWITCH = {
  name: "inverted-and-firm-person",
  doc: '`"…," added Hale and Dunn\'s Sam Rudd`: the person after the possessive of a firm named with "and"',
};

/** The person's name after a firm's "A and B's" that `role` opens, else null. */
export function andFirmPerson(role: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", AND_FIRM_PERSON_SWITCH.name, switches)) return null;
  const m = AND_FIRM_PERSON.exec(text.slice(role.start, role.start + 120));
  if (!m) return null;
  const start = role.start + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]! };
}

/** The subject rules of set 33's classes (spread into SUBJECT_RULES by residual19-switches.ts). */
export const SET33_SUBJECT_RULES = [POST_NOMINAL_COMMA_RULE, WHICH_NAME_RULE];

/** "Chairman of the Audit Committee Ann Bell MP said": a body's name run into its office holder's
 *  (actors/set33-steps.ts reads them apart) gives the person, not the run as one name. */
const BODY_THEN_PERSON_SWITCH = {
  name: "body-then-person",
  doc: '"Chairman of the Audit Committee Ann Bell MP said": the person named right after a body\'s name, not the run',
};

/** The person mention ending `p` (past post-nominals) right after an organisation mention that
 *  opens it, or follows a title and "of (the)", as the model reads them. */
export function personAfterBody(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", BODY_THEN_PERSON_SWITCH.name, doc.switches)) return null;
  const ms = doc.actors.mentionsIn(doc.article.docId).filter((m) => m.start >= p.start && m.end <= p.end);
  const kind = (id: string) => doc.actors.byId.get(id)?.kind;
  const [org, person] = ms;
  if (ms.length !== 2 || kind(org!.actorId) !== "organization" || kind(person!.actorId) !== "person")
    return null;
  // (the body may follow its holder's title: "Chairman of the")
  const title = doc.text.slice(p.start, org!.start);
  if (title && !/^(?:\p{Lu}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?$/u.test(title)) return null;
  if (!/^\s+$/.test(doc.text.slice(org!.end, person!.start))) return null;
  const tail = doc.text.slice(person!.end, p.end).trim();
  if (tail && !tail.split(/\s+/).every((w) => POST_NOMINALS.has(w))) return null;
  return { start: person!.start, end: person!.end, text: person!.text };
}

/** "A close associate of Ann Roe has told a court …": in a lead whose subject opens on "A"/"An", a
 *  person named after "of" or "to" (with up to three modifiers, "of former Lumen boss Ann Roe") is
 *  whom the unnamed subject is known by, not the subject (lead-named-next.ts). */
const LEAD_REFERENCE_SWITCH = {
  name: "lead-reference-person",
  doc: '"A close associate of Ann Roe has told a court …. Tom Hale has been on trial …": Ann Roe is no subject; the next sentence names the source',
};

/** Is the person mention at `at` in the lead (from `leadStart`) a point of reference after "of"/"to"? */
export function leadReference(doc: QuoteDoc, leadStart: number, at: number): boolean {
  if (!isOn("quotes", LEAD_REFERENCE_SWITCH.name, doc.switches)) return false;
  const before = doc.text.slice(leadStart, at);
  return /^(?:A|An)\s/.test(before) && /\s(?:of|to)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before);
}

/** "For Ann Bell, this is real progress: "…"": a sentence opening on "For" and a name, then a
 *  comma, gives the view of that name; the statement its colon introduces is the name's. */
const FOR_NAME_COLON_SWITCH = {
  name: "for-name-colon",
  doc: '"For Ann Bell, this is real progress: “…”": the name after an opening "For" speaks the statement after the colon',
};

/** The cue of the statement toks[j] after `For <Name>, … :` with no verb of saying, else null. */
export function forNameColon(toks: Tok[], j: number, text: string, switches?: StepSwitches): Cue | null {
  if (!switches || !isOn("quotes", FOR_NAME_COLON_SWITCH.name, switches)) return null;
  if (toks[j - 1]?.text !== ":" || toks[0]?.lower !== "for" || j > 20) return null;
  let e = 1;
  while (e < j && e <= 4 && isCap(toks[e]!)) e++;
  if (toks[e]?.text !== "," || !nameRun(toks, 1, e) || e < 3) return null;
  for (let k = e + 1; k < j - 1; k++) if (toks[k]!.type !== "w" || isVerbish(toks[k]!)) return null;
  return { speaker: phraseOf(toks, 1, e - 1, text), cue: ":", label: false };
}

/** "Rovers legend Tom Hale has urged …. The ex-Rovers assistant boss also warned …. He told …": a
 *  description by a role held before ("former", "ex-") takes up a person named before, as an age
 *  or a gendered role noun does (description-subject.ts). */
export const FORMER_ROLE_SWITCH = {
  name: "former-role-description",
  doc: '"The ex-Rovers assistant boss also warned": a description by a former role is the subject the sentence before names',
};

/** Nouns of renown a name follows as a role does ("Rovers legend Tom Hale", "Hollywood star"). */
const FAME_NOUNS = new Set(["legend", "star", "veteran", "great", "icon", "hero", "superstar"]);

/** The person the sentence before `pos` opens on as its subject after capitalised words and a
 *  lowercase role ("Rovers legend Tom Hale has urged"), else null. */
export function roleOpenedSubject(doc: QuoteDoc, pos: number): string | null {
  const from = previousSentenceStart(doc, pos);
  for (const m of personNamesIn(doc, from, pos)) {
    const before = doc.text.slice(from, m.start);
    const words = before.trim().split(/\s+/);
    const role = words.filter((w) => /^\p{Ll}/u.test(w));
    if (!/^(?:\p{Lu}[\p{L}'’-]*\s+)*(?:[\p{Ll}-]+\s+){1,2}$/u.test(before)) return null;
    if (!role.some((w) => ROLE_HEADS.has(w) || FAME_NOUNS.has(w))) return null;
    return /^\s+(?:has|have|had|is|was|\p{Ll}+ed)\b/u.test(doc.text.slice(m.end, m.end + 12))
      ? m.actorId
      : null;
  }
  return null;
}

/** The inline switches of set 33's classes, for the ablation. */
export const SET33_SWITCHES = [
  BODY_THEN_PERSON_SWITCH,
  AND_FIRM_PERSON_SWITCH,
  LEAD_REFERENCE_SWITCH,
  STATES_NOUN_SWITCH,
  FOR_NAME_COLON_SWITCH,
  MENTIONED_WORD_SWITCH,
  SHARED_CLOSING_TAG_SWITCH,
  FORMER_ROLE_SWITCH,
];
