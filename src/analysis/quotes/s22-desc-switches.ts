// Session 22 (issue #13), descriptions and role tags: a bare role after "said" is the speaker
// (`"…," said chairman of the Board's audit panel.`), not the body named the sentence before.

import { HONORIFICS, ROLE_GENDER } from "../lexicons/titles.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { describedTagName } from "./described-tag-name.ts";
import { personNoun } from "./person-noun.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { personNamesIn } from "./prior-subject.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { type QuoteDoc, speakerForActor, unnamed } from "./state.ts";
import { isVerbish, type Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

/** `"…," said chairman of the Board's audit panel.`: a role with no article and no name after it
 *  (news style drops the article before a role) is who speaks. */
const BARE_ROLE_AFTER_SAID_SWITCH = {
  name: "tag-said-bare-role-of",
  doc: '`"…," said chairman of the Board\'s audit panel.`: a role without article or name after the verb speaks, not the body named before',
};

/** Prepositions that tie a role to its body ("chairman of", "director at", "spokesman for"). */
const ROLE_LINKS = new Set(["of", "at", "for"]);

/** `chairman of the Board's audit panel` from `at` up to a comma, a full stop or the end: a person's
 *  role noun, a linking preposition, then up to eight words with no verb; else null. */
function bareRoleOf(toks: Tok[], at: number, text: string): Phrase | null {
  const head = toks[at];
  if (head?.type !== "w" || !/^\p{Ll}+$/u.test(head.text) || !personNoun(head.lower)) return null;
  if (!ROLE_LINKS.has(toks[at + 1]?.lower ?? "")) return null;
  let e = at + 2;
  while (e < toks.length && e - at < 10 && toks[e]!.type === "w") {
    const t = toks[e]!;
    if (isVerbish(t) && /^\p{Ll}/u.test(t.text)) return null;
    e++;
  }
  const after = toks[e];
  if (e === at + 2 || (after && !(after.type === "p" && /^[,.]$/.test(after.text)))) return null;
  return phraseOf(toks, at, e - 1, text);
}

/** The speaker after an inverted tag's verb the phrase reader found none for: a name past a
 *  description (described-tag-name.ts), else (switch) a bare role and its body. */
export function describedOrBareRole(
  toks: Tok[],
  at: number,
  text: string,
  switches: StepSwitches,
): Phrase | null {
  const named = describedTagName(toks, at, text);
  if (named || !isOn("quotes", BARE_ROLE_AFTER_SAID_SWITCH.name, switches)) return named;
  return bareRoleOf(toks, at, text);
}

/** "a <role>" (up to two words before the role noun): the role noun, else null. */
const INDEFINITE_ROLE = /^(?:an?|one)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;

/** A name of two or three capitalised words (a styled honorific may come first). */
const NAME_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${[...HONORIFICS].map((h) => h.replace(".", "\\.")).join("|")})\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})`,
  "u",
);

/** Before a role opening a sentence's subject: a quotation and its comma, then up to three
 *  capitalised modifiers ("Home Office minister", "Harbour union spokesman"). */
const SUBJECT_OPENING = /^(?:["“][^"”]*["”],?\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}$/u;

/** The sentence after the one holding offset `at` (the next paragraph's first, at a paragraph's end). */
function nextSentence(doc: QuoteDoc, at: number): { start: number; end: number } | null {
  const paras = doc.article.paragraphs;
  for (let pi = 0; pi < paras.length; pi++) {
    const ss = paras[pi]!.sentences;
    const si = ss.findIndex((s) => s.start <= at && at < s.end);
    if (si < 0) continue;
    return ss[si + 1] ?? paras[pi + 1]?.sentences[0] ?? null;
  }
  return null;
}

/** "This week a judge claimed …. Judge Tom Hale made his remarks …", "a spokesman stressed ….
 *  "…," party spokesman Dr Ann Roe said": an indefinite role the next sentence names after the same
 *  role noun is that person (news writing introduces a source by role, then names it). */
function indefiniteRoleNamedNext(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = INDEFINITE_ROLE.exec(p.text)?.[1];
  if (!head || !personNoun(head) || /s$/.test(head)) return null;
  const next = nextSentence(doc, p.start);
  if (!next) return null;
  const text = doc.text.slice(next.start, next.end);
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}-])${head}(?![\p{L}-])`, "giu"))) {
    const name = NAME_AFTER.exec(text.slice(m.index + m[0].length))?.[1];
    // (only the next sentence's subject, or its tag after a quotation: the one it is about)
    if (!name || !SUBJECT_OPENING.test(text.slice(0, m.index))) continue;
    const actor = doc.actors.resolve(name);
    if (actor?.kind === "person") return speakerForActor(doc, actor.id, p);
    if (!actor) return { ...p, id: null, name, kind: "person", gender: "any" };
  }
  return null;
}

