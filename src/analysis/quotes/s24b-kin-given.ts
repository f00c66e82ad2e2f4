// "His brother Sunil said": a relative named by a given name alone after his/her and a kin noun
// (session 24, BBC study sets 52-55) was left as the bare given name.

import type { Alternative } from "../steps.ts";
import { resolveHeShe } from "./pronouns.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

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
