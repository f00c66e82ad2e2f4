// `Anna Wolfe said talks with Lumen's writers revealed there was "a plan to mock us"`: the phrase
// before the speech verb is the object of "with" after a noun of meeting ("talks with", "meetings
// with"); the talks, not the people met, are the verb's subject, so no one speaks here and the
// speech verb before it (Anna Wolfe's "said") gives the speaker.

import type { Alternative } from "../steps.ts";
import { phraseBefore } from "./phrases.ts";
import { TALKS_WITH_SWITCH } from "./set28-switches.ts";
import type { VerbAt } from "./subject-past-apposition.ts";

/** Nouns of meeting whose "with" object is one party to them, not their voice. */
const MEETINGS = /^(?:talks|meetings|negotiations|discussions|contacts|dealings|consultations)$/;

/** The verb's subject phrase is the object of "with" after a noun of meeting: no subject here. */
export const TALKS_WITH_RULE: Alternative<VerbAt, "skip"> = {
  ...TALKS_WITH_SWITCH,
  try: ({ toks, j, text }) => {
    const p = phraseBefore(toks, j, text);
    const a = p ? toks.findIndex((t) => t.start === p.start) : -1;
    return a >= 2 && toks[a - 1]!.lower === "with" && MEETINGS.test(toks[a - 2]!.lower) ? "skip" : null;
  },
};
