// Speaker-name classes of session 23's name task (issue #13, BBC study sets 42-48): words the
// quote layer read as a name that are none.

import { ROLE_HEADS } from "../lexicons/titles.ts";
import { isOn, type StepSwitches } from "../steps.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteDoc } from "./state.ts";
import { ROLE_LIKE, type Tok } from "./tokens.ts";

const OWN_NOUN_SWITCH = {
  name: "own-noun",
  doc: '"Mr Dalby\'s own remarks had drawn anger": a word right after "own" is a noun, no speech verb (so "Mr Dalby\'s own" is no subject)',
};

/** "Mr Dalby's own remarks", "their own claims": "own" before a word makes it a noun, whatever
 *  verb it may also be; the indirect-speech step would read the words before as its subject. */
export function afterOwn(toks: Tok[], j: number, switches: StepSwitches): boolean {
  const p = toks[j - 1];
  return p?.type === "w" && p.lower === "own" && isOn("quotes", OWN_NOUN_SWITCH.name, switches);
}

const OWN_POSSESSOR_SWITCH = {
  name: "own-possessor-pronoun",
  doc: '"Mr Dalby\'s own remarks had drawn anger - he told …": the person whose "own" opens the sentence may be its he/she',
};

/** "Mr Dalby's own remarks …, he told": "own" stresses the possessor's part in what follows, so a
 *  he/she after it takes up the possessor, unlike "Mr Dalby's lawyer said he …" (leading-possessive.ts). */
export const ownPossessor = (text: string, end: number, switches: StepSwitches): boolean =>
  /^['’]s?\s+own\s/u.test(text.slice(end, end + 8)) && isOn("quotes", OWN_POSSESSOR_SWITCH.name, switches);

const AND_SHOW_ROLE_SWITCH = {
  name: "inverted-and-show-role-name",
  doc: '`," said Ant and Dec executive producer Sara Lind`: the name after a role that a show or firm named with "and" modifies',
};

/** "Ant and Dec executive producer Sara Lind": two capitalised names joined by "and" (no
 *  possessive: "Hale and Dunn's" is set 33's), one to three lower-case words closing on a role,
 *  then a full name. */
const AND_SHOW_ROLE_NAME =
  /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:and|&)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}'’-]|\s+\p{Lu})/u;

/** `," said Ant and Dec executive producer Sara Lind`: the phrase reader stops at "and" and gives
 *  the show's first word; a lower-case role between the joined names and a full name makes them the
 *  role's modifier (a show, a firm, a duo), and the name after the role speaks. */
export function nameAfterAndShowRole(role: Phrase, text: string, switches: StepSwitches): Phrase | null {
  if (!isOn("quotes", AND_SHOW_ROLE_SWITCH.name, switches)) return null;
  const m = AND_SHOW_ROLE_NAME.exec(text.slice(role.start, role.start + 120));
  if (!m || !(ROLE_HEADS.has(m[1]!) || ROLE_LIKE.test(m[1]!))) return null;
  const start = role.start + m[0].length - m[2]!.length;
  return { start, end: start + m[2]!.length, text: m[2]! };
}

const MEMBERS_OF_ORG_SWITCH = {
  name: "members-of-organisation",
  doc: '"The remaining members of Vexhound said they …": the members of a named band, club or party speak as it',
};

/** "(the) (remaining) members of <Name>": the words before the name, up to one modifier. */
const MEMBERS_OF = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)?members\s+of\s+(?:the\s+)?(?=\p{Lu})/iu;

/** "The remaining members of Vexhound": the organisation the model names after "members of", when
 *  it closes the phrase; a group of a body's members speaks for it, as the body's name would. */
export function membersOfOrganisation(doc: QuoteDoc, p: Phrase): Phrase | null {
  if (!isOn("quotes", MEMBERS_OF_ORG_SWITCH.name, doc.switches)) return null;
  const m = MEMBERS_OF.exec(p.text);
  if (!m) return null;
  const at = p.start + m[0].length;
  const org = doc.actors.mentionAt(doc.article.docId, at, p.end);
  if (!org || doc.actors.byId.get(org.actorId)?.kind !== "organization") return null;
  return { start: at, end: p.end, text: p.text.slice(m[0].length) };
}

/** The inline switches of these classes, for the ablation. */
export const S23_NAME_SWITCHES = [
  OWN_NOUN_SWITCH,
  OWN_POSSESSOR_SWITCH,
  AND_SHOW_ROLE_SWITCH,
  MEMBERS_OF_ORG_SWITCH,
];
