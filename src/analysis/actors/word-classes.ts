// Word classes the actor rules share, derived from the lexicons, and small predicates over
// name words (joined, name-shaped, particle surnames).

import type { NameWord as Token } from "../../text/views.ts";
import { NEVER } from "../lexicons/not-names.ts";
import { KNOWN_ORG_PHRASES, ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { GIVEN_NAMES, NAME_SUFFIXES, PARTICLES_IN_ACTOR_NAMES } from "../lexicons/person-names.ts";
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

/** The characters between two tokens that still keep them in one name: spaces, or a plural
 *  possessive before a body's head word ("the British Bankers' Association", "Farmers' Union"). */
export const joined = (text: string, a: Token, b: Token, base: number) => {
  const gap = text.slice(a.end - base, b.start - base);
  return a.possessive
    ? /^['’] {1,2}$/.test(gap) && a.cap && a.text.endsWith("s") && ORG_NAME_HEADS.has(b.text)
    : /^ {1,2}$/.test(gap);
};

/** Months that are also given names ("June Carter", "April Ryan", "Jan Brewer"). */
export const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(["May", "June", "April", "August", "Jan"]);
/** Calendar words that are also surnames, after a known given name ("Theresa May", "Mike Friday";
 *  the weekday, session 43). */
export const MONTH_SURNAMES: ReadonlySet<string> = new Set(["May", "June", "April", "August", "Friday"]);

/** Word i of a run of name words is a month used as a name: a surname after a known given name
 *  ("Theresa May"), or a given name opening a run of two ("June Carter"; chunks.ts keeps only
 *  those with no date word before them). */
export function monthNameAt(words: readonly string[], i: number): boolean {
  const w = words[i]!;
  if (i > 0) return MONTH_SURNAMES.has(w) && GIVEN_NAMES.has(words[i - 1]!);
  const next = words[1];
  return (
    words.length === 2 &&
    MONTH_GIVEN_NAMES.has(w) &&
    !!next &&
    !NEVER.has(next) &&
    /^\p{Lu}\p{Ll}/u.test(next)
  );
}

/** "diCaprio", "deGeneres": a surname with its particle written lower case and run on (not "eBay"). */
const PARTICLE_RUN_ON = /^(?:d[aeiu]|l[ae])\p{Lu}\p{Ll}+$/u;

export function nameShaped(t: Token): boolean {
  return (
    (t.cap && /^\p{Lu}[\p{L}\p{M}'’\-.]*$/u.test(t.text) && !NEVER.has(t.text)) ||
    PARTICLE_RUN_ON.test(t.text) ||
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
