// Reported speech of intention: "Calloway has vowed to repeal the toll", "the council agreed to
// lend the club the money", "…, promising to cut fares". What the speaker committed to is the
// "to" clause after the verb (a stated position, as PolNeAR annotates it), never the speaker's
// own words.

import type { Alternative } from "../steps.ts";
import { contentFrom, pastTimeWords } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue, subjectOf, verbCue } from "./reported-cue.ts";
import { intentVerb } from "./reported-verbs.ts";
import { DETERMINERS } from "./tokens.ts";

/** Words after "to" that make it a preposition ("agreed to a deal", "hopes to the end"), not an infinitive. */
const NOT_INFINITIVE = new Set([...DETERMINERS, "this", "that", "these", "those", "him", "them", "me", "us"]);

export const REPORTED_INTENT: Alternative<CueAt, ReportedCue> = {
  name: "reported-to-clause",
  doc: '"X vowed to repeal …", "X wants to …", "…, promising to cut fares": the "to" clause of intention',
  try: (c) => {
    const { toks, j } = c;
    if (!intentVerb(c) || !verbCue(c)) return null;
    // "voted Thursday to hold", "plans eventually to run".
    const k = pastTimeWords(toks, j + 1);
    const next = toks[k + 1];
    if (toks[k]?.lower !== "to" || next?.type !== "w" || NOT_INFINITIVE.has(next.lower)) return null;
    if (/^\p{Lu}|\d/u.test(next.text)) return null;
    const sp = subjectOf(c);
    return sp ? cueWith(sp, toks[j]!.lower, contentFrom(toks, k)) : null;
  },
};
