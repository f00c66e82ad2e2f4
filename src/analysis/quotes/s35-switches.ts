// Switches of the speaker classes session 35 found (one list for study-set-switches.ts).

import { BACKSHIFTED_QUOTE_IN_REPORT_SWITCH } from "./backshifted-term.ts";
import { KIND_SYNONYMS_SWITCH, OTHER_KIND_SWITCH } from "./body-kind.ts";
import { PAST_PARTICIPLE_SWITCH } from "./fronted-subject.ts";
import { JOINT_REPORTERS_SWITCH } from "./reported-inside.ts";
import { SPOKEN_SO_CALLED_SWITCH } from "./so-called.ts";

/** The switches of session 35's classes outside the step tables, for the ablation. */
export const S35_SWITCHES = [
  JOINT_REPORTERS_SWITCH,
  BACKSHIFTED_QUOTE_IN_REPORT_SWITCH,
  SPOKEN_SO_CALLED_SWITCH,
  KIND_SYNONYMS_SWITCH,
  OTHER_KIND_SWITCH,
  PAST_PARTICIPLE_SWITCH,
];