/** Words that tell the sex of a paragraph's subject: its pronouns, and the sex of the event it wins. */
const FEMALE = /(?<![\p{L}'’])(?:she|her|hers|herself|women['’]s)(?![\p{L}'’])/iu;
const MALE = /(?<![\p{L}'’])(?:he|him|his|himself|men['’]s)(?![\p{L}'’])/iu;

/** The sex the paragraph's words before `p` (quotations left out) give its subject, "any" when
 *  none or both. */
function threadSex(doc: QuoteDoc, from: number, p: Phrase): "male" | "female" | "any" {
  let words = "";
  let at = from;
  for (const q of doc.spans) {
    if (q.end <= at || q.start >= p.start) continue;
    words += ` ${doc.text.slice(at, Math.max(at, q.start))}`;
    at = Math.max(at, q.end);
  }
  words += ` ${doc.text.slice(at, p.start)}`;
  const female = FEMALE.test(words);
  const male = MALE.test(words);
  return female === male ? "any" : female ? "female" : "male";
}

/** "Gardener won the men's race. ¶ [lost name] took the women's title. “…,” said the 22-year-old":
 *  a description telling no sex of its own, that the model links to a person its paragraph does not
 *  mention and whose words give its subject the other sex, is someone else: unnamed as written. */
function otherThreadDescription(doc: QuoteDoc, p: Phrase): Speaker | null {
  const ws = p.text.split(/\s+/);
  const head = ws[ws.length - 1]!.toLowerCase();
  if (!/^the$/i.test(ws[0]!) || head in ROLE_GENDER || !/^\d+-year-old$/.test(head)) return null;
  const m = doc.actors.mentionAt(doc.article.docId, p.start, p.end);
  if (m?.via !== "role" || doc.actors.byId.get(m.actorId)?.kind !== "person") return null;
  const sex = doc.actors.genderOf?.(doc.article.docId, m.actorId) ?? "any";
  const para = doc.article.paragraphs.find((x) => x.start <= p.start && p.start < x.end);
  if (sex === "any" || !para) return null;
  const mentioned = doc.actors
    .mentionsIn(doc.article.docId)
    .some((x) => x.actorId === m.actorId && x.start >= para.start && x.start < p.start);
  const told = threadSex(doc, para.start, p);
  return !mentioned && told !== "any" && told !== sex ? unnamed(p) : null;
}

/** "The actor's friend Tom Hale said …. The actor refused": the model links the description to the
 *  person it owns in the sentence before, whom the possessive makes someone else; it is the person
 *  that possessive took up, the one mentioned last before it. */
function possessiveOwnerDescription(doc: QuoteDoc, p: Phrase): Speaker | null {
  const desc = /^the\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)$/iu.exec(p.text)?.[1];
  const m = desc ? doc.actors.mentionAt(doc.article.docId, p.start, p.end) : null;
  if (!desc || m?.via !== "role") return null;
  const ms = doc.actors.mentionsIn(doc.article.docId);
  const re = new RegExp(String.raw`(?<![\p{L}])the\s+${desc}['’]s\s+(?:[\p{Ll}-]+\s+){1,3}$`, "iu");
  const owned = ms.find(
    (x) =>
      x.actorId === m.actorId &&
      x.via === "name" &&
      x.start < p.start &&
      re.test(doc.text.slice(Math.max(0, x.start - 60), x.start)),
  );
  if (!owned) return null;
  const before = ms.filter(
    (x) =>
      x.end <= owned.start - 40 &&
      x.actorId !== m.actorId &&
      doc.actors.byId.get(x.actorId)?.kind === "person",
  );
  const owner = before[before.length - 1];
  return owner ? speakerForActor(doc, owner.actorId, p) : null;
}

/** "its chief", "their spokesman": a body's own role, unnamed. */
const OWN_ROLE = /^(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u;

/** "Harbour Bank has held talks with …, its chief has said. ¶ Ann Roe met …": a body's own role
 *  closing a sentence is the person the next sentence opens on by full name as the subject of a
 *  verb (news writing names the source it just described); not one set off by a comma, who is
 *  introduced as someone new. */
function ownRoleNamedNext(doc: QuoteDoc, p: Phrase): Speaker | null {
  const head = OWN_ROLE.exec(p.text)?.[1];
  if (!head || !personNoun(head) || /s$/.test(head)) return null;
  const next = nextSentence(doc, p.start);
  if (!next) return null;
  const m = personNamesIn(doc, next.start, next.end)[0];
  if (!m || m.start !== next.start || !m.text.includes(" ")) return null;
  return /^\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 3)) ? speakerForActor(doc, m.actorId, p) : null;
}

/** "He is out on bail and the judge agreed …": an office the sentence before's one person is not
 *  tied to when its own sentence refers to that person by he/she before it (office-tied.ts). */
const OFFICE_NOT_PRONOUN_SWITCH = {
  name: "office-tied-not-pronoun",
  doc: '"Hale faced charges. He is out on bail and the judge agreed …": an office after a he/she for the one person named before is not tied to that person',
};

/** Does a he/she (or his/her) for person `id` stand in [from, to)? (switch) */
export function pronounBefore(doc: QuoteDoc, id: string, from: number, to: number): boolean {
  if (!isOn("quotes", OFFICE_NOT_PRONOUN_SWITCH.name, doc.switches)) return false;
  return doc.actors
    .mentionsIn(doc.article.docId)
    .some((m) => m.via === "pronoun" && m.actorId === id && m.start >= from && m.start < to);
}

/** The speaker rules of session 22's description classes (listed in resolve-speaker.ts). */
export const S22_DESC_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  {
    name: "indefinite-role-named-next",
    doc: '"This week a judge claimed …. Judge Tom Hale made his remarks …": an indefinite role the next sentence names after the same role noun is that person',
    try: ({ doc, p }) => indefiniteRoleNamedNext(doc, p),
  },
  {
    name: "description-other-thread",
    doc: '"¶ [lost name] took the women\'s title. “…,” said the 22-year-old": an age description the model links to a man its paragraph never mentions stays unnamed',
    try: ({ doc, p }) => otherThreadDescription(doc, p),
  },
  {
    name: "description-possessive-owner",
    doc: '"The actor\'s friend Tom Hale said …. The actor refused": the description is whom its possessive took up, not the person it owns',
    try: ({ doc, p }) => possessiveOwnerDescription(doc, p),
  },
  {
    name: "own-role-named-next",
    doc: '"…, its chief has said. ¶ Ann Roe met …": a body\'s own role is the person the next sentence opens on by full name',
    try: ({ doc, p }) => ownRoleNamedNext(doc, p),
  },
];

/** The inline switches of session 22's description classes, for the ablation. */
export const S22_DESC_SWITCHES = [BARE_ROLE_AFTER_SAID_SWITCH, OFFICE_NOT_PRONOUN_SWITCH];
