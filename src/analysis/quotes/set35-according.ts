// "Prices will hold, according to a port spokesman. “…,” he said": an anonymous source given
// after "according to" in lower case ("a spokesman", "an ntl spokesman") never entered the speaker
// history (the according-to-history step takes only a name or a named body, never "figures"), so
// the he/she after it found no one. One anonymous source is a speaker like "a spokesman said".

import type { Step } from "../steps.ts";
import { BUT_CLAUSE_HISTORY } from "./but-clause-history.ts";
import type { HistoryCtx } from "./history-ctx.ts";
import { INVERTED_REPORTED_HISTORY } from "./inverted-reported.ts";
import { phraseAfter } from "./phrases.ts";
import { anonymousSource } from "./speaker-words.ts";

const ACCORDING_ANONYMOUS_HISTORY: Step<HistoryCtx> = {
  name: "according-anonymous-history",
  doc: '"…, according to a port spokesman. “…,” he said": one anonymous source after "according to", for the history',
  run: ({ toks, found, doc }) => {
    for (let j = 1; j < toks.length; j++) {
      if (toks[j]!.lower !== "to" || toks[j - 1]!.lower !== "according") continue;
      const p = phraseAfter(toks, j + 1, doc.text);
      // (the named ones are the according-to-history step's)
      if (!p || /\p{Lu}/u.test(p.text) || !anonymousSource(p.text) || found.some((f) => f.at === p.start))
        continue;
      found.push({ at: p.start, q: null, cue: { speaker: p, cue: "according to", label: false } });
    }
  },
};

/** The history steps after the according-to one, in order (sentence.ts SENTENCE_CUES). */
export const LATE_HISTORY_STEPS = [
  INVERTED_REPORTED_HISTORY,
  ACCORDING_ANONYMOUS_HISTORY,
  BUT_CLAUSE_HISTORY,
] as const;
