import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import { HONORIFICS, TITLE_HEADS } from "../../lexicons/titles.ts";
import { addOrg } from "../article-actors.ts";
import { initials } from "../names.ts";
import type { ArticleState } from "../types.ts";
import { span } from "../word-classes.ts";
import type { ChunkRule } from "./rule.ts";

/** The acronyms an article prints on their own ("The BPI said"), read once per article. */
const acronymsOf = new WeakMap<ArticleState, ReadonlySet<string>>();

function articleAcronyms(st: ArticleState): ReadonlySet<string> {
  let set = acronymsOf.get(st);
  if (!set) {
    set = new Set(
      [...st.text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}{3,6})(?![\p{L}\p{N}])/gu)].map((m) => m[1]!),
    );
    acronymsOf.set(st, set);
  }
  return set;
}

/** "an open letter to the British Phonographic Industry … The BPI said": a run of three or more
 *  words whose initials the article prints as an acronym is that organisation's name, whatever
 *  its words (a demonym first, no organisation head). */
export const acronymInitials: ChunkRule = {
  name: "acronym-initials",
  doc: "a run whose initials the article prints as an acronym ('British Phonographic Industry' … 'BPI') is an organisation",
  try: ({ st, c }) => {
    const words = c.map((t) => t.text);
    const named = words.filter((w) => !/^(?:of|and|for|the|to|&|on)$/.test(w));
    if (named.length < 3 || named.length > 6 || c.some((t) => t.acronym)) return null;
    if (GIVEN_NAMES.has(words[0]!) || words.some((w) => TITLE_HEADS.has(w) || HONORIFICS.has(w))) return null;
    const ini = initials(span(st.text, c));
    if (!articleAcronyms(st).has(ini)) return null;
    addOrg(st, c, true, "name");
    return true;
  },
};
