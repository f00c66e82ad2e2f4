// Switches of the speaker classes session 34 found (one list for study-set-switches.ts).

import { THEY_OWN_SUBJECT_SWITCH } from "./plural-source-they.ts";

/** The switches of session 34's classes, for the ablation. */
export const S34_SWITCHES = [THEY_OWN_SUBJECT_SWITCH];
