// Every switchable rule of the quote pipeline, in the order it runs, for the scorer's ablation
// table. Where each lives:
//   stage 1 quoted spans ............ spans.ts (no switch: every later stage needs them)
//   stage 2 quote-kind .............. sentence.ts SENTENCE_CUES (kind.ts)
//   stage 3 asides out of the words .. asides.ts TOKEN_STEPS
//           cues in the sentence .... sentence.ts SENTENCE_CUES and CUE_RULES; cue-after.ts
//                                     CLOSING_TAG_RULES; cue-before.ts SUBJECT_RULES; tags.ts
//           cues from context ....... context.ts SENTENCE_CONTEXT, CONTEXT_RULES, ARTICLE_STEPS
//   stage 4 speaker words → actor ... resolve-speaker.ts SPEAKER_RULES (pronouns.ts, state.ts)
//   across articles ................. build.ts COVERAGE_STEPS
//   reported speech ................. reported.ts REPORTED_STEPS (reported-rules.ts, reported-speaker.ts)

import { stepNames } from "../steps.ts";
import { TOKEN_STEPS } from "./asides.ts";
import { COVERAGE_STEPS } from "./build.ts";
import { ARTICLE_STEPS, CONTEXT_RULES, SENTENCE_CONTEXT } from "./context.ts";
import { CLOSING_TAG_RULES } from "./cue-after.ts";
import { SUBJECT_RULES } from "./cue-before.ts";
import { INLINE_SWITCHES } from "./inline-switches.ts";
import { REPORTED_STEPS } from "./reported.ts";
import { SPEAKER_RULES } from "./resolve-speaker.ts";
import { CUE_RULES, SENTENCE_CUES } from "./sentence.ts";

/** "quotes.<step>" for every switchable rule, in pipeline order. */
export const QUOTE_STEPS: readonly string[] = stepNames("quotes", [
  ...TOKEN_STEPS,
  ...SENTENCE_CUES,
  ...CUE_RULES,
  ...CLOSING_TAG_RULES,
  ...SUBJECT_RULES,
  ...SENTENCE_CONTEXT,
  ...CONTEXT_RULES,
  ...ARTICLE_STEPS,
  ...INLINE_SWITCHES,
  ...SPEAKER_RULES,
  ...COVERAGE_STEPS,
  ...REPORTED_STEPS,
]);
