// Word classes the actor rules share, derived from the lexicons, and small predicates over
// name words (joined, name-shaped, particle surnames).

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { KNOWN_ORG_PHRASES } from "../lexicons/organisations.ts";
import { NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
import { CREEDS, DEMONYMS } from "../lexicons/places.ts";
import { ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from "../lexicons/titles.ts";

const lowerSet = (s: Set<string>) => new Set([...s].map((w) => w.toLowerCase()));

const TITLE_HEADS_LC = lowerSet(TITLE_HEADS);

export const TITLE_MODIFIERS_LC = lowerSet(TITLE_MODIFIERS);

export const ROLE_WORDS_LC = new Set([
  ...TITLE_HEADS_LC,
  ...ROLE_NOUNS.keys(),
  "executive",
  "boss",
  "chief",
  "head",
]);

export const KNOWN_PHRASES = KNOWN_ORG_PHRASES.map((p) => p.split(" "));

export const COUNTRY_PREFIX = new Set(["U.S.", "US", "UK", "U.K."]);

/** Countries that start the names of national bodies: "UK Athletics", "USA Track and Field". */
export const NATION_PREFIX = new Set([...COUNTRY_PREFIX, "USA", "GB"]);

/** A word that says who a group are, not which group: "Chechen", "Moslem" ("Chechen rebels"). */
export const describesPeople = (w: string): boolean => DEMONYMS.has(w) || CREEDS.has(w);

/** The characters between two tokens that still keep them in one name. */
export const joined = (text: string, a: Token, b: Token, base: number) =>
  /^ {1,2}$/.test(text.slice(a.end - base, b.start - base)) && !a.possessive;

export function nameShaped(t: Token): boolean {
  return (
    (t.cap && /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u.test(t.text) && !NEVER.has(t.text)) ||
    PARTICLES_IN_ACTOR_NAMES.has(t.text) ||
    NAME_SUFFIXES.has(t.text)
  );
}

export function isParticleSurname(toks: Token[]): boolean {
  return (
    toks.length > 1 && toks.slice(0, -1).every((t) => PARTICLES_IN_ACTOR_NAMES.has(t.text.toLowerCase()))
  );
}

export function span(text: string, toks: Token[]): string {
  return text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
}
