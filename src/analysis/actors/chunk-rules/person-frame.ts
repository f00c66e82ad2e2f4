// "Ann Keel beat actors including …. He thanked …", "its stars Joan Vale and Morgan Teague won":
// the tagger reads some two-word names as organisations (an unfamiliar first word). A name the
// article puts where only a person stands — a sentence it opens followed by one opening on
// he/she, a coordination with a person's full name, an age between commas — is a person: the run
// goes to the plain-name rule instead of the tagger's organisation.

import { asciiBoundary, indexesOf, stickyAt } from "../../../text/literal-at.ts";
import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { plainName } from "./plain-name.ts";
import type { ChunkRule } from "./rule.ts";

/** After a name, to the next sentence's start: he or she opens it. */
const THEN_PRONOUN = /\s[^.!?]*[.!?]["”]?\s+(?:He|She)\s/uy;
/** Right before a name: a sentence's end (and a closing quote), then space. */
const SENTENCE_END_BEFORE = /[.!?]["”]?\s+$/u;
/** "Joan Vale" right before " and <name>". */
const FULL_NAME_BEFORE = /(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+$/u;
/** ", and Joan Vale" right after a name. */
const AND_FULL_NAME = /,? and (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+/uy;
/** ", 67," right after a name. */
const AGE = /, \d{1,2},/y;

/** Does `text` put the name where only a person stands, at any of its occurrences? Read at each
 *  place the name is written, with patterns compiled once (text/literal-at.ts). */
export function personFrame(text: string, name: string): boolean {
  const given = (w: string | undefined) => !!w && GIVEN_NAMES.has(w);
  for (const i of indexesOf(text, name)) {
    const end = i + name.length;
    const bounded = asciiBoundary(text, i);
    // "Morgan Teague beat …. He thanked": the name opens a sentence, the next opens on he/she
    if (opensSentence(text, i) && stickyAt(THEN_PRONOUN, text, end)) return true;
    // "Morgan Teague, 67, …"
    if (bounded && stickyAt(AGE, text, end)) return true;
    // "Morgan Teague and Joan Vale": with a person's full name after, or before
    if (bounded && given(stickyAt(AND_FULL_NAME, text, end)?.[1])) return true;
    if (
      text.endsWith(" and ", i) &&
      asciiBoundary(text, end) &&
      given(FULL_NAME_BEFORE.exec(text.slice(Math.max(0, i - 5 - 80), i - 5))?.[1])
    )
      return true;
  }
  return false;
}

/** Is the name at `i` at the text's start or after a sentence's end mark (and a closing quote)? */
const opensSentence = (text: string, i: number): boolean =>
  i === 0 || SENTENCE_END_BEFORE.test(text.slice(Math.max(0, i - 80), i));

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
