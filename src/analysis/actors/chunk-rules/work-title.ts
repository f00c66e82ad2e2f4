// "Arnold's gritty drama Wasp is about …", "a technology called Visual Radio": a run named right
// after a kind of work or product is that work's title, no actor; the article's later runs of the
// same words are the title too, so a later "she" or "he" cannot take it (study set 19).

import { GIVEN_NAMES } from "../../lexicons/person-names.ts";
import type { ArticleState } from "../types.ts";
import type { ChunkRule } from "./rule.ts";

/** A work's noun right before the run ("drama Wasp", "the film Closer"), or a product's noun and
 *  "called"/"named"/"dubbed" ("a technology called Visual Radio"; a bare "the technology Apple
 *  uses" names its maker). */
const WORK_BEFORE =
  /\b(?:(?:drama|film|movie|album|song|sitcom|novel|musical|documentary|thriller)\s+(?:(?:called|named|titled|dubbed)\s+)?|(?:technology|software|service|system|device|product)\s+(?:called|named|dubbed)\s+)$/;

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
    // "the film Kevin Spacey made": a known given name opens a person's name, no title
    if (
      c.some((t) => t.possessive) ||
      GIVEN_NAMES.has(c[0]!.text) ||
      c[0]!.text.length < 2 ||
      !WORK_BEFORE.test(before)
    )
      return null;
    if (seen) seen.add(words);
    else TITLES.set(st, new Set([words]));
    return true;
  },
};
