// Session 27's name rules (issue #13), one list for resolve-speaker.ts and study-set-switches.ts.

import type { Alternative } from "../steps.ts";
import { COMMITTEE_NAME_RULE } from "./s27-committee-name.ts";
import { ORG_NAME_AFTER_DETERMINER_RULE } from "./s27-org-determiner.ts";
import { PLAIN_HONORIFIC_SWITCH } from "./s27-plain-honorific.ts";
import type { SpeakerInput } from "./speaker-input.ts";
import type { Speaker } from "./types.ts";

/** Tried before the linked-description rule of resolve-speaker.ts. */
export const S27_NAME_RULES: readonly Alternative<SpeakerInput, Speaker>[] = [
  ORG_NAME_AFTER_DETERMINER_RULE,
  COMMITTEE_NAME_RULE,
];

/** The switches outside SPEAKER_RULES (which QUOTE_STEPS lists already). */
export const S27_NAME_SWITCHES = [PLAIN_HONORIFIC_SWITCH];
