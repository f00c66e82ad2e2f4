// Switches of the speaker classes session 39 found (one list for study-set-switches.ts).

import { BACK_COMMA_SWITCH, SPLIT_TAG_SWITCH } from "./other-verbs.ts";
import { ADDING_MAIN_SPEAKER_SWITCH } from "./participle-channel.ts";
import { ANONYMOUS_SUBJECT_OVER_NAME_SWITCH } from "./pronoun-anonymous-subject.ts";
import { MODEL_ROLE_SWITCH } from "./s22-pron-switches.ts";

/** The switches of session 39's classes outside the step tables, for the ablation. */
export const S39_SWITCHES = [
  BACK_COMMA_SWITCH,
  SPLIT_TAG_SWITCH,
  ADDING_MAIN_SPEAKER_SWITCH,
  ANONYMOUS_SUBJECT_OVER_NAME_SWITCH,
  MODEL_ROLE_SWITCH,
];
