// Coreference rule of session 26's pronoun work (issue #13; PolNeAR train and dev): gender
// agreement known beats gender agreement merely possible. "Kim Dale described Ann Roe as a
// disgrace after she attacked the police": she is Ann Roe, a woman named closer, not Kim Dale,
// whose name says no gender. The walk's subject-first choice took the one of unknown gender, and
// then learned the wrong gender for that person, so every later he/she about them went astray.

import { sentIndex } from "./coref/positions.ts";
import type { Gender } from "./gender.ts";

/** A named person as the coreference walk holds it. */
interface Named {
  actorId: string;
  at: number;
}

/** What the rule reads of one article's coreference run (coref/mentions.ts). */
interface KnownRun {
  inp: { text: string; sentences: ReadonlyArray<{ start: number }> };
  /** Gender per person from names, and learned from resolved pronouns. */
  gender: ReadonlyMap<string, Gender>;
  learned: ReadonlyMap<string, Gender>;
}

export const COREF_KNOWN_GENDER_NEARER_STEP = {
  name: "coref-known-gender-nearer",
  doc: "'Kim Dale described Ann Roe as a disgrace after she …': a person of the he/she's gender named after the chosen one of unknown gender, in this sentence or a later one than theirs, is the he/she",
} as const;

/**
 * The person the he/she `e` takes, given the walk's `chosen`: when `chosen` is of unknown gender,
 * the nearest person of the wanted gender named after it and from `from` (the previous sentence's
 * start) on, subject or not, in the he/she's own sentence or a later one than `chosen`'s (added
 * to `ids`, the candidates); else `chosen`. (The subject of the sentence before keeps it over a
 * name later in that same sentence: "Ann Vale, a Roe voter, backs Tom Hale. … she has …" is
 * Ann Vale's; a reflexive, "Roe himself", is bound in its own clause, the binding reading's.)
 */
export function knownGenderNearer<T extends Named>(
  r: KnownRun,
  chosen: T | undefined,
  named: readonly T[],
  e: { at: number; end: number; want?: "male" | "female" },
  from: number,
  ids: string[],
): T | undefined {
  const genderOf = (id: string) => r.gender.get(id) ?? r.learned.get(id) ?? "any";
  const word = r.inp.text.slice(e.at, e.end).toLowerCase();
  if (!chosen || /self$/.test(word) || genderOf(chosen.actorId) !== "any") return chosen;
  const sentence = (pos: number) => sentIndex(r.inp.sentences, pos);
  const own = sentence(e.at);
  const first = sentence(chosen.at);
  // ("The 31-year-old was third behind Hayley Yelling but she prefers …": a he/she opening a
  // coordinated clause goes on with its sentence's subject, the chosen, session 44)
  const before = r.inp.text.slice(Math.max(0, e.at - 8), e.at);
  if (first === own && /\b(?:but|and|yet)\s+$/i.test(before)) return chosen;
  let best: T | undefined;
  for (const c of named) {
    if (c.at <= chosen.at || c.at < from || c.at >= e.at || genderOf(c.actorId) !== e.want) continue;
    const s = sentence(c.at);
    if (s !== own && s === first) continue;
    if (!best || c.at > best.at) best = c;
  }
  if (best && !ids.includes(best.actorId)) ids.push(best.actorId);
  return best ?? chosen;
}
