import { knownGivenName as given } from "../gender.ts";
import type { ChunkRule } from "./rule.ts";

/** Words naming a party's member before a name ("Tory", "Labour", "Liberal Democrat", "Republican"). */
const PARTY_WORDS = new Set(
  "Tory Labour Conservative Liberal Democrat Democratic Lib Dem Republican Green Socialist Unionist Nationalist".split(
    " ",
  ),
);

/**
 * "Tory Liam Fox", "Liberal Democrat Vince Cable": a party's member word run into a person's name
 * is no part of it (else the run reads as the party, an organisation that takes no "he").
 */
export const partyPrefix: ChunkRule = {
  name: "party-prefix",
  doc: "drop a leading party word before a given name and surname ('Tory Liam Fox')",
  try: (r) => {
    let k = 0;
    while (k < r.c.length && PARTY_WORDS.has(r.c[k]!.text)) k++;
    const rest = r.c.slice(k);
    if (k > 0 && rest.length >= 2 && given(rest[0]!.text) && rest.every((t) => t.cap)) r.c = rest;
    return null;
  },
};
