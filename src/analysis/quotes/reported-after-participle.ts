// A reporting participle after a subordinator: "Unilever is to merge its boards after reporting
// "unsatisfactory" earnings", "The club cut prices after announcing a loss". The participle has
// no subject of its own; the sentence's opening subject reported, and what it reported is the
// participle's object or clause.

import type { Alternative } from "../steps.ts";
import { sentenceSubject } from "./phrases.ts";
import { contentFrom } from "./reported-clause.ts";
import { type CueAt, cueWith, type ReportedCue } from "./reported-cue.ts";
import { stanceVerb, thatVerb } from "./reported-verbs.ts";

const SUBORDINATOR = /^(?:after|before|while|since|when|by|on|in)$/;

export const REPORTED_AFTER_PARTICIPLE: Alternative<CueAt, ReportedCue> = {
  name: "reported-after-participle",
  doc: "\"Unilever will merge its boards after reporting “unsatisfactory” earnings\": the sentence's subject reported the participle's object",
  try: (c) => {
    const { toks, j, text } = c;
    const t = toks[j]!;
    if (!/ing$/.test(t.lower) || !SUBORDINATOR.test(toks[j - 1]?.lower ?? "") || j < 3) return null;
    if (!(thatVerb(c) || stanceVerb(c))) return null;
    const sp = sentenceSubject(toks, j - 1, text);
    // Only a named subject: "The figures rose after reporting …" is no one reporting.
    if (!sp || !/^\p{Lu}/u.test(sp.text.split(/\s+/).pop()!)) return null;
    const k = toks[j + 1]?.lower === "that" ? j + 2 : j + 1;
    return toks[k] ? cueWith(sp, t.lower, contentFrom(toks, k)) : null;
  },
};
