// Switches of the speaker classes that recur across the BBC study sets (session 19, residual
// misses classed across sets): one list for inline-switches.ts, and the rules they name.

import { ORG_NOUNS, ORG_STARTS } from "../lexicons/organisations.ts";
import { ANONYMOUS_HEADS, DOCUMENT_HEADS } from "../lexicons/sources.ts";
import { ROLE_HEADS, TITLE_WORDS } from "../lexicons/titles.ts";
import type { Alternative } from "../steps.ts";
import { orgSubjectBefore } from "./org-subject-before.ts";
import { nameRun, type Phrase, phraseBefore, phraseOf } from "./phrases.ts";
import { namedPersonsBefore, previousSentenceStart, subjectAt } from "./prior-subject.ts";
import { INDEFINITE_PERSON_LINK_RULE } from "./s26b-sources.ts";
import { CARRIED_NOTE_RULE } from "./set32-org.ts";
import { SET33_SUBJECT_RULES } from "./set33-switches.ts";
import { SET34_SUBJECT_RULES } from "./set34-switches.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { at, lastOf, paraOf, speakerForActor } from "./state.ts";
import type { VerbAt } from "./subject-past-apposition.ts";
import type { Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

/** Nouns for what a body puts out, beyond the documents: "new data from …", "figures from …". */
const ISSUED =
  /^(?:data|figures|statistics|numbers|research|analysis|review|warning|forecast|estimate|estimates)$/;

const isIssued = (w: string) => DOCUMENT_HEADS.has(w) || ISSUED.test(w);

/** `new data from website Homefind which suggested owners must hold a "…"`, `a report by the
 *  Lending Council that said`: a that/which clause, set off by no comma, whose own verb is the
 *  speech verb, on the name a document or data came "from" or was put out "by": that name speaks
 *  (which-document handles the clause on the document itself, "a report which said"). */
export const RELATIVE_ISSUER_RULE: Alternative<VerbAt, Phrase> = {
  name: "relative-issuer-no-comma",
  doc: '`data from website Homefind which suggested "…"`, `a report by the Lending Council that said`: the name a document or data came from, before a that/which clause with no comma',
  try: ({ toks, b, text }) => {
    const rel = toks[b];
    if (!rel || !/^(?:which|that)$/.test(rel.lower) || b < 2 || toks[b - 1]!.type !== "w") return null;
    const p = phraseBefore(toks, b, text);
    if (!p) return null;
    if (!/^\p{Lu}/u.test(p.text.split(/\s+/).pop()!)) return null;
    // ("from property website Homefind": up to two lowercase words of what the name is)
    let a = toks.findIndex((t) => t.start === p.start) - 1;
    while (
      a > 0 &&
      toks[a]!.type === "w" &&
      /^\p{Ll}+$/u.test(toks[a]!.text) &&
      !/^(?:from|by)$/.test(toks[a]!.lower)
    )
      if (p.start - toks[a--]!.start > 40) return null;
    if (a < 1 || !/^(?:from|by)$/.test(toks[a]!.lower)) return null;
    for (let k = a - 1; k >= 0 && a - k <= 3; k--) if (isIssued(toks[k]!.lower)) return p;
    return null;
  },
};

const DASH = /^[-–—]$/;
const lowerWord = (t: Tok | undefined) => t?.type === "w" && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);

/** The name ending right before toks[k] (two to four capitalised words): its first index, else -1. */
function nameEndingAt(toks: Tok[], k: number): number {
  for (let s = k - 2; s >= 0 && k - s <= 4; s--) {
    const before = toks[s - 1];
    if (nameRun(toks, s, k) && (before?.type !== "w" || lowerWord(before))) return s;
  }
  return -1;
}

/** `Ben Lark of rights group FairPlay said`, `Ravi Sethi, managing director, of Coral Lane Estates
 *  - a property firm - told`: the person a name "of" an organisation introduces speaks, not the
 *  organisation read back from the verb. The person shows by the organisation's kind written
 *  before its name ("rights group", "think tank"), or by a role between commas after the name. */
