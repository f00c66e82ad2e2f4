// Reported speech in the passive: "The plan was first reported by the Valley Courier", "His
// remarks were quickly criticised by Halvorsen". The speaker is the agent after "by" (a name);
// the content is the passive's subject, from the sentence start to the auxiliary.

import type { Alternative } from "../steps.ts";
import { phraseAfter } from "./phrases.ts";
import type { CueAt, ReportedCue } from "./reported-cue.ts";
import { cueWith } from "./reported-cue.ts";
import { stanceVerb, thatVerb } from "./reported-verbs.ts";
import { isCap, PASSIVE_AUX } from "./tokens.ts";

/** Words between the auxiliary and the participle that only modify it ("first", "widely", any "-ly"). */
const MODIFIERS =
  /^(?:first|also|later|since|then|now|once|previously|recently|repeatedly|widely|quickly|openly|publicly)$/;

export const REPORTED_PASSIVE: Alternative<CueAt, ReportedCue> = {
  name: "reported-passive-by",
  doc: '"The plan was first reported by the Valley Courier": the agent after "by" and the passive\'s subject',
  try: (c) => {
    const { toks, j, text } = c;
    const t = toks[j]!;
    if (t.type !== "w" || isCap(t) || !/ed$/.test(t.lower) || toks[j + 1]?.lower !== "by") return null;
    if (!(thatVerb(c) || stanceVerb(c))) return null;
    let a = j - 1;
    while (a > 0 && toks[a]!.type === "w" && (MODIFIERS.test(toks[a]!.lower) || /ly$/.test(toks[a]!.lower)))
      a--;
    // "has been reported by", "was reported by": the auxiliary, then the subject before it.
    if (!PASSIVE_AUX.has(toks[a]?.lower ?? "") || a < 2) return null;
    if (toks[a - 1]!.type !== "w" && toks[a - 1]!.type !== "q") return null;
    const sp = phraseAfter(toks, j + 2, text);
    if (!sp || !/\p{Lu}/u.test(sp.text)) return null;
    let e = a - 1;
    if (/^(?:has|have|had)$/.test(toks[e]!.lower)) e--;
    return e >= 0 ? cueWith(sp, t.lower, { start: toks[0]!.start, end: toks[e]!.end }) : null;
  },
};
