// "Senator Ann Roe held back, saying the plan was “far too rushed”": the sentence-subject reader
// stops at speech verbs, adverbs and -ed forms, so an irregular past ("held", "stood", "spoke",
// "fought", "led", "hit") ran on into the subject ("Ann Roe held back", then cut to "back"). A name's
// subject ends at a lower-case irregular past form, the clause's own verb.

import { IRREGULAR_PAST_FORMS, SAME_FORM_PASTS } from "../lexicons/verbs.ts";
import { type Phrase, phraseOf } from "./phrases.ts";
import { isCap, type Tok } from "./tokens.ts";

export const IRREGULAR_PAST_SUBJECT_SWITCH = {
  name: "subject-ends-at-irregular-past",
  doc: '"Senator Ann Roe held back, saying …": a name\'s subject ends at a lower-case irregular past verb ("held", "stood", "spoke")',
};

/** `p` (a subject phrase opening on a capitalised word) cut before the first lower-case irregular
 *  past form in it, or null when it holds none. */
export function cutAtIrregularPast(p: Phrase, toks: Tok[], text: string): Phrase | null {
  const a = toks.findIndex((t) => t.start === p.start);
  if (a < 0 || !isCap(toks[a]!)) return null;
  for (let k = a + 1; k < toks.length && toks[k]!.end <= p.end; k++) {
    const t = toks[k]!;
    if (t.type === "w" && !isCap(t) && (IRREGULAR_PAST_FORMS.has(t.lower) || SAME_FORM_PASTS.has(t.lower)))
      return phraseOf(toks, a, k - 1, text);
  }
  return null;
}
