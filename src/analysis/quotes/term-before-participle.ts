// `Earlier Ann Lee sent Mr Vale her "warmest wishes", saying: "…"`: a term in the main clause of
// a sentence whose participle tag ("…, saying", "…, adding") gives a later quotation to the
// sentence's subject is that subject's too: the one who sent the wishes is the one who then spoke.

import type { Step } from "../steps.ts";
import type { SentenceCtx } from "./sentence.ts";
import { attribute } from "./state.ts";

export const TERM_BEFORE_PARTICIPLE: Step<SentenceCtx> = {
  name: "term-before-participle",
  doc: '`Ann Lee sent him her "warmest wishes", saying: "…"`: a term before a participle tag is the tag\'s subject\'s, when that subject opens the clause before the term',
  run: ({ doc, toks, qis }) => {
    const { speakers, cues, kinds, spans, via } = doc;
    for (let a = 0; a < qis.length - 1; a++) {
      const q = toks[qis[a]!]!.quote!;
      if (speakers[q] || kinds[q] !== "term") continue;
      const next = toks[qis[a + 1]!]!.quote!;
      const cue = cues[next];
      if (!speakers[next] || via[next] !== "cue" || !cue || !/^\p{Ll}+ing$/u.test(cue.cue)) continue;
      // The participle lies between the two quotations; its subject comes before the term.
      const verb = toks.findIndex((t, k) => k > qis[a]! && k < qis[a + 1]! && t.lower === cue.cue);
      if (verb < 0 || cue.speaker.end > spans[q]!.markOpen) continue;
      attribute(doc, q, speakers[next]!, cue, "cue");
    }
  },
};
