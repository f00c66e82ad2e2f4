import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { addOrg } from "../article-actors.ts";
import { ROLE_WORDS_LC, TITLE_MODIFIERS_LC } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** " director of rugby Ann", " head coach Ann": lower-case role words (one "of" noun allowed), then a capitalised name. */
const ROLE_THEN_NAME = /^ ((?:[a-z-]+ ){1,3}?)(?:of [a-z]+ )?\p{Lu}\p{Ll}/u;

/**
 * "Westport Rovers director of rugby Ann Bell", "Dunmore Wanderers coach Ann Bell": a run of two or
 * more words that opens on no given name, right before a lower-case role and a name, is the body
 * the role belongs to, not a person (the club or firm the plain-name rule would read as one).
 */
export const affiliationBeforeRole: ChunkRule = {
  name: "affiliation-before-role",
  doc: "a run before a lower-case role and a name ('Westport Rovers director of rugby Ann Bell') is an organisation",
  try: ({ st, c: n }) => {
    if (n.length < 2 || n.length > 4 || GIVEN_NAMES.has(n[0]!.text)) return null;
    const m = ROLE_THEN_NAME.exec(st.text.slice(n[n.length - 1]!.end, n[n.length - 1]!.end + 60));
    if (!m || n.some((t) => t.possessive)) return null;
    const words = m[1]!.trim().split(" ");
    const roleAt = words.findIndex((w) => ROLE_WORDS_LC.has(w));
    if (roleAt < 0 || !words.every((w) => ROLE_WORDS_LC.has(w) || TITLE_MODIFIERS_LC.has(w))) return null;
    addOrg(st, n, false, "name");
    return true;
  },
};
