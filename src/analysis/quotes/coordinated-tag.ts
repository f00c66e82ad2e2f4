// `"I'm still making music," he said, but added that he was "not going to be around".`: a speech
// verb coordinated after a closing tag ("…, but added", "…, and insisted") has that tag's speaker
// as its subject; the sentence opens on the quotation, so no subject stands before the tag.

import { PRONOUNS } from "../lexicons/pronouns.ts";
import { SPEECH_VERB_FORMS } from "../lexicons/verbs.ts";
import type { Alternative } from "../steps.ts";
import { type Phrase, phraseAfter, phraseOf } from "./phrases.ts";
import type { VerbAt } from "./subject-past-apposition.ts";

/** `"…," he said, but added`, `"…," said Ann Roe, and added`: the tag's speaker before "but"/"and". */
export const COORDINATED_AFTER_TAG: Alternative<VerbAt, Phrase> = {
  name: "coordination-after-tag",
  doc: '`"…," he said, but added that he was “…”`: a speech verb coordinated after a closing tag has the tag\'s speaker',
  try: ({ toks, b, text }) => {
    if (!/^(?:and|but)$/.test(toks[b]?.lower ?? "") || toks[b - 1]?.text !== ",") return null;
    // the sentence opens on a quotation closed by a comma: `"…,"` then the tag
    if (toks[0]?.type !== "q" || !/,["'”’]?$/.test(text.slice(toks[0].start, toks[0].end).trim()))
      return null;
    let k = 1;
    if (toks[k]?.text === ",") k++;
    const w = toks[k];
    if (w?.type !== "w") return null;
    // `," he said, but`: a pronoun and its verb, then the comma
    if (w.lower in PRONOUNS && SPEECH_VERB_FORMS.has(toks[k + 1]?.lower ?? "") && k + 2 === b - 1)
      return phraseOf(toks, k, k, text);
    // `," said Ann Roe, but`: the inverted tag's name, up to the comma
    if (!SPEECH_VERB_FORMS.has(w.lower)) return null;
    const p = phraseAfter(toks, k + 1, text);
    return p && p.end <= toks[b - 1]!.start && /^\p{Lu}/u.test(p.text) ? p : null;
  },
};
