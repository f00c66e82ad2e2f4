// "Arnold's gritty drama Wasp is about …", "a technology called Visual Radio": a run named right
// after a kind of work or product is that work's title, no actor; the article's later runs of the
// same words are the title too, so a later "she" or "he" cannot take it (study set 19).

import type { ArticleState } from "../types.ts";
import type { ChunkRule } from "./rule.ts";

/** A work or product noun right before the run, or such a noun and "called"/"named"/"titled". */
const WORK_BEFORE =
  /\b(?:drama|film|movie|album|single|song|sitcom|novel|musical|documentary|thriller|technology|software|gadget|console|handset)\s+(?:(?:called|named|titled|dubbed)\s+)?$/;

/** The titles read so far in each article. */
const TITLES = new WeakMap<ArticleState, Set<string>>();

/** The run's words as one string. */
const wordsOf = (c: readonly { text: string }[]) => c.map((t) => t.text).join(" ");

/** A work's title: not an actor (no later mention of the same words is one either). */
export const workTitle: ChunkRule = {
  name: "work-title",
  doc: "a run right after a work or product noun ('drama Wasp', 'a technology called Visual Radio'), and its later mentions: a title, not an actor",
  try: ({ st, c }) => {
    const words = wordsOf(c);
    const seen = TITLES.get(st);
    if (seen?.has(words)) return true;
    const before = st.text.slice(Math.max(0, c[0]!.start - 40), c[0]!.start);
    if (c.some((t) => t.possessive) || !WORK_BEFORE.test(before)) return null;
    if (seen) seen.add(words);
    else TITLES.set(st, new Set([words]));
    return true;
  },
};
