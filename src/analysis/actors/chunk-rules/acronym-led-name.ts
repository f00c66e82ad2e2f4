import { NEVER } from "../../lexicons/not-names.ts";
import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { DEMONYMS, PLACES } from "../../lexicons/places.ts";
import { addOrg } from "../article-actors.ts";
import { COUNTRY_PREFIX } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** "jobs at MG Rover's plant … Rover bosses said": an acronym and a name word no rule read,
 *  whose last word the article uses alone again (never after Mr/Ms, never "she/he said" after),
 *  is a company, and the lone word is its short form. */
export const acronymLedName: ChunkRule = {
  name: "acronym-led-name",
  doc: "an unread 'MG Rover': an acronym and a name word the article uses alone again is an organisation",
  try: ({ st, c }) => {
    if (c.length !== 2 || !c[0]!.acronym || c[1]!.acronym || COUNTRY_PREFIX.has(c[0]!.text)) return null;
    const w = c[1]!.text;
    if (
      !/^\p{Lu}\p{Ll}{2,}$/u.test(w) ||
      GIVEN_NAMES.has(w) ||
      NEVER.has(w) ||
      PLACES.has(w) ||
      DEMONYMS.has(w)
    )
      return null;
    const alone = [
      ...st.text.matchAll(
        new RegExp(String.raw`(?<![\p{L}\p{N}])(\S+\s+)?${w}(?![\p{L}\p{N}])(.{0,12})`, "gu"),
      ),
    ].filter((m) => m[1]?.trim() !== c[0]!.text);
    if (alone.length < 2) return null;
    if (
      alone.some(
        (m) =>
          /^(?:Mr|Mrs|Ms|Miss|Dr|Sir)\.?$/.test(m[1]?.trim() ?? "") || /^,? (?:s?he|his|her)\b/.test(m[2]!),
      )
    )
      return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
