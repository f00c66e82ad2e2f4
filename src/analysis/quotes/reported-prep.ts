// Reported speech whose content is a preposition's object: "Calloway warned of a long winter",
// "complained about the fees", "spoke out against the toll", "insisted on a recount", and the
// adjectives of stance after a copula ("was critical of the plan", "is wary of"). What the
// speaker said is about that object (PolNeAR's content), never the speaker's own words.

import { PREP_ADJECTIVES, PREP_VERBS } from "../lexicons/prep-verbs.ts";
import type { Alternative } from "../steps.ts";
import { contentFrom, pastTimeWords } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue, subjectOf, verbCue } from "./reported-cue.ts";
import { sourcingFormula } from "./reported-object-guards.ts";
import { verbAt } from "./reported-verbs.ts";

/** Words between a verb and its preposition: "spoke out against", "opened up about", "weighed in on", "distanced himself from". */
const PARTICLE = /^(?:out|up|in|back|down|himself|herself|themselves|itself)$/;
/** A copula before an adjective of stance (past its adverbs: "was sharply critical of"). */
const COPULA =
  /^(?:is|was|are|were|be|been|being|remains|remained|seems|seemed|appeared|appears|has|had|grew|became)$/;

/** Every word the rule may start from, for the cue scan. */
export const PREP_CUE_WORDS: readonly string[] = [...PREP_VERBS.keys(), ...PREP_ADJECTIVES.keys()];

export const REPORTED_PREP: Alternative<CueAt, ReportedCue> = {
  name: "reported-prep-object",
  doc: '"X warned of …", "complained about …", "spoke out against …", "was critical of …": the preposition\'s object',
  try: (c) => {
    const { toks, j } = c;
    const w = toks[j]!.lower;
    const adjective = PREP_ADJECTIVES.get(w);
    const preps = PREP_VERBS.get(w) ?? adjective;
    if (!preps || !verbCue(c) || !verbAt(c)) return null;
    let k = pastTimeWords(toks, j + 1);
    if (PARTICLE.test(toks[k]?.lower ?? "") && preps.has(toks[k + 1]?.lower ?? "")) k++;
    const p = toks[k]?.lower ?? "";
    if (!preps.has(p) || !toks[k + 1] || toks[k + 1]!.type === "p") return null;
    if (sourcingFormula(toks, k + 1, c.switches)) return null;
    let at = c;
    if (adjective && !PREP_VERBS.has(w)) {
      // "Calloway was sharply critical of": the copula's subject.
      let v = j - 1;
      while (v > 0 && toks[v]!.type === "w" && /ly$/.test(toks[v]!.lower)) v--;
      if (!COPULA.test(toks[v]?.lower ?? "")) return null;
      at = { ...c, j: v };
    }
    const sp = subjectOf(at);
    return sp ? cueWith(sp, `${w} ${p}`, contentFrom(toks, k + 1)) : null;
  },
};
