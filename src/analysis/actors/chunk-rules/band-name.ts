// "Scottish rock band Franz Ferdinand have won …": a run named right after "band" is the band, an
// organisation, though its words read as a person's name; the article's later runs of the same
// words are the band too, so "the band" can take it up and no "he" or "she" can (session 18).

import { addOrg } from "../article-actors.ts";
import type { ArticleState } from "../types.ts";
import type { ChunkRule } from "./rule.ts";

/** "band" right before the run ("rock band Keel", "the band Keel"); never "band member". */
const BAND_BEFORE = /\bband +$/;

/** The bands read so far in each article. */
const BANDS = new WeakMap<ArticleState, Set<string>>();

const wordsOf = (c: readonly { text: string }[]) => c.map((t) => t.text).join(" ");

/** A band's name and its later mentions: an organisation. */
export const bandName: ChunkRule = {
  name: "band-name",
  doc: "a run right after 'band' ('rock band Franz Keel'), and its later mentions: an organisation, not a person",
  try: ({ st, c }) => {
    const seen = BANDS.get(st);
    // "Nevertheless Keel": a sentence's opening word before a band's name read before
    const tail = c.findIndex((_, k) => k > 0 && !!seen?.has(wordsOf(c.slice(k))));
    if (tail > 0) {
      addOrg(st, c.slice(tail), true, "name");
      return true;
    }
    const words = wordsOf(c);
    const before = st.text.slice(Math.max(0, c[0]!.start - 20), c[0]!.start);
    if (!seen?.has(words) && (c.some((t) => t.possessive) || !BAND_BEFORE.test(before))) return null;
    if (seen) seen.add(words);
    else BANDS.set(st, new Set([words]));
    addOrg(st, c, true, "name");
    return true;
  },
};
