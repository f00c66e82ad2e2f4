// Session 40 (issue #13): "Mrs Blair" in an article that names Tony Blair is his wife, not him.
// An honorific's gender that the person's given name contradicts ("Mrs" before the surname of
// a "Tony", "Mr" before that of a "Sandra") keeps the surname off that person.

import { genderOfName } from "./gender.ts";
import { honorificBefore } from "./surname-honorific.ts";
import type { Local } from "./types.ts";

export const HONORIFIC_GENDER_STEP = {
  name: "honorific-gender",
  doc: "'Mrs Blair' in an article naming Tony Blair: a surname after an honorific of the gender the person's given name contradicts is someone else",
};

/** The gender of the honorific right before `at` ("Mrs", "Sir"), if it has one. */
export function honorificGenderAt(text: string, at: number): "male" | "female" | undefined {
  const h = honorificBefore(text, at);
  const g = h ? genderOfName(h) : "any";
  return g === "any" ? undefined : g;
}

/** Given names either gender bears in the coverage's languages ("Jean", "Andrea", "Dominique" are
 *  men's in French and Italian; "Ashley", "Kelly" either): never evidence against an honorific. */
const EITHER = new Set(
  `jean andrea dominique michele daniele simone nicola camille ashley kelly evelyn vivian marion
  terry leslie lesley robin jan kim sam alex chris jo pat lindsay shannon claude maxime`.split(/\s+/),
);

/** A person's gender as the given name (the first word) of its fullest name says, if it does;
 *  later words are never read ("Oona King" is no king). */
export function givenNameGender(person: Local): "male" | "female" | undefined {
  const given = person.first ? person.tokens[0]! : null;
  return given ? nameGender(given) : undefined;
}

/** The gender of a name's first word as a given name, unless either gender bears it. */
function nameGender(given: string): "male" | "female" | undefined {
  if (EITHER.has(given.toLowerCase())) return undefined;
  const g = genderOfName(given);
  return g === "any" ? undefined : g;
}

/** The gender of a full name's given name ("Tony Blair" → male). */
export const fullNameGender = (full: string): "male" | "female" | undefined =>
  nameGender(full.split(/\s+/)[0] ?? "");

/** One gender said and the other named: "Mrs" against a "Tony". */
type Said = "male" | "female" | undefined;
export const clash = (said: Said, named: Said): boolean =>
  said !== undefined && named !== undefined && said !== named;

/** The honorific before the word at `p.start` says one gender and the person's given name the other. */
export const otherGender = (text: string, p: { start: number }, person: Local): boolean =>
  clash(honorificGenderAt(text, p.start), givenNameGender(person));