export const PERSON_OF_ORG_RULE: Alternative<VerbAt, Phrase> = {
  name: "person-of-organisation",
  doc: '`Ben Lark of rights group FairPlay said`, `Ravi Sethi, managing director, of Coral Lane Estates - a property firm - told`: the person, not the organisation after "of"',
  try: ({ toks, j, b, text }) => {
    let at = j;
    // (past a dash apposition on the organisation: "… Estates - a property firm - told")
    if (DASH.test(toks[b]?.text ?? "")) {
      at = b - 1;
      while (at > 0 && b - at < 12 && !DASH.test(toks[at]!.text)) at--;
      if (!DASH.test(toks[at]?.text ?? "")) return null;
    }
    const p = phraseBefore(toks, at, text);
    if (!p || !/\p{Lu}/u.test(p.text)) return null;
    // (the phrase may open on the kind: "group FairPlay")
    let k = toks.findIndex((t) => t.start === p.start);
    while (k >= 0 && lowerWord(toks[k]) && toks[k]!.end < p.end) k++;
    k--;
    let kind = "";
    while (k > 0 && lowerWord(toks[k]) && toks[k]!.lower !== "of" && kind.split(" ").length <= 3)
      kind = `${toks[k--]!.lower} ${kind}`;
    if (toks[k]?.lower !== "of") return null;
    const kindHead = kind.trim().split(" ").pop() ?? "";
    if (kind && (ORG_NOUNS.has(kindHead) || kindHead === "tank")) {
      const s = nameEndingAt(toks, k);
      return s >= 0 ? phraseOf(toks, s, k - 1, text) : null;
    }
    // ("Ravi Sethi, managing director, of …": a role between commas before "of")
    if (kind || toks[k - 1]?.text !== ",") return null;
    let c = k - 2;
    while (c > 0 && k - c <= 5 && lowerWord(toks[c])) c--;
    if (toks[c]?.text !== "," || !ROLE_HEADS.has(toks[k - 2]!.lower)) return null;
    const s = nameEndingAt(toks, c);
    return s >= 0 ? phraseOf(toks, s, c - 1, text) : null;
  },
};

/** `As a result, says the committee, the regulator may need to "…"`: a tag set off by commas
 *  inside the sentence, its subject a body, a document or an anonymous source named by its noun
 *  ("the committee", "the report", "the officials"). The capitalised names of this shape are the
 *  parenthetical-tag rule's. */
export const PARENTHETICAL_DESCRIPTION_RULE: Alternative<VerbAt, Phrase> = {
  name: "parenthetical-description-tag",
  doc: '`As a result, says the committee, the regulator must "…"`: "the" and a body\'s, document\'s or source\'s noun between commas after the verb',
  try: ({ toks, j, b, text }) => {
    if (toks[b]?.text !== "," || toks[j + 1]?.lower !== "the") return null;
    let e = j + 2;
    while (e < toks.length && e - j <= 4 && lowerWord(toks[e])) e++;
    const head = toks[e - 1]!.lower;
    if (e === j + 2 || toks[e]?.text !== ",") return null;
    if (!ORG_NOUNS.has(head) && !DOCUMENT_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) return null;
    return phraseOf(toks, j + 1, e - 1, text);
  },
};

/** Bodies of people that meet and report, beyond the organisation nouns ("the panel suggested"). */
const SITTING_BODIES = /^(?:panel|tribunal|taskforce|jury)$/;

/** "In its report, the Law Board said … . The panel suggested fares could be “graded”": a panel,
 *  tribunal or taskforce named by its noun alone is the organisation the sentences before open
 *  on, as "the body" and "the group" are (org-subject-before.ts); else the one that spoke last
 *  nearby. */
export const SITTING_BODY_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "sitting-body-noun",
  doc: '"The panel suggested …" after "the Law Board said": a panel, tribunal, taskforce or jury named by its noun alone is the organisation the sentences before open on',
  try: ({ doc, p, words, lastWord, definite }) => {
    if (!definite || words.length !== 2 || !SITTING_BODIES.test(lastWord)) return null;
    // "a panel of industry experts … said the panel": the group the article introduced itself.
    if (new RegExp(`\\b(?:a|an)\\s+(?:[a-z-]+\\s+){0,3}${lastWord}\\b`, "i").test(doc.text.slice(0, p.start)))
      return null;
    const first = orgSubjectBefore(doc, p, "any");
    if (first) return first;
    const para = paraOf(doc, p.start);
    const last = lastOf(doc, (h) => h.kind === "organization" && (h.para ?? 0) >= para - 3, p.start);
    return last ? at(last, p) : null;
  },
};

/** "the Newbridge Harrier": "the", one or two capitalised words, a capitalised singular noun. */
const CAPITAL_EPITHET = /^the\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(\p{Lu}\p{Ll}+)$/u;

/** Does the epithet's head name an office or a body ("the Home Secretary", "the Harbour Trust")? */
const officeOrBody = (head: string) =>
  TITLE_WORDS.has(head.toLowerCase()) ||
  ROLE_HEADS.has(head.toLowerCase()) ||
  ORG_NOUNS.has(head.toLowerCase()) ||
  ORG_STARTS.has(head) ||
  // (a plural, or an abstract noun's ending: "the Smithsonian Institution", "the Harbour Authority")
  /(?:s|tion|ty|ment|ship|ance|ence|ism)$/.test(head);

/** `"…," said the Newbridge Harrier` after "Mark Tessel won gold …": in an inverted tag, a capitalised epithet
 *  (club, town or team and a singular noun), never printed without its "the", is the person the
 *  sentence before opens on, as "the director behind X" is (described-person.ts), not a name. */
