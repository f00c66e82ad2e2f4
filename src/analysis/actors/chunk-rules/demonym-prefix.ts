import { DEMONYM_NOUNS, DEMONYMS } from "../../lexicons/places.ts";
import { knownGivenName } from "../gender.ts";
import { COUNTRY_PREFIX } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "Venezuelan Nicolas Maduro", "US Senator…": a leading demonym or country is not the name. */
export const demonymPrefix: ChunkRule = {
  name: "demonym-prefix",
  doc: "drop a leading demonym or country ('Venezuelan Nicolas Maduro')",
  try: (r) => {
    while (r.c.length > 1 && (DEMONYMS.has(r.c[0]!.text) || COUNTRY_PREFIX.has(r.c[0]!.text)))
      r.c = r.c.slice(1);
    return null;
  },
};

/** "Spaniard Raul Montesinos", "Scot Ian Dunne": a demonym noun before a full name is no part of
 *  it (two words or more left: "Scot Gemmill" and "Dane Bowers" are names; session 44). Read
 *  before the rules that take a run opening on a given name whole. */
export const demonymNounPrefix: ChunkRule = {
  name: "demonym-noun-prefix",
  doc: "drop a leading demonym noun before a full name ('Spaniard Raul Montesinos')",
  try: (r) => {
    const first = r.c[0]!.text;
    if (r.c.length < 3 || !/^\p{Lu}\p{Ll}/u.test(first) || !DEMONYM_NOUNS.has(first.toLowerCase()))
      return null;
    // (a form that is an adjective too only before a given name: "American Express Bank" is a bank)
    if (!DEMONYMS.has(first) || knownGivenName(r.c[1]!.text)) r.c = r.c.slice(1);
    return null;
  },
};
