// Session 27, names (issue #13): a person named by one initial and a surname ("E Hayot, writing in
// a blog, said …", "J. Okoro"). The plain-name rule never reads a run whose first word is one
// letter, so the tagger's organisation reading won (or no rule read it), and "He says …" after it
// found no person. Read before the tagger's organisation: an initial and a surname-shaped word
// that is no common word, place or organisation head, that the tagger reads as no place or thing,
// and that the article has do what a person does, is a person.

import { ORG_NAME_HEADS } from "../lexicons/organisations.ts";
import { DEMONYMS, NATIONS, PLACES } from "../lexicons/places.ts";
import { addPerson } from "./article-actors.ts";
import type { ChunkRule } from "./chunk-rules/rule.ts";
import { precedingRole, speechNear } from "./cues.ts";
import { isCommon } from "./vocabulary.ts";

/** One capital letter, with or without its period; never the article "A" nor the pronoun "I". */
const INITIAL = /^(?![AIO]\.?$)\p{Lu}\.?$/u;
/** A surname's shape: capital then lower case, hyphened or with an apostrophe ("Okoro", "O'Neil"). */
const SURNAME = /^\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}\p{Ll}+)*$/u;

export const INITIAL_SURNAME_RULE: ChunkRule = {
  name: "initial-and-surname",
  doc: "'E Hayot, writing …, said': one initial and a surname (no common word, place, or the tagger's place or thing) is a person",
  try: ({ st, s, c, vocab }) => {
    if (c.length !== 2 || !INITIAL.test(c[0]!.text)) return null;
    const w = c[1]!.text;
    if (
      !SURNAME.test(w) ||
      c[1]!.acronym ||
      isCommon(w, vocab) ||
      PLACES.has(w) ||
      DEMONYMS.has(w) ||
      NATIONS.has(w) ||
      ORG_NAME_HEADS.has(w) ||
      /^(?:LOC|MISC)$/.test(st.ner.nameAt(c[0]!, c[1]!)?.type ?? "")
    )
      return null;
    // (what a person does there: the tagger's person, a verb of saying, a role before, or an
    // apposition or participle after: "E Hayot, writing in …"; a bare "V Festival" stays unread)
    const after = st.text.slice(c[1]!.end, c[1]!.end + 30);
    if (
      st.ner.nameAt(c[0]!, c[1]!)?.type !== "PER" &&
      !speechNear(st.text, c[0]!, c[1]!) &&
      !precedingRole(st, s, c[0]!) &&
      !/^,\s+(?:\p{Ll}+ing\b|who\b|(?:the|a|an)\s)/u.test(after)
    )
      return null;
    addPerson(st, c, null, true, vocab);
    return true;
  },
};
