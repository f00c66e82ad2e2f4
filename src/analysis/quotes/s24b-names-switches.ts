// Speaker-name classes of session 24's second name task (issue #13, BBC study sets 52-55).

import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES } from "../lexicons/person-names.ts";
import { TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";
import { type Alternative, isOn, type StepSwitches } from "../steps.ts";
import { nameRun, type Phrase, phraseOf } from "./phrases.ts";
import { resolveHeShe } from "./pronouns.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import { isCap, type Tok } from "./tokens.ts";
import type { Speaker } from "./types.ts";

const POSSESSED_OFFICE_SWITCH = {
  name: "possessed-capital-office",
  doc: '"Chile\'s President, Rosa Vidal, said", "Acme\'s Chief Executive, Tom Hale,": an office owned by a named country or body is a description, and the name in apposition to it speaks',
};

/** "Chile's President", "the firm's Chief Executive", "Acme's Head of Sales": a possessive (of a
 *  name or a described owner) and one to four capitalised office words ending in an office head.
 *  Capitalised, the office reads like a name, so the name set off after it was dropped. */
export function possessedOffice(text: string, switches: StepSwitches | undefined): boolean {
  if (!switches || !isOn("quotes", POSSESSED_OFFICE_SWITCH.name, switches)) return false;
  const m = /^(?:the\s+)?(?:\p{L}[\p{L}.&-]*\s+){0,3}\p{L}[\p{L}.&-]*['’]s?\s+(.+)$/iu.exec(text);
  const w = m ? m[1]!.split(/\s+/) : [];
  if (w.length < 1 || w.length > 4 || !TITLE_HEADS.has(w[w.length - 1]!)) return false;
  return w.slice(0, -1).every((x) => TITLE_MODIFIERS.has(x) || TITLE_HEADS.has(x));
}

const NAME_COMMA_BODY_SWITCH = {
  name: "name-comma-body-subject",
  doc: '"Jane Rowe, Seaview Traders Association said: …": a person\'s name, a comma and the body they speak for (its closing comma left out) opening the sentence; the person speaks, not the body',
};

/** "Jane Rowe, Seaview Traders Association said": when the subject `p` read back from the verb is
 *  a body's name (a body's head after its first word: "Association", "Chamber of …") right after "<Given> <Surname>," opening the
 *  sentence, the person; the body is only their affiliation, its closing comma left out. */
export function personBeforeBody(
  p: Phrase,
  toks: Tok[],
  text: string,
  switches: StepSwitches,
): Phrase | null {
  if (!isOn("quotes", NAME_COMMA_BODY_SWITCH.name, switches)) return null;
  const a = toks.findIndex((t) => t.start === p.start);
  const words = p.text.split(/\s+/);
  if (a < 3 || toks[a - 1]!.text !== "," || words.length < 2) return null;
  if (!words.slice(1).some((w) => ORG_NAME_HEADS.has(w)) || !isCap(toks[a]!)) return null;
  // (the name: two or three capitalised words, a given name first, opening the sentence)
  for (let s = a - 3; s >= Math.max(0, a - 4); s--) {
    const before = toks[s - 1];
    const opens = !before || before.type === "q" || /^[:.]$/.test(before.text);
    if (opens && GIVEN_NAMES.has(toks[s]!.text) && nameRun(toks, s, a - 1))
      return phraseOf(toks, s, a - 2, text);
  }
  return null;
}

const KIN_GIVEN_NAME_SWITCH = {
  name: "pronoun-kin-given-name",
  doc: '"His brother Ravi, the vice-chairman, said" after "chairman Sunil Mehta": a relative named by a given name alone after his/her and a kin noun has the family\'s surname',
};

/** "his brother Ravi", "Her daughter, Ada,": a possessive pronoun, a blood relative's noun, one given name. */
const PRONOUN_KIN_GIVEN =
  /^(his|her)\s+(?:(?:younger|older|elder|twin|late)\s+)?(brother|sister|son|daughter|father|mother|grandson|granddaughter|grandfather|grandmother|nephew|niece|uncle|cousin),?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)$/iu;

/** The relative "his brother Ravi" names, with the surname of the person "his" is (a blood
 *  relative shares the family name); null when the phrase is another or "his" resolves to no one. */
export const KIN_GIVEN_NAME_RULE: Alternative<SpeakerInput, Speaker> = {
  ...KIN_GIVEN_NAME_SWITCH,
  try: ({ doc, p }) => {
    const m = PRONOUN_KIN_GIVEN.exec(p.text);
    if (!m) return null;
    const pron = { start: p.start, end: p.start + m[1]!.length, text: m[1]! };
    const owner = resolveHeShe(doc, pron, /^his$/i.test(m[1]!) ? "male" : "female");
    const parts = owner.id && owner.kind === "person" ? (owner.name ?? "").split(/\s+/) : [];
    // (a full name only: "his brother Ravi" after a lone "Mehta" still gives "Ravi Mehta")
    const surname = parts.length > 0 ? parts[parts.length - 1]! : "";
    if (!/^\p{Lu}/u.test(surname) || surname === m[3]) return null;
    const name = `${m[3]} ${surname}`;
    const actor = doc.actors.resolve(name);
    return { ...p, id: actor?.id ?? null, name: actor?.name ?? name, kind: "person", gender: "any" };
  },
};

export const S24B_NAMES_SWITCHES = [POSSESSED_OFFICE_SWITCH, NAME_COMMA_BODY_SWITCH, KIN_GIVEN_NAME_SWITCH];
