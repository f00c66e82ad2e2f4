// Reported speech: what every reporting-cue rule reads (one cue word in its sentence's tokens)
// and what it proposes (the speaker's words and the content's span), shared by the rule modules.

import type { StepSwitches } from "../steps.ts";
import { withIncluded } from "./group-head.ts";
import type { Phrase } from "./phrases.ts";
import { reportedSubject } from "./reported-subject.ts";
import { sayGap } from "./say-gap.ts";
import { isCap, nounUse, type Tok } from "./tokens.ts";

export interface CueAt {
  toks: Tok[];
  /** The cue word's token. */
  j: number;
  text: string;
  switches: StepSwitches;
}

/** A reporting cue with its speaker's words and its content [start, end) in the article text. */
export interface ReportedCue {
  speaker: Phrase;
  cue: string;
  start: number;
  end: number;
  /** Where the attribution's own words begin (a later cue's content stops before them). */
  from: number;
  /** A stance noun's ("Okafor's claim that …"): inside another cue's content it is that speaker's words. */
  nominal?: boolean;
}

/** The cue word is a verb here: lower case, not after a determiner or possessive, nor the say of
 *  "who they say they are" (say-gap.ts). */
export const verbCue = (c: CueAt) => {
  const t = c.toks[c.j]!;
  return t.type === "w" && !isCap(t) && !nounUse(c.toks, c.j) && !sayGap(c.toks, c.j, c.switches);
};

export const cueWith = (speaker: Phrase, cue: string, span: { start: number; end: number } | null) =>
  span ? { speaker, cue, start: span.start, end: span.end, from: Math.min(speaker.start, span.start) } : null;

/** The subject of the cue verb, when it has one here. */
export const subjectOf = ({ toks, j, text, switches }: CueAt): Phrase | null => {
  const sp = reportedSubject(toks, j, text, switches);
  // ("Several candidates, including Trump, said": the members named with the group, group-head.ts)
  return sp && withIncluded(sp, toks[j]!.start, text, switches);
};