export const CAPITAL_EPITHET_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "capital-epithet",
  doc: '`"…," said the Newbridge Harrier` after "Mark Tessel won gold …": a capitalised epithet no actor holds is the person the sentence before opens on',
  try: ({ doc, p }) => {
    const m = CAPITAL_EPITHET.exec(p.text);
    if (!m || officeOrBody(m[1]!)) return null;
    // (only in an inverted tag, right after the verb: "said the Newbridge Harrier")
    if (
      !/\b(?:said|says|added|adds|insisted|admitted|explained|told)\s+$/.test(
        doc.text.slice(p.start - 12, p.start),
      )
    )
      return null;
    const name = p.text.replace(/^the\s+/, "");
    const start = p.end - name.length;
    // (an actor of that name only ever printed after "the" is an epithet: no person's name takes it)
    const hit = doc.actors.mentionAt(doc.article.docId, start, p.end);
    const id0 = hit?.actorId ?? doc.actors.resolve(name)?.id;
    // (the model may read it as an organisation: one no other article names)
    if (id0 && (doc.actors.byId.get(id0)?.documents.length ?? 0) > 1) return null;
    const named = doc.actors
      .mentionsIn(doc.article.docId)
      .filter((x) => x.actorId === id0 && x.via !== "pronoun" && x.via !== "role");
    if (id0 && named.some((x) => !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, x.start - 5), x.start))))
      return null;
    // (the earliest subject of the sentence before, as maker-of-works reads it)
    let id: string | null = null;
    for (const x of namedPersonsBefore(doc, p.start, previousSentenceStart(doc, p.start)))
      if (subjectAt(doc.text, x.start, x.end)) id = x.actorId;
    return id ? speakerForActor(doc, id, p) : null;
  },
};

const MAKERS = /^(?:director|star|creator|writer|author|producer|composer|maker)$/;
const TITLE_LINK = /^(?:and|of|the|&|a|an|in|on)$/;

/** The maker's phrase ending right before toks[j] ("The star of Red Valley and Long Road"): the
 *  index of its "The", else -1. Between "of"/"behind" and the verb: only titles' capitalised
 *  words and their links. */
function makerStart(toks: Tok[], j: number): number {
  for (let k = j - 1; k > 0 && j - k <= 12; k--) {
    const t = toks[k]!;
    if (/^(?:of|behind)$/.test(t.lower) && MAKERS.test(toks[k - 1]?.lower ?? "")) {
      let d = k - 2;
      if (lowerWord(toks[d]) && !/^the$/i.test(toks[d]!.text)) d--;
      if (!/^the$/i.test(toks[d]?.text ?? "") || !isCapTok(toks[k + 1]) || j - k < 2) return -1;
      return d;
    }
    if (t.type !== "w" || !(isCapTok(t) || TITLE_LINK.test(t.lower))) return -1;
  }
  return -1;
}
const isCapTok = (t: Tok | undefined) => t?.type === "w" && /^\p{Lu}/u.test(t.text);

/** `The star of Red Valley and Long Road said`: the maker of works two titles name, read whole;
 *  read back from the verb, the phrase stopped at the second title. */
export const MAKER_SUBJECT_RULE: Alternative<VerbAt, Phrase> = {
  name: "maker-of-titles-subject",
  doc: "`The star of Red Valley and Long Road said`: the whole maker phrase, not the last title",
  try: ({ toks, j, text }) => {
    const d = makerStart(toks, j);
    return d >= 0 ? phraseOf(toks, d, j - 1, text) : null;
  },
};

/** `The star of Red Valley said` after "Screen veteran Dan Holloway has criticised …": a maker of
 *  named works opening the sentence is the person the sentence before opens on (maker-of-works,
 *  described-person.ts, reads the lowercase "the" of an inverted tag). */
export const CAPITAL_MAKER_RULE: Alternative<SpeakerInput, Speaker> = {
  name: "maker-of-works-opening",
  doc: '`The star of Red Valley and Long Road said` after "Dan Holloway has criticised …": the person the sentence before opens on',
  try: ({ doc, p }) => {
    const m = /^The\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:of|behind)\s+\p{Lu}/u.exec(p.text);
    if (!m || !MAKERS.test(m[1]!)) return null;
    // (the earliest subject, or a name within the sentence's first words: "Hollywood legend X has")
    const from = previousSentenceStart(doc, p.start);
    let id: string | null = null;
    for (const x of namedPersonsBefore(doc, p.start, from))
      if (subjectAt(doc.text, x.start, x.end) || x.start - from <= 30) id = x.actorId;
    return id ? speakerForActor(doc, id, p) : null;
  },
};

/** The residual classes' subject rules, tried after which-document (each sees only its own shape:
 *  a that/which with no comma, a name "of" an organisation, a tag between commas, a maker of titles). */
export const RESIDUAL19_SUBJECT_RULES = [
  RELATIVE_ISSUER_RULE,
  PERSON_OF_ORG_RULE,
  PARENTHETICAL_DESCRIPTION_RULE,
  MAKER_SUBJECT_RULE,
  // (set 32: "carried a note … that said:")
  CARRIED_NOTE_RULE,
  // (set 33)
  ...SET33_SUBJECT_RULES,
  // (set 34)
  ...SET34_SUBJECT_RULES,
  // (s26b: "a buyer with a Midwest fruit cooperative agreed")
  INDEFINITE_PERSON_LINK_RULE,
];
