// "Ann Keel beat actors including …. He thanked …", "its stars Joan Vale and Morgan Teague won":
// the tagger reads some two-word names as organisations (an unfamiliar first word). A name the
// article puts where only a person stands — a sentence it opens followed by one opening on
// he/she, a coordination with a person's full name, an age between commas — is a person: the run
// goes to the plain-name rule instead of the tagger's organisation.

import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { plainName } from "./plain-name.ts";
import type { ChunkRule } from "./rule.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Does `text` put the name where only a person stands, at any of its occurrences? */
export function personFrame(text: string, name: string): boolean {
  const n = escapeRe(name);
  const given = (w: string | undefined) => !!w && GIVEN_NAMES.has(w);
  // "Morgan Teague beat …. He thanked": the name opens a sentence, the next opens on he/she
  const opensThenPronoun = new RegExp(`(?:^|[.!?]["”]?\\s+)${n}\\s[^.!?]*[.!?]["”]?\\s+(?:He|She)\\s`, "u");
  // "Joan Vale and Morgan Teague", "Morgan Teague and Joan Vale": with a person's full name
  const before = new RegExp(`(\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+ and ${n}\\b`, "gu");
  const after = new RegExp(`\\b${n},? and (\\p{Lu}\\p{Ll}+) \\p{Lu}\\p{Ll}+`, "gu");
  // "Morgan Teague, 67, …"
  const age = new RegExp(`\\b${n}, \\d{1,2},`, "u");
  return (
    opensThenPronoun.test(text) ||
    age.test(text) ||
    [...text.matchAll(before)].some((m) => given(m[1])) ||
    [...text.matchAll(after)].some((m) => given(m[1]))
  );
}

export const taggerOrgPersonFrame: ChunkRule = {
  name: "tagger-org-person-frame",
  doc: "two name-shaped words the article puts where only a person stands (opens a sentence before he/she, beside a person's full name, an age) are a person, whatever the tagger says",
  try: (r) => {
    const { st, c } = r;
    if (c.length !== 2 || GIVEN_NAMES.has(c[0]!.text) || st.ner.nameAt(c[0]!, c[1]!)?.type !== "ORG")
      return null;
    return personFrame(st.text, `${c[0]!.text} ${c[1]!.text}`) ? plainName.try(r) : null;
  },
};
